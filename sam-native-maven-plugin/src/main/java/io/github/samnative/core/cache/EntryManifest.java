package io.github.samnative.core.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The record of what a finished entry holds, written before its completion marker. Reading an
 * entry means checking the files against it, so a truncated, edited or half-deleted entry is
 * noticed instead of being copied into a deployment.
 *
 * <p>Stored as Java properties rather than JSON: every hook shortcut reads one, and a JSON
 * library's start-up would cost more than the rest of the shortcut together.
 *
 * @param format {@link #FORMAT}; entries of any other format are rebuilt, never interpreted
 * @param key the hex key the entry was built for
 * @param items everything in the content directory, sorted by path
 */
record EntryManifest(int format, String key, List<ContentItem> items) {

    /** Bumped whenever the layout or meaning of an entry changes. */
    static final int FORMAT = 2;

    private static final String NONE = "-";

    EntryManifest {
        items = List.copyOf(items);
    }

    long totalBytes() {
        return items.stream().mapToLong(ContentItem::size).sum();
    }

    byte[] toBytes() {
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(format));
        properties.setProperty("key", key);
        properties.setProperty("items", Integer.toString(items.size()));
        for (int i = 0; i < items.size(); i++) {
            ContentItem item = items.get(i);
            // The path last, so that it may hold spaces; properties escaping covers the rest.
            properties.setProperty("item." + i, item.kind().name() + " " + item.size() + " " + (item.executable() ? "x" : NONE)
                    + " " + (item.sha256() == null ? NONE : item.sha256()) + " " + item.path());
            if (item.linkTarget() != null) {
                properties.setProperty("item." + i + ".link", item.linkTarget());
            }
            if (item.stamp() != null) {
                properties.setProperty("item." + i + ".stamp", item.stamp().toText());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // As a stream: ISO 8859-1, other characters of a path escaped by Properties itself.
            properties.store(bytes, null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the cache manifest of " + key, e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a manifest */
    static EntryManifest parse(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(bytes));
        try {
            int format = Integer.parseInt(required(properties, "format"));
            String key = required(properties, "key");
            int count = Integer.parseInt(required(properties, "items"));
            List<ContentItem> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String[] fields = required(properties, "item." + i).split(" ", 5);
                if (fields.length != 5) {
                    throw new IOException("item." + i + " is not '<kind> <size> <x|-> <sha256|-> <path>'");
                }
                String stamp = properties.getProperty("item." + i + ".stamp");
                items.add(new ContentItem(fields[4], ContentItem.Kind.valueOf(fields[0]), Long.parseLong(fields[1]),
                        fields[2].equals("x"), fields[3].equals(NONE) ? null : fields[3],
                        properties.getProperty("item." + i + ".link"), stamp == null ? null : FileStamp.parse(stamp)));
            }
            return new EntryManifest(format, key, items);
        } catch (IllegalArgumentException e) {
            throw new IOException("the manifest is malformed: " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String name) throws IOException {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IOException("the manifest lacks " + name);
        }
        return value;
    }
}
