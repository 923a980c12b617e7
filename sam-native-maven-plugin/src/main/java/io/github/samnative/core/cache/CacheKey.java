package io.github.samnative.core.cache;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The identity of one build's inputs: a SHA-256 over file contents (named by relative path),
 * dependency contents and free-form parameters.
 *
 * <p>What is deliberately left out: modification times and absolute paths. SAM builds every
 * function from its own scratch copy of the sources, at a different path, so only what a file
 * says and where it sits inside its tree may count.
 *
 * <p>Dependencies are hashed by content, also those from the local Maven repository. Path, size
 * and modification time would be cheaper but wrong in two cases that matter here: a reactor
 * module's {@code target/classes} directory changes in place, and a SNAPSHOT jar can be replaced
 * by one of equal size within the file system's timestamp granularity. Hashing runs at several
 * hundred MB/s, which is small next to any build it saves.
 *
 * <p>The order in which inputs are added does not matter; each input may be added only once.
 */
public final class CacheKey {

    /**
     * Directory names skipped at every depth of a tree: build output, SAM's own output, version
     * control and editor state, none of which the build reads. {@code build} is deliberately not
     * in the list: it is a common Java package name, and skipping a source package would make
     * the key blind to real changes.
     */
    public static final Set<String> DEFAULT_EXCLUDED_DIRECTORIES =
            Set.of("target", ".aws-sam", ".git", ".hg", ".svn", ".idea", ".vscode", ".gradle", "node_modules");

    // Bumped whenever the encoding below changes, so old and new keys can never collide.
    private static final String KEY_FORMAT = "sam-native-cache-key/1";

    private final String hex;
    private final Map<String, String> inputs;

