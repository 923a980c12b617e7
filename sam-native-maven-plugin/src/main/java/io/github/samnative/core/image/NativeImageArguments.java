package io.github.samnative.core.image;

import io.github.samnative.core.SamNativeException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The native-image argument list: a pure function of its inputs, so it is tested as data. */
public final class NativeImageArguments {

    private NativeImageArguments() {}

    public static List<String> of(ImageInputs inputs, Path output, NativeImageOptions options) throws SamNativeException {
        if ("native".equals(options.march())) {
            throw new SamNativeException("-march=native ties the bootstrap to this machine's CPU and it may refuse to "
                    + "start on Lambda. Set sam-native.march to 'compatibility' (the default) or a named level such as "
                    + "'x86-64-v3' (x86_64) or 'armv8.1-a' (arm64).");
        }
        List<String> args = new ArrayList<>();
        args.add("--class-path");
        args.add(inputs.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        args.add("--no-fallback");
        args.add("-march=" + options.march());
        // Lambda gives the process its own TZ and locale; nothing to embed for them.
        args.add("-H:+ReportExceptionStackTraces");
        if (!inputs.metadataDirectories().isEmpty()) {
            // A hosted option that is part of native-image's API (no -H:+UnlockExperimentalVMOptions needed);
            // its list separator is ',' on every platform.
            args.add("-H:ConfigurationFileDirectories=" + inputs.metadataDirectories().stream()
                    .map(Path::toString).collect(Collectors.joining(",")));
        }
        if (options.strictMetadata()) {
            args.add("--exact-reachability-metadata");
        }
        args.addAll(options.extraArgs());
        args.add("-o");
        args.add(output.toString());
        args.add(inputs.mainClass());
        return args;
    }

    /**
     * The argument file native-image reads with {@code @file}: one argument per line, quoted when it
     * holds a space or quote, as the JDK tools' argument files are.
     */
    public static String argumentFile(List<String> args) {
        StringBuilder file = new StringBuilder();
        for (String arg : args) {
            if (arg.isEmpty() || arg.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '#')) {
                file.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                file.append(arg);
            }
            file.append('\n');
        }
        return file.toString();
    }
}
