package io.github.samnative.sample.shortener.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorDecodesToTheIdItWasMadeFrom() {
        for (String id : new String[] {"abc", "Zx9_-Q7", "abcdefghijklmnopqrstuvwxyz012345"}) {
            assertEquals(id, PageCursor.decode(PageCursor.encode(id)));
        }
    }

    @Test
    void aCursorIsUrlSafeAndDoesNotShowTheIdPlainly() {
        String cursor = PageCursor.encode("secretSlug");

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertFalse(cursor.contains("secretSlug"));
    }
}
