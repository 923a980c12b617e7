package io.github.samnative.sample.shortener.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules a URL must pass before anyone is redirected to it: absolute {@code http}/{@code https}
 * with a host, no credentials, at most {@value #MAX_LENGTH} characters. Everything else
 * ({@code javascript:}, {@code data:}, {@code file:}, relative, malformed, ...) is refused with the
 * reason, so the shortener cannot be turned into a launcher for scripts or local files.
 */
public final class TargetUrls {

    public static final int MAX_LENGTH = 2048;

    private TargetUrls() {
    }

    /**
     * @param raw the URL as sent; surrounding whitespace is ignored
     * @return the URL to store, in ASCII form (any non-ASCII character percent-encoded)
     * @throws InvalidLinkException naming the rule the URL breaks
     */
    public static String validate(String raw) {
        String url = raw.strip();
        if (url.isEmpty()) {
            throw new InvalidLinkException("\"url\" is empty; send an absolute URL such as https://example.com/page.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidLinkException("\"url\" has " + url.length() + " characters; the limit is " + MAX_LENGTH + ".");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new InvalidLinkException("\"url\" contains a space or control character at position " + (i + 1)
                        + "; percent-encode it (a space is %20).");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidLinkException("\"url\" is not a valid URL: " + e.getReason() + " at position "
                    + (e.getIndex() + 1) + ".");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new InvalidLinkException("\"url\" is relative; send an absolute URL that starts with https:// or http://.");
        }
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
            throw new InvalidLinkException("\"url\" uses the scheme '" + scheme + ":'; only http and https URLs can be"
                    + " shortened.");
        }
        if (uri.isOpaque()) {
            throw new InvalidLinkException("\"url\" has no host; write it as " + lowerScheme + "://host/path.");
        }
        String authority = uri.getRawAuthority();
        if (authority != null && authority.contains("@")) {
            throw new InvalidLinkException("\"url\" contains credentials (user:password@); remove them, a short link"
                    + " is public.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidLinkException(authority == null || authority.isEmpty()
                    ? "\"url\" has no host; write it as " + lowerScheme + "://host/path."
                    : "\"url\" has an invalid host '" + authority + "'; use a DNS name (in punycode for"
                            + " international names) or an IP address.");
        }
        if (uri.getPort() > 65535) {
            throw new InvalidLinkException("\"url\" has the port " + uri.getPort() + "; ports go up to 65535.");
        }
        return uri.toASCIIString();
    }
}
