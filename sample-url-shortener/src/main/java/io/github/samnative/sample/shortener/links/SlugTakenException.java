package io.github.samnative.sample.shortener.links;

/** A custom slug that another link already uses; links are never overwritten. */
public final class SlugTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SlugTakenException(String slug) {
        super("The slug '" + slug + "' is already taken; choose another or leave \"slug\" out to get a generated id.",
                null, false, false);
    }
}
