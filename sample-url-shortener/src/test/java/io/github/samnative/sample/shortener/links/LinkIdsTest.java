package io.github.samnative.sample.shortener.links;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "A_b-9", "abcdefghijklmnopqrstuvwxyz012345", "---", "___"})
    void customSlugsOfAllowedShapeAreAccepted(String slug) {
        assertDoesNotThrow(() -> LinkIds.checkCustomSlug(slug));
        assertTrue(LinkIds.isWellFormed(slug));
    }

    @Test
    void everyReservedWordIsRefusedInAnyCase() {
        for (String word : LinkIds.RESERVED) {
            assertThrows(InvalidLinkException.class, () -> LinkIds.checkCustomSlug(word), word);
            assertThrows(InvalidLinkException.class, () -> LinkIds.checkCustomSlug(word.toUpperCase()), word);
        }
        assertTrue(LinkIds.RESERVED.contains("links"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "abcdefghijklmnopqrstuvwxyz0123456", "a b", "a.b.c", "a/b/c", "a%20b", "ab\u00e7"})
    void idsOfAnyOtherShapeAreNotWellFormed(String id) {
        assertFalse(LinkIds.isWellFormed(id));
        assertThrows(InvalidLinkException.class, () -> LinkIds.checkCustomSlug(id));
    }
}
