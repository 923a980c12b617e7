package io.github.samnative.sample.shortener.links;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a link id (generated or a custom slug) may look like. */
public final class LinkIds {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    /**
     * Path segments that are, or may become, routes of their own: {@code /links} is the API's, and a
     * slug named like it could never be reached. Compared ignoring case, so {@code /Links} cannot
     * pass for it either.
     */
    static final Set<String> RESERVED = Set.of("links", "api", "admin", "health", "static", "assets", "favicon",
            "robots", "login", "logout");

    private LinkIds() {
    }

    /** Whether {@code id} could name a link at all; anything else is answered 404 without a lookup. */
    public static boolean isWellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    public static boolean isReserved(String id) {
        return RESERVED.contains(id.toLowerCase(Locale.ROOT));
    }

    /** @throws InvalidLinkException naming the rule the slug breaks */
    public static void checkCustomSlug(String slug) {
        if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
            throw new InvalidLinkException("The slug '" + slug + "' has " + slug.length() + " characters; a slug has "
                    + MIN_LENGTH + " to " + MAX_LENGTH + ".");
        }
        if (!SHAPE.matcher(slug).matches()) {
            throw new InvalidLinkException("The slug '" + slug + "' may contain only letters A-Z and a-z, digits,"
                    + " '_' and '-'.");
        }
        if (isReserved(slug)) {
            throw new InvalidLinkException("The slug '" + slug + "' is reserved; choose another.");
        }
    }
}
