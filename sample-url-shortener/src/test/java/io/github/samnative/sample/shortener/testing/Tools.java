package io.github.samnative.sample.shortener.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External tools the template checks use (cfn-lint, python3 with aws-sam-translator); absent means skipped. */
public final class Tools {

    /** What a tool printed (stdout and stderr together) and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private Tools() {
    }

    /** The executable on PATH, or the calling test is skipped with how to install it. */
    public static Path require(String name, String install) {
        Optional<Path> found = Optional.empty();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    found = Optional.of(candidate);
                    break;
                }
            }
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not on PATH; " + install);
        return found.get();
    }

    /** python3 that can import {@code module}, or the calling test is skipped. */
    public static Path requirePython(String module, String install) throws Exception {
        Path python = require("python3", "install Python 3.11 or newer");
        Run probe = run(List.of(python.toString(), "-c", "import " + module));
        Assumptions.assumeTrue(probe.exitCode() == 0, "python3 cannot import " + module + "; " + install);
        return python;
    }

    public static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}
