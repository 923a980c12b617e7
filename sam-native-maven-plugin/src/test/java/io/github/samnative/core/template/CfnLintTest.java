package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built template must be one that AWS's own linter (which runs the SAM transform) accepts, as it
 * accepts the original. Skipped, not passed, where cfn-lint is not installed.
 */
class CfnLintTest {

    /** cfn-lint's exit code is a bit set: 2 errors, 4 warnings, 8 informational findings. */
    private static final int ERRORS_OR_WARNINGS = 2 | 4;

    @TempDir
    Path project;

    @Test
    void acceptsTheBuiltTemplateOfTheShortFormTagFixture() throws Exception {
        Path cfnLint = cfnLint();
        Path template = Files.copy(Fixtures.template("all-short-form-tags.yaml"), project.resolve("template.yaml"));
        assertLintClean(cfnLint, template);

        Path built = BuiltTemplateWriter.write(template, List.of("ShortenFunction", "RedirectFunction"),
                project.resolve(".aws-sam/build"));

        assertLintClean(cfnLint, built);
    }

    @Test
    void acceptsTheBuiltTemplateOfAJsonTemplate() throws Exception {
        Path cfnLint = cfnLint();
        Path template = Files.copy(Fixtures.template("json/template.json"), project.resolve("template.json"));
        assertLintClean(cfnLint, template);

        Path built = BuiltTemplateWriter.write(template, List.of("ShortenFunction"), project.resolve(".aws-sam/build"));

        assertLintClean(cfnLint, built);
    }

    private static Path cfnLint() {
        Optional<Path> found = Optional.empty();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "cfn-lint");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    found = Optional.of(candidate);
                    break;
                }
            }
        }
        Assumptions.assumeTrue(found.isPresent(), "cfn-lint is not on PATH; install it with `pip install cfn-lint`");
        return found.get();
    }

    private static void assertLintClean(Path cfnLint, Path template) throws Exception {
        Process process = new ProcessBuilder(cfnLint.toString(), template.toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("cfn-lint did not finish:\n" + output);
        }
        int exitCode = process.exitValue();
        assertTrue(exitCode >= 0 && exitCode < 16, "cfn-lint failed to run (exit " + exitCode + "):\n" + output);
        assertEquals(0, exitCode & ERRORS_OR_WARNINGS, "cfn-lint rejects " + template + ":\n" + output
                + "\n--- template ---\n" + Files.readString(template));
    }
}
