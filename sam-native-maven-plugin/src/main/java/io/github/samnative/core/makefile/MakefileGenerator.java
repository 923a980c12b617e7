package io.github.samnative.core.makefile;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.shortcut.ShortcutCommand;
import io.github.samnative.core.template.ServerlessFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the part of a SAM Makefile that sam-native owns: between two marker lines, the manifest of
 * the project's functions and one target per function built from this directory,
 * {@code build-<LogicalId>:} running the hook shortcut and, when it declines,
 * {@code mvn -q -B sam-native:bootstrap -Dsam-native.function=<LogicalId>} (the artifacts directory
 * comes from {@code ARTIFACTS_DIR}, which SAM sets). Everything outside the
 * markers is the user's and is kept as it is; a {@code build-<LogicalId>} rule the user wrote there
 * is respected and not generated again.
 */
public final class MakefileGenerator {

    private MakefileGenerator() {
    }

    /** What {@link #writeAll} did to one Makefile. */
    public record MakefileChange(Path makefile, Status status, List<String> targets) {
        public enum Status { CREATED, UPDATED, UNCHANGED }

        public MakefileChange {
            targets = List.copyOf(targets);
        }
    }

    /** The Make variable holding the shortcut command, defined once in the block. */
    static final String SHORTCUT_VARIABLE = "SAM_NATIVE_SHORTCUT";

    /**
     * The shortcut command: the Java Maven would use (JAVA_HOME, else PATH), with
     * {@link ShortcutCommand#JVM_OPTIONS} and the class archive, on the jar the first Maven run put
     * in the build cache. Where the cache is follows {@code CacheLocation}'s default: a cache
     * directory configured elsewhere is not seen here, so the shortcut simply never fires for such
     * a project.
     */
    static String shortcutCommand() {
        String launcher = "$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/sam-native/shortcut/" + PluginVersion.CURRENT;
        return "\"$${JAVA_HOME:+$$JAVA_HOME/bin/}java\" " + String.join(" ", ShortcutCommand.JVM_OPTIONS)
                + " \"-XX:SharedArchiveFile=" + launcher + "/" + ShortcutCommand.CLASS_ARCHIVE + "\""
                + " -cp \"" + launcher + "/*\" " + ShortcutCommand.MAIN_CLASS;
    }

    /** The Maven command a generated target runs when the shortcut declines. */
    public static String mavenCommand(String logicalId) {
        return "mvn -q -B sam-native:bootstrap -Dsam-native.function=" + logicalId;
    }

    /**
     * The recipe of a generated target: the shortcut first (it places an unchanged earlier build in
     * a fraction of a second, or exits non-zero), then Maven. Not echoed: both print what they do.
     * The shortcut's stderr is dropped: before the first Maven run installs it, Java can only say
     * that it is not there, and whatever else could go wrong, Maven then reports properly.
     */
    public static String recipe(String logicalId) {
        return "@$(" + SHORTCUT_VARIABLE + ") " + logicalId + " 2>/dev/null || " + mavenCommand(logicalId);
    }

    /**
     * The text of a new Makefile.
     *
     * @param projectFunctions every function of the project, for the manifest
     * @param targets the functions whose Makefile this is (see {@link MakefileLocations})
     */
    public static String generate(List<ServerlessFunction> projectFunctions, List<ServerlessFunction> targets)
            throws SamNativeException {
        List<String> lines = new ArrayList<>(block(projectFunctions, targets, Set.of()));
        lines.add("");
        return MakefileText.join(lines, "\n");
    }

    /**
     * The text of an existing Makefile with its sam-native block replaced (or appended, if it has
     * none). Updating twice gives the same text as updating once.
     *
     * @param makefile the Makefile's path, for messages
     */
    public static String update(Path makefile, String existing, List<ServerlessFunction> projectFunctions,
            List<ServerlessFunction> targets) throws SamNativeException {
        if (existing.isBlank()) {
            return generate(projectFunctions, targets);
        }
        MakefileText text = MakefileText.of(existing);
        List<String> lines = text.lines();
        Optional<GeneratedBlock> found = GeneratedBlock.find(makefile, lines);
        List<String> result = new ArrayList<>();
        if (found.isPresent()) {
            List<String> before = lines.subList(0, found.get().begin());
            List<String> after = lines.subList(found.get().end() + 1, lines.size());
            List<String> outside = new ArrayList<>(before);
            outside.addAll(after);
            result.addAll(before);
            result.addAll(block(projectFunctions, targets, MakefileTargets.defined(outside)));
            result.addAll(after);
        } else {
            List<String> userLines = new ArrayList<>(lines);
            if (!userLines.isEmpty() && userLines.get(userLines.size() - 1).isEmpty()) {
                userLines.remove(userLines.size() - 1);
            }
            result.addAll(userLines);
            if (!userLines.isEmpty() && !userLines.get(userLines.size() - 1).isBlank()) {
                result.add("");
            }
            result.addAll(block(projectFunctions, targets, MakefileTargets.defined(userLines)));
            result.add("");
        }
        return MakefileText.join(result, text.lineEnding());
    }

