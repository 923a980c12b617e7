package io.github.samnative.sample.shortener.links;

import java.security.SecureRandom;

/**
 * Seven base62 characters from {@link SecureRandom}: about 3.5 × 10^12 ids that nobody can predict
 * or enumerate from one they know.
 */
public final class RandomIds implements IdGenerator {

    public static final int LENGTH = 7;
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random;

    public RandomIds() {
        this(new SecureRandom());
    }

    RandomIds(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            // nextInt(bound) is uniform; taking a random byte modulo 62 would favour some characters.
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
