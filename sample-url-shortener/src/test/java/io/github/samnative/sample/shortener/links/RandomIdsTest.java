package io.github.samnative.sample.shortener.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void idsAreSevenBase62Characters() {
        RandomIds ids = new RandomIds();
        for (int i = 0; i < 1000; i++) {
            String id = ids.next();
            assertTrue(id.matches("[0-9A-Za-z]{7}"), id);
            assertTrue(LinkIds.isWellFormed(id), id);
        }
    }

    @Test
    void everyCharacterOfTheAlphabetOccurs() {
        RandomIds ids = new RandomIds();
        Set<Character> seen = new HashSet<>();
        // 7000 draws leave a given character out with probability (61/62)^7000 ≈ 10^-50.
        for (int i = 0; i < 1000; i++) {
            ids.next().chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(62, seen.size());
        assertEquals(62, RandomIds.ALPHABET.length());
    }

    @Test
    void tenThousandIdsAreDistinct() {
        RandomIds ids = new RandomIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ids.next());
        }
        // Birthday bound for 10^4 draws from 3.5 × 10^12: a repeat has probability ≈ 1.4 × 10^-5.
        assertEquals(10_000, seen.size());
    }
}