    private CacheKey(String hex, Map<String, String> inputs) {
        this.hex = hex;
        this.inputs = inputs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A key computed earlier and written down (see {@link #hex()}), without its inputs: for finding
     * that build again when the inputs are known to be the same.
     *
     * @throws IllegalArgumentException when {@code hex} is not 64 lower-case hex digits
     */
    public static CacheKey ofHex(String hex) {
        if (!isHexKey(hex)) {
            throw new IllegalArgumentException("not a cache key: " + hex);
        }
        return new CacheKey(hex, Map.of());
    }

    // A loop, not a regular expression: the Makefile shortcut calls this once per run, and its
    // short-lived JVM would compile the pattern each time.
    static boolean isHexKey(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The key as 64 lower-case hex digits; also the entry's directory name in the cache. */
    public String hex() {
        return hex;
    }

    /**
     * Every input that went into the key, in the order it was hashed, mapped to the hex SHA-256 of
     * its content; for explaining why two keys differ.
     */
    public Map<String, String> inputs() {
        return inputs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey && ((CacheKey) other).hex.equals(hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }

    /** Collects inputs; methods that read files do so at once and report unreadable ones. */
    public static final class Builder {

        private final SortedMap<Input, byte[]> inputs = new TreeMap<>();

        private Builder() {}

        /** Adds every file under {@code root}, skipping {@link #DEFAULT_EXCLUDED_DIRECTORIES}. */
        public Builder addTree(Path root) throws SamNativeException {
            return addTree("", root, path -> true, DEFAULT_EXCLUDED_DIRECTORIES);
        }

        /**
         * Adds the files under {@code root} whose '/'-separated relative path passes
         * {@code include}, skipping {@link #DEFAULT_EXCLUDED_DIRECTORIES}.
         */
        public Builder addTree(Path root, Predicate<String> include) throws SamNativeException {
            return addTree("", root, include, DEFAULT_EXCLUDED_DIRECTORIES);
        }

        /**
         * Adds the files under {@code root} whose '/'-separated relative path passes
         * {@code include}, skipping directories named in {@code excludedDirectoryNames} at every
         * depth. {@code label} tells several trees apart; it is part of the key, the root's
         * location is not.
         */
        public Builder addTree(String label, Path root, Predicate<String> include,
                Set<String> excludedDirectoryNames) throws SamNativeException {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(include, "include");
            Objects.requireNonNull(excludedDirectoryNames, "excludedDirectoryNames");
            if (!Files.isDirectory(root)) {
                throw new SamNativeException("Cannot compute the build cache key: the source directory " + root
                        + " does not exist or is not a directory. Check the project layout.");
            }
            SortedMap<String, Path> files;
            try {
                files = SourceTree.files(root, include, excludedDirectoryNames);
            } catch (IOException e) {
                throw unreadable(root, e);
            }
            for (Map.Entry<String, Path> file : files.entrySet()) {
                put(new Input("tree", label, file.getKey()), contentDigest(file.getValue()));
            }
            return this;
        }

        /** Adds one file by content under {@code name}, e.g. {@code pom.xml}. */
        public Builder addFile(String name, Path file) throws SamNativeException {
            Objects.requireNonNull(name, "name");
            if (!Files.isRegularFile(file)) {
                throw new SamNativeException("Cannot compute the build cache key: " + file
                        + " does not exist or is not a regular file. Check that the build input '" + name
                        + "' is where the project says it is.");
            }
            put(new Input("file", "", name), contentDigest(file));
            return this;
        }

        /**
         * Adds a resolved dependency by content: a jar, or a directory such as a reactor module's
         * {@code target/classes} (all of whose files count, since it is build output by nature).
         *
         * @param coordinates what names the dependency, e.g. {@code groupId:artifactId:version}
         */
        public Builder addDependency(String coordinates, Path fileOrDirectory) throws SamNativeException {
            Objects.requireNonNull(coordinates, "coordinates");
            byte[] digest;
            if (Files.isRegularFile(fileOrDirectory)) {
                digest = contentDigest(fileOrDirectory);
            } else if (Files.isDirectory(fileOrDirectory)) {
                digest = directoryDigest(fileOrDirectory);
            } else {
                throw new SamNativeException("Cannot compute the build cache key: the dependency " + coordinates
                        + " resolves to " + fileOrDirectory + ", which does not exist. Run the build again"
                        + " so that Maven resolves it, or remove it from the project.");
            }
            put(new Input("dependency", coordinates, ""), digest);
            return this;
        }

        /** Adds a setting of the build, e.g. the mode, the architecture or the runtime version. */
        public Builder addParameter(String name, String value) {
            Objects.requireNonNull(value, () -> "value of parameter " + name);
            return addParameter(name, List.of(value));
        }

        /** Adds an ordered list setting, e.g. build arguments; the order counts. */
        public Builder addParameter(String name, List<String> values) {
            Objects.requireNonNull(name, "name");
            MessageDigest digest = Sha256.newDigest();
            digestInt(digest, values.size());
            for (String value : values) {
                digestString(digest, Objects.requireNonNull(value, () -> "an element of parameter " + name));
            }
            put(new Input("parameter", "", name), digest.digest());
            return this;
        }

        public CacheKey build() {
            MessageDigest digest = Sha256.newDigest();
            digestString(digest, KEY_FORMAT);
            Map<String, String> described = new LinkedHashMap<>();
            for (Map.Entry<Input, byte[]> input : inputs.entrySet()) {
                Input id = input.getKey();
                digestString(digest, id.kind());
                digestString(digest, id.group());
                digestString(digest, id.name());
                digest.update(input.getValue());
                described.put(id.toString(), Sha256.hex(input.getValue()));
            }
            return new CacheKey(Sha256.hex(digest.digest()), Collections.unmodifiableMap(described));
        }

        private void put(Input id, byte[] digest) {
            if (inputs.putIfAbsent(id, digest) != null) {
                throw new IllegalArgumentException("The cache key input " + id + " was added twice");
            }
        }

        private static byte[] contentDigest(Path file) throws SamNativeException {
            try {
                return Sha256.ofFile(file);
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }

        private static byte[] directoryDigest(Path root) throws SamNativeException {
            SortedMap<String, Path> files;
            try {
                files = SourceTree.files(root, path -> true, Set.of());
            } catch (IOException e) {
                throw unreadable(root, e);
            }
            MessageDigest digest = Sha256.newDigest();
            digestInt(digest, files.size());
            for (Map.Entry<String, Path> file : files.entrySet()) {
                digestString(digest, file.getKey());
                digest.update(contentDigest(file.getValue()));
            }
            return digest.digest();
        }

        private static SamNativeException unreadable(Path where, IOException e) {
            return new SamNativeException("Cannot compute the build cache key: reading " + where + " failed ("
                    + e + "). Check that the files are readable and that no symbolic link is broken.", e);
        }

        // Length prefixes keep the encoding unambiguous: ("ab","c") and ("a","bc") hash differently.
        private static void digestString(MessageDigest digest, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digestInt(digest, bytes.length);
            digest.update(bytes);
        }

        private static void digestInt(MessageDigest digest, int value) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        }
    }

    /** Where an input sits in the key; sorting these makes the key independent of call order. */
    private record Input(String kind, String group, String name) implements Comparable<Input> {

        private static final Comparator<Input> ORDER =
                Comparator.comparing(Input::kind).thenComparing(Input::group).thenComparing(Input::name);

        @Override
        public int compareTo(Input other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            String where = group.isEmpty() ? name : name.isEmpty() ? group : group + ":" + name;
            return kind + " " + where;
        }
    }
}
