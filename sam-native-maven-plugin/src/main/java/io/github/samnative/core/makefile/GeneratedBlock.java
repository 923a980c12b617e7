package io.github.samnative.core.makefile;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the generated part of a Makefile is: the lines from the begin marker to the end marker,
 * both included (0-based indexes into the file's lines).
 */
record GeneratedBlock(int begin, int end) {

    static Optional<GeneratedBlock> find(Path makefile, List<String> lines) throws SamNativeException {
        int begin = -1;
        GeneratedBlock found = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(MakefileManifest.BEGIN_MARKER)) {
                if (begin >= 0 || found != null) {
                    throw damaged(makefile, i + 1, "a second sam-native block starts here");
                }
                begin = i;
            } else if (line.equals(MakefileManifest.END_MARKER)) {
                if (begin < 0) {
                    throw damaged(makefile, i + 1, "the sam-native end marker has no begin marker before it");
                }
                found = new GeneratedBlock(begin, i);
                begin = -1;
            }
        }
        if (begin >= 0) {
            throw damaged(makefile, begin + 1, "the sam-native block that starts here has no end marker `"
                    + MakefileManifest.END_MARKER + "`");
        }
        return Optional.ofNullable(found);
    }

    private static SamNativeException damaged(Path makefile, int line, String what) {
        return new SamNativeException("Makefile " + makefile + ", line " + line + ": " + what + "."
                + "\n  Fix: delete the damaged sam-native lines (between `" + MakefileManifest.BEGIN_MARKER
                + "` and `" + MakefileManifest.END_MARKER + "`), then run `mvn sam-native:makefile` to write them anew.");
    }
}
