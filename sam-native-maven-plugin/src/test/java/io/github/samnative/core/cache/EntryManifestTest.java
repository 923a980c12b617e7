package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryManifestTest {

    @Test
    void readsBackEveryKindOfItemWhateverItsPath() throws Exception {
        EntryManifest manifest = new EntryManifest(EntryManifest.FORMAT, "ab".repeat(32), List.of(
                new ContentItem("bootstrap", ContentItem.Kind.FILE, 12, true, "00".repeat(32), null, new FileStamp(1_700_000_000_123_456_789L, "(dev=803,ino=42)")),
                new ContentItem("lib", ContentItem.Kind.DIRECTORY, 0, false, null, null, null),
                new ContentItem("lib/a jar with spaces=and:colons ü.jar", ContentItem.Kind.FILE, 3, false, "11".repeat(32), null, null),
                new ContentItem("lib/current", ContentItem.Kind.LINK, 0, false, null, "../runtime/ä b", null)));

        assertEquals(manifest, EntryManifest.parse(manifest.toBytes()));
    }

    @Test
    void rejectsWhatIsNotAManifest() {
        IOException truncated = assertThrows(IOException.class, () -> EntryManifest.parse(
                "format=2\nkey=k\nitems=2\nitem.0=FILE 1 x - a\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("the manifest lacks item.1", truncated.getMessage());
        IOException malformed = assertThrows(IOException.class, () -> EntryManifest.parse(
                "format=2\nkey=k\nitems=1\nitem.0=FILE many x - a\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("the manifest is malformed: For input string: \"many\"", malformed.getMessage());
    }
}
