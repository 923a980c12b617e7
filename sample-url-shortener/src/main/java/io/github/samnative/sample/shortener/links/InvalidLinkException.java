package io.github.samnative.sample.shortener.links;

/** A URL or slug that breaks a rule; the message says which and how to fix it. */
public final class InvalidLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidLinkException(String message) {
        super(message, null, false, false);
    }
}
