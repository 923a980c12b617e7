package io.github.samnative.core.local.testing;

import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.ServerlessFunction;
import io.github.samnative.core.template.TemplateLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * A SAM project in a temporary directory, "built": each function's {@code .aws-sam/build/<LogicalId>/bootstrap}
 * is a launcher script that execs a JVM running {@link LocalTestHandlers.Main}, the kind of
 * executable sam-native's jvm mode produces.
 */
public final class LocalProject {

    private LocalProject() {
    }

    /** Writes {@code template.yaml}, loads it with the real template loader, and builds every function. */
    public static SamTemplate create(Path directory, String templateYaml) throws Exception {
        return create(directory, templateYaml, Map.of());
    }

    /**
     * @param preambles shell lines a function's bootstrap runs before it execs the JVM, by LogicalId
     *     (e.g. starting a background child, to see that it is killed with the bootstrap)
     */
    public static SamTemplate create(Path directory, String templateYaml, Map<String, String> preambles) throws Exception {
        Path file = directory.resolve("template.yaml");
        Files.writeString(file, templateYaml, StandardCharsets.UTF_8);
        SamTemplate template = TemplateLoader.load(file);
        for (ServerlessFunction function : template.functions()) {
            writeBootstrap(directory.resolve(".aws-sam/build").resolve(function.logicalId()),
                    preambles.getOrDefault(function.logicalId(), ""));
        }
        return template;
    }

    public static void writeBootstrap(Path artifactDirectory, String preamble) throws Exception {
        Files.createDirectories(artifactDirectory);
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\n"
                + "# A test bootstrap: the handlers of LocalTestHandlers on the test JVM's classpath.\n"
                + preamble + (preamble.isEmpty() ? "" : "\n")
                + "exec " + quote(java.toString()) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
                + " -XX:-UsePerfData -cp " + quote(System.getProperty("java.class.path")) + " "
                + quote(LocalTestHandlers.Main.class.getName()) + "\n";
        Path bootstrap = artifactDirectory.resolve(LocalFunction.BOOTSTRAP);
        Files.writeString(bootstrap, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** The header of every test template: a makefile-built provided.al2023 function, as sam-native builds. */
    public static String functionHeader(String logicalId, String handler) {
        return "  " + logicalId + ":\n"
                + "    Type: AWS::Serverless::Function\n"
                + "    Metadata:\n"
                + "      BuildMethod: makefile\n"
                + "    Properties:\n"
                + "      Runtime: provided.al2023\n"
                + "      CodeUri: .\n"
                + "      Handler: " + handler + "\n";
    }
}
