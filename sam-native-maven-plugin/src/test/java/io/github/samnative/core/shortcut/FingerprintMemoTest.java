package io.github.samnative.core.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module fingerprints remembered by listing, on real files with real modification times. */
class FingerprintMemoTest {

    @TempDir
    Path dir;

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    private Path module(String name, String handlerSource, FileTime modified) throws Exception {
        Path module = dir.resolve(name);
        Path source = Files.createDirectories(module.resolve("src/main/java/com/example")).resolve("Handler.java");
        Files.writeString(source, handlerSource);
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(source, modified);
        Files.setLastModifiedTime(module.resolve("pom.xml"), modified);
        return module;
    }

    private static FileTime secondsBeforeAnHourAgo(int seconds) {
        return FileTime.from(AN_HOUR_AGO.toInstant().minusSeconds(seconds));
    }

    private long memos(Path memoDirectory) throws Exception {
        if (!Files.isDirectory(memoDirectory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(memoDirectory)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void aCopyThatListsTheSameGetsTheRememberedFingerprintWithoutHashing() throws Exception {
        FingerprintMemo memo = new FingerprintMemo(dir.resolve("memo"));
        Path first = module("first", "class Handler { int a = 1; }", AN_HOUR_AGO);
        String fingerprint = memo.fingerprint(first);
        assertEquals(ProjectFingerprint.of(first), fingerprint);
        assertEquals(1, memos(dir.resolve("memo")));

        // Same size and time, other content: only a memo answers with the first fingerprint. (This is
        // the trade: an edit that keeps both size and nanosecond time goes unseen.)
        Path copy = module("copy", "class Handler { int a = 2; }", AN_HOUR_AGO);
        assertNotEquals(fingerprint, ProjectFingerprint.of(copy));
        assertEquals(fingerprint, memo.fingerprint(copy));
    }

    @Test
    void anEditThatChangesTheTimeOrSizeIsHashedAfresh() throws Exception {
        FingerprintMemo memo = new FingerprintMemo(dir.resolve("memo"));
        memo.fingerprint(module("first", "class Handler { int a = 1; }", AN_HOUR_AGO));

        Path otherTime = module("other-time", "class Handler { int a = 2; }", FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(ProjectFingerprint.of(otherTime), memo.fingerprint(otherTime));
        Path otherSize = module("other-size", "class Handler { int a = 22; }", AN_HOUR_AGO);
        assertEquals(ProjectFingerprint.of(otherSize), memo.fingerprint(otherSize));
        assertEquals(3, memos(dir.resolve("memo")));
    }

    @Test
    void aFileWrittenJustNowIsNotRemembered() throws Exception {
        FingerprintMemo memo = new FingerprintMemo(dir.resolve("memo"));
        FileTime now = FileTime.from(Instant.now());
        Path fresh = module("fresh", "class Handler { int a = 1; }", now);
        assertEquals(ProjectFingerprint.of(fresh), memo.fingerprint(fresh));
        assertEquals(0, memos(dir.resolve("memo")));

        // Rewritten within the same clock tick: hashed, so seen.
        Path rewritten = module("rewritten", "class Handler { int a = 2; }", now);
        assertEquals(ProjectFingerprint.of(rewritten), memo.fingerprint(rewritten));
    }

    @Test
    void keepsAtMostTheNewestMemos() throws Exception {
        FingerprintMemo memo = new FingerprintMemo(dir.resolve("memo"));
        int count = FingerprintMemo.MAX_MEMOS + 3;
        for (int i = 0; i < count; i++) {
            memo.fingerprint(module("m" + i, "class Handler { int a = " + (1000 + i) + "; }", secondsBeforeAnHourAgo(i)));
        }
        assertEquals(FingerprintMemo.MAX_MEMOS, memos(dir.resolve("memo")));
        // The newest is still remembered: a same-listing copy with other content gets its fingerprint.
        Path newest = dir.resolve("m" + (count - 1));
        Path copy = module("copy", "class Handler { int a = 9999; }", secondsBeforeAnHourAgo(count - 1));
        assertEquals(memo.fingerprint(newest), memo.fingerprint(copy));
    }
}
