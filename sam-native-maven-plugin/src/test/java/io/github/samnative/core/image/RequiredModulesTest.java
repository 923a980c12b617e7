package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK modules are linked, from jdeps' summary lines and real module descriptors in real jars. */
class RequiredModulesTest {

    @TempDir
    Path dir;

    private static final Map<String, Set<String>> JACKSON =
            Map.of("com.fasterxml.jackson.databind", Set.of("java.desktop", "java.sql", "java.xml"));

    @Test
    void leavesOutWhatOnlyLibrariesNameAsOptional() {
        RequiredModules.Selection selection = RequiredModules.select(List.of(
                "Warning: split package: com.fasterxml.jackson.core file:///lib/a.jar a.jar",
                "classes.jar -> com.fasterxml.jackson.databind",
                "classes.jar -> java.base",
                "com.fasterxml.jackson.databind -> com.fasterxml.jackson.core",
                "com.fasterxml.jackson.databind -> java.desktop",
                "com.fasterxml.jackson.databind -> java.sql",
                "com.fasterxml.jackson.databind -> java.logging",
                "joda-time-2.12.7.jar -> not found"), JACKSON, Set.of("java.base", "jdk.crypto.ec")).orElseThrow();

        assertEquals(Set.of("java.base", "java.logging", "jdk.crypto.ec"), selection.modules());
        assertEquals(Map.of("java.desktop", Set.of("com.fasterxml.jackson.databind"),
                "java.sql", Set.of("com.fasterxml.jackson.databind")), selection.leftOut());
    }

    @Test
    void linksAnOptionalModuleThatTheApplicationItselfUses() {
        RequiredModules.Selection selection = RequiredModules.select(List.of(
                "com.fasterxml.jackson.databind -> java.sql",
                "com.fasterxml.jackson.databind -> java.desktop",
                "classes.jar -> java.sql"), JACKSON, Set.of("java.base")).orElseThrow();

        assertEquals(Set.of("java.base", "java.sql"), selection.modules());
        assertEquals(Set.of("java.desktop"), selection.leftOut().keySet(), "java.sql is linked, so not reported as left out");
    }

    @Test
    void jarsWithoutADescriptorGetEverythingTheyReferTo() {
        RequiredModules.Selection selection = RequiredModules.select(List.of(
                "legacy-1.0.jar -> java.desktop", "legacy-1.0.jar -> java.naming"), JACKSON, Set.of()).orElseThrow();
        assertEquals(Set.of("java.desktop", "java.naming"), selection.modules());
        assertTrue(selection.leftOut().isEmpty());
    }

    @Test
    void outputWithoutAnyDependencyLineSelectsNothing() {
        assertTrue(RequiredModules.select(List.of("Error: something odd", ""), JACKSON, Set.of("java.base")).isEmpty());
    }

    @Test
    void readsRequiresStaticFromPlainAndMultiReleaseModularJars() throws Exception {
        Path plainModule = jar("plain.jar", "", moduleInfo("com.example.plain",
                "requires static java.desktop; requires java.logging;"), null);
        Path multiRelease = jar("multi.jar", "META-INF/versions/9/", moduleInfo("com.example.multi",
                "requires static java.sql; requires static java.xml;"), "true");
        Path automatic = jar("automatic-1.0.jar", "", null, null);
        Path noModuleName = jar("2-x.jar", "", null, null);

        Map<String, Set<String>> optional = RequiredModules.optionalRequires(List.of(plainModule, multiRelease, automatic,
                noModuleName));

        assertEquals(Map.of("com.example.plain", Set.of("java.desktop"), "com.example.multi", Set.of("java.sql", "java.xml")),
                optional);
    }

    /** Compiles a module-info.java with the given body; its class file bytes. */
    private byte[] moduleInfo(String name, String body) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src-" + name)).resolve("module-info.java");
        Files.writeString(source, "module " + name + " { " + body + " }");
        Path classes = dir.resolve("classes-" + name);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
        assertEquals(0, status, "javac of " + source);
        return Files.readAllBytes(classes.resolve("module-info.class"));
    }

    private Path jar(String fileName, String moduleInfoFolder, byte[] moduleInfo, String multiRelease) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (multiRelease != null) {
            manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, multiRelease);
        }
        Path jar = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("com/example/Thing.txt"));
            jarOut.write("not a class".getBytes());
            jarOut.closeEntry();
            if (moduleInfo != null) {
                jarOut.putNextEntry(new JarEntry(moduleInfoFolder + "module-info.class"));
                jarOut.write(moduleInfo);
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
