package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileStampTest {

    @Test
    void stampsAreEqualOnlyWithTheSameTimeAndIdentity() {
        FileStamp stamp = new FileStamp(1_700_000_000_123_456_789L, "(dev=803,ino=4711)");

        assertEquals(new FileStamp(1_700_000_000_123_456_789L, "(dev=803,ino=4711)"), stamp);
        assertEquals(new FileStamp(1_700_000_000_123_456_789L, "(dev=803,ino=4711)").hashCode(), stamp.hashCode());
        assertNotEquals(new FileStamp(1_700_000_000_123_456_790L, "(dev=803,ino=4711)"), stamp);
        assertNotEquals(new FileStamp(1_700_000_000_123_456_789L, "(dev=803,ino=4712)"), stamp);
        assertFalse(stamp.equals("1700000000123456789 (dev=803,ino=4711)"));
    }

    @Test
    void textRoundTripsAndAFileKeyMayContainSpaces() {
        FileStamp stamp = new FileStamp(42L, "volume 7 file 9");

        assertEquals("42 volume 7 file 9", stamp.toText());
        assertEquals(stamp, FileStamp.parse(stamp.toText()));
    }

    @Test
    void onlyAFileWrittenWellBeforeTheRecordIsSettled() {
        long recorded = 10_000_000_000L;

        assertTrue(new FileStamp(recorded - FileStamp.RACY_WINDOW_NANOS, "k").settledAt(recorded));
        assertFalse(new FileStamp(recorded - FileStamp.RACY_WINDOW_NANOS + 1, "k").settledAt(recorded));
    }
}
