package io.github.samnative.core.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the class a user probably meant when a handler names one that does not exist: the same
 * simple name in another package, a difference only in case, a typo of at most two letters in
 * the simple name, or a nested class written with a dot instead of {@code $}. Only the project's own compiled classes are searched, which is cheap;
 * dependencies are not scanned.
 */
final class ClassNameSuggester {

    private static final int MAX_SUGGESTIONS = 3;

    private final ClassLoader classes;
    private final List<Path> classDirectories;
    private List<String> knownClassNames;

    ClassNameSuggester(ClassLoader classes, List<Path> classDirectories) {
        this.classes = classes;
        this.classDirectories = List.copyOf(classDirectories);
    }

    /** Binary class names close to {@code missing}, best first; empty when nothing is close. */
    List<String> suggest(String missing) {
        TreeSet<String> found = new TreeSet<>();
        String nested = nestedSpelling(missing);
        if (nested != null) {
            return List.of(nested);
        }
        String simple = simpleName(missing);
        for (String known : knownClassNames()) {
            if (known.equalsIgnoreCase(missing) || simpleName(known).equalsIgnoreCase(simple)
                    || editDistance(simpleName(known).toLowerCase(Locale.ROOT), simple.toLowerCase(Locale.ROOT)) <= 2) {
                found.add(known);
            }
        }
        return found.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** Levenshtein distance: how many letters to insert, delete or change to turn one name into the other. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** {@code a.b.Outer.Inner} is loadable as {@code a.b.Outer$Inner}: the usual slip. */
    private String nestedSpelling(String name) {
        char[] chars = name.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            if (chars[i] != '.') {
                continue;
            }
            chars[i] = '$';
            String candidate = new String(chars);
            if (loads(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean loads(String name) {
        try {
            Class.forName(name, false, classes);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private List<String> knownClassNames() {
        if (knownClassNames == null) {
            List<String> names = new ArrayList<>();
            for (Path directory : classDirectories) {
                if (Files.isDirectory(directory)) {
                    names.addAll(classNamesUnder(directory));
                }
            }
            knownClassNames = names;
        }
        return knownClassNames;
    }

    private static List<String> classNamesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".class"))
                    .map(file -> toClassName(directory.relativize(file)))
                    .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the classes under " + directory, e);
        }
    }

    private static String toClassName(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".class".length());
    }

    private static String simpleName(String binaryName) {
        int cut = Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$'));
        return binaryName.substring(cut + 1).toLowerCase(Locale.ROOT);
    }
}
