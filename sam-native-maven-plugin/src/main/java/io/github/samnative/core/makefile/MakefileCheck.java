package io.github.samnative.core.makefile;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.template.ServerlessFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before a build, that each Makefile still matches the template: every function has its
 * {@code build-<LogicalId>} target, and the manifest lists every function with the template's handler
 * and architecture. A stale Makefile would otherwise make {@code sam build} fail or build old handlers.
 */
public final class MakefileCheck {

    private static final String ADD_FIX = "Run `mvn sam-native:makefile` to add it.";
    private static final String UPDATE_FIX = "Run `mvn sam-native:makefile` to update it.";

    private MakefileCheck() {
    }

    /** The functions that {@code makefileText} has no {@code build-<LogicalId>} rule for. */
    public static List<ServerlessFunction> missingTargets(String makefileText, List<ServerlessFunction> functions) {
        Set<String> defined = MakefileTargets.defined(MakefileText.of(makefileText).lines());
        return functions.stream().filter(f -> !defined.contains(f.makeTarget())).toList();
    }

    /**
     * Everything about one Makefile that disagrees with the template, one message per problem.
     *
     * @param projectFunctions every function of the project (the manifest must list them all)
     * @param targets the functions whose target belongs in this Makefile
     */
    public static List<String> problems(Path makefile, String makefileText, List<ServerlessFunction> projectFunctions,
            List<ServerlessFunction> targets) throws SamNativeException {
        List<String> problems = new ArrayList<>();
        for (ServerlessFunction function : missingTargets(makefileText, targets)) {
            problems.add("Makefile " + makefile + " has no target " + function.makeTarget() + " for function "
                    + function.logicalId() + " (" + function.location().describeShort() + "). " + ADD_FIX);
        }
        Optional<MakefileManifest> manifest = MakefileManifest.find(makefile, makefileText);
        if (manifest.isEmpty()) {
            problems.add("Makefile " + makefile + " has no sam-native block listing the project's functions,"
                    + " which sam-native:bootstrap reads. " + ADD_FIX);
            return problems;
        }
        for (ServerlessFunction function : projectFunctions) {
            Optional<ManifestEntry> entry = manifest.get().entry(function.logicalId());
            String where = function.location().describeShort();
            if (entry.isEmpty()) {
                problems.add("Makefile " + makefile + " does not list function " + function.logicalId() + " ("
                        + where + ") in its sam-native block. " + UPDATE_FIX);
                continue;
            }
            if (!entry.get().handler().equals(function.handler())) {
                problems.add("Makefile " + makefile + " lists function " + function.logicalId() + " with handler="
                        + entry.get().handler() + ", but the template (" + where + ") has Handler: "
                        + function.handler() + ". " + UPDATE_FIX);
            }
            if (entry.get().architecture() != function.architecture()) {
                problems.add("Makefile " + makefile + " lists function " + function.logicalId() + " with architecture="
                        + entry.get().architecture().templateName() + ", but the template (" + where
                        + ") has Architectures: [" + function.architecture().templateName() + "]. " + UPDATE_FIX);
            }
        }
        for (ManifestEntry entry : manifest.get().entries()) {
            boolean inTemplate = projectFunctions.stream().anyMatch(f -> f.logicalId().equals(entry.logicalId()));
            if (!inTemplate) {
                problems.add("Makefile " + makefile + " lists function " + entry.logicalId()
                        + ", which the template no longer has as a function built by sam-native. " + UPDATE_FIX);
            }
        }
        return problems;
    }

    /**
     * Reads every Makefile the project's functions need and fails with all problems found.
     *
     * @param projectFunctions every function of the project
     */
    public static void verify(List<ServerlessFunction> projectFunctions) throws SamNativeException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<ServerlessFunction>> group : MakefileLocations.byMakefile(projectFunctions).entrySet()) {
            Path makefile = group.getKey();
            String text;
            try {
                text = Files.readString(makefile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                for (ServerlessFunction function : group.getValue()) {
                    problems.add("Makefile " + makefile + " does not exist, but `sam build` runs its target "
                            + function.makeTarget() + " for function " + function.logicalId() + " ("
                            + function.location().describeShort() + "). Run `mvn sam-native:makefile` to create it.");
                }
                continue;
            } catch (IOException e) {
                throw new SamNativeException("Cannot read Makefile " + makefile + ": " + e
                        + "\n  Fix: check that the file is readable.", e);
            }
            problems.addAll(problems(makefile, text, projectFunctions, group.getValue()));
        }
        if (!problems.isEmpty()) {
            throw new SamNativeException(String.join("\n", problems));
        }
    }
}
