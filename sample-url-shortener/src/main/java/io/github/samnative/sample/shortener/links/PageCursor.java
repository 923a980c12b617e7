package io.github.samnative.sample.shortener.links;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of {@code GET /links}: where the previous page ended, in a form clients
 * pass back without reading. Versioned so that the encoding can change without misreading old
 * cursors.
 */
public final class PageCursor {

    private static final String VERSION = "v1:";

    private PageCursor() {
    }

    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the id the page starts after
     * @throws InvalidLinkException when the cursor was not made by {@link #encode}
     */
    public static String decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!text.startsWith(VERSION) || !LinkIds.isWellFormed(text.substring(VERSION.length()))) {
            throw invalid();
        }
        return text.substring(VERSION.length());
    }

    private static InvalidLinkException invalid() {
        return new InvalidLinkException("\"cursor\" is not a cursor this API made; pass the nextCursor of a previous"
                + " response unchanged, or leave it out to start from the beginning.");
    }
}