    /**
     * Creates or updates the Makefile of every function's directory, writing only files whose text changes.
     *
     * @param projectFunctions every function of the project
     */
    public static List<MakefileChange> writeAll(List<ServerlessFunction> projectFunctions) throws SamNativeException {
        List<MakefileChange> changes = new ArrayList<>();
        for (Map.Entry<Path, List<ServerlessFunction>> group : MakefileLocations.byMakefile(projectFunctions).entrySet()) {
            changes.add(write(group.getKey(), projectFunctions, group.getValue()));
        }
        return changes;
    }

    private static MakefileChange write(Path makefile, List<ServerlessFunction> projectFunctions,
            List<ServerlessFunction> targets) throws SamNativeException {
        List<String> targetIds = targets.stream().map(ServerlessFunction::logicalId).toList();
        Path dir = makefile.getParent();
        if (!Files.isDirectory(dir)) {
            ServerlessFunction first = targets.get(0);
            throw new SamNativeException("The directory " + dir + " of function " + first.logicalId() + " ("
                    + first.location().describeShort() + ") does not exist, so its Makefile cannot be written."
                    + "\n  Fix: correct the function's CodeUri (or Metadata.ContextPath / ProjectRootDirectory),"
                    + " or create the directory.");
        }
        try {
            boolean exists = Files.exists(makefile);
            String existing = exists ? Files.readString(makefile, StandardCharsets.UTF_8) : "";
            String updated = exists ? update(makefile, existing, projectFunctions, targets)
                    : generate(projectFunctions, targets);
            if (exists && updated.equals(existing)) {
                return new MakefileChange(makefile, MakefileChange.Status.UNCHANGED, targetIds);
            }
            Files.writeString(makefile, updated, StandardCharsets.UTF_8);
            return new MakefileChange(makefile,
                    exists ? MakefileChange.Status.UPDATED : MakefileChange.Status.CREATED, targetIds);
        } catch (IOException e) {
            throw new SamNativeException("Cannot write Makefile " + makefile + ": " + e
                    + "\n  Fix: check that the file and its directory are writable.", e);
        }
    }

    private static List<String> block(List<ServerlessFunction> projectFunctions, List<ServerlessFunction> targets,
            Set<String> userTargets) throws SamNativeException {
        List<String> lines = new ArrayList<>();
        lines.add(MakefileManifest.BEGIN_MARKER);
        lines.add("# SAM runs make in a copy of this directory only, without the template, so");
        lines.add("# sam-native:bootstrap reads the project's functions from these lines.");
        for (ServerlessFunction function : projectFunctions) {
            requireNoWhitespace(function);
            lines.add(ManifestEntry.of(function).toLine());
        }
        List<String> generated = new ArrayList<>();
        for (ServerlessFunction function : targets) {
            if (!userTargets.contains(function.makeTarget())) {
                generated.add(function.logicalId());
            }
        }
        if (!generated.isEmpty()) {
            lines.add("");
            lines.add("# Places an earlier build of identical sources and settings without starting Maven;");
            lines.add("# when it cannot, the recipe runs Maven, which decides everything afresh.");
            lines.add(SHORTCUT_VARIABLE + " = " + shortcutCommand());
            lines.add("");
            lines.add(".PHONY: " + String.join(" ", generated.stream().map(id -> "build-" + id).toList()));
            for (String logicalId : generated) {
                lines.add("");
                lines.add("build-" + logicalId + ":");
                lines.add("\t" + recipe(logicalId));
            }
        }
        lines.add(MakefileManifest.END_MARKER);
        return lines;
    }

    /** The manifest separates its fields with spaces; a Java handler never contains one. */
    private static void requireNoWhitespace(ServerlessFunction function) throws SamNativeException {
        if (function.handler().chars().anyMatch(Character::isWhitespace)) {
            throw new SamNativeException(function.location().describe() + ", function " + function.logicalId()
                    + ": Handler '" + function.handler() + "' contains whitespace."
                    + "\n  Fix: write the handler as a Java class name, e.g. `com.example.MyHandler`"
                    + " or `com.example.MyHandler::handleRequest`.");
        }
    }
}
