package io.github.samnative.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The record of what a finished entry holds, written before its completion marker. Reading an
 * entry means checking the files against it, so a truncated, edited or half-deleted entry is
 * noticed instead of being copied into a deployment.
 *
 * @param format {@link #FORMAT}; entries of any other format are rebuilt, never interpreted
 * @param key the hex key the entry was built for
 * @param items everything in the content directory, sorted by path
 */
record EntryManifest(int format, String key, List<ContentItem> items) {

    /** Bumped whenever the layout or meaning of an entry changes. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    EntryManifest {
        items = List.copyOf(items);
    }

    long totalBytes() {
        return items.stream().mapToLong(ContentItem::size).sum();
    }

    byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the cache manifest of " + key, e);
        }
    }

    /** @throws IOException when the bytes are not a manifest */
    static EntryManifest parse(byte[] json) throws IOException {
        EntryManifest manifest = JSON.readValue(json, EntryManifest.class);
        if (manifest.items() == null || manifest.key() == null) {
            throw new IOException("the manifest lacks its key or its item list");
        }
        return manifest;
    }
}
