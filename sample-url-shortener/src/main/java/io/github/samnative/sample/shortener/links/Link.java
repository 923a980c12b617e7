package io.github.samnative.sample.shortener.links;

import java.time.Instant;
import java.util.Objects;

/**
 * A short link: its id (generated or the custom slug), the URL it redirects to, when it was
 * created, and how often it was followed.
 */
public record Link(String id, String url, Instant createdAt, long visits) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
