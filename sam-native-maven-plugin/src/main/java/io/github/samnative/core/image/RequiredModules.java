package io.github.samnative.core.image;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK modules a jvm-mode bootstrap links, from jdeps' summary of every jar ({@code jdeps -s}:
 * one line {@code <jar or module> -> <what it refers to>} per dependency) and the jars' own module
 * descriptors.
 *
 * <p>A JDK module that only libraries refer to, each of which declares it {@code requires static}
 * (optional at run time, by its author's word), is left out. jackson-databind declares java.desktop,
 * java.sql and java.xml so: it refers to java.beans annotations and java.sql types, and only uses
 * them for an application that has them, which then refers to them itself. Leaving the three out
 * makes the linked runtime about a third smaller. Jars without a module descriptor say nothing
 * optional, so all they refer to is linked.
 */
public final class RequiredModules {

    /** jdeps' summary line: "source -> target", where each is a module name, a jar file name or "not found". */
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\S+) -> (\\S+)\\s*$");

    /** Names reserved for the platform's own modules; no library can use them. */
    private static final Pattern JDK_MODULE = Pattern.compile("(java|jdk)(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    /**
     * @param modules every JDK module to link
     * @param leftOut each JDK module left out, with the libraries (module names) that declare it optional
     */
    public record Selection(SortedSet<String> modules, SortedMap<String, SortedSet<String>> leftOut) {}

    private RequiredModules() {}

    /**
     * The selection from jdeps' summary lines; empty when they hold no dependency line at all (jdeps
     * failed, or printed something else), so that the caller can fall back.
     *
     * @param summary jdeps' output; warnings and other lines are skipped
     * @param optionalRequires for every jar that is an explicit module: its name and the modules it
     *     {@code requires static} (see {@link #optionalRequires(List)})
     * @param alwaysLinked modules linked whatever jdeps says (services, which jdeps cannot see)
     */
    public static Optional<Selection> select(List<String> summary, Map<String, Set<String>> optionalRequires,
            Set<String> alwaysLinked) {
        SortedSet<String> modules = new TreeSet<>(alwaysLinked);
        SortedMap<String, SortedSet<String>> optionalOnly = new TreeMap<>();
        boolean anyEdge = false;
        for (String line : summary) {
            Matcher edge = EDGE.matcher(line);
            if (!edge.matches()) {
                continue;
            }
            anyEdge = true;
            String source = edge.group(1);
            String target = edge.group(2);
            if (!JDK_MODULE.matcher(target).matches()) {
                continue;
            }
            if (optionalRequires.getOrDefault(source, Set.of()).contains(target)) {
                optionalOnly.computeIfAbsent(target, t -> new TreeSet<>()).add(source);
            } else {
                modules.add(target);
            }
        }
        if (!anyEdge) {
            return Optional.empty();
        }
        optionalOnly.keySet().removeAll(modules);
        return Optional.of(new Selection(Collections.unmodifiableSortedSet(modules),
                Collections.unmodifiableSortedMap(optionalOnly)));
    }

    /**
     * Every jar that is an explicit module (its own {@code module-info}, also a multi-release one),
     * by module name, with the modules it {@code requires static}. A jar whose descriptor cannot be
     * read counts as having none: then all it refers to is linked, the safe side.
     */
    public static Map<String, Set<String>> optionalRequires(List<Path> jars) {
        Map<String, Set<String>> optional = new TreeMap<>();
        for (Path jar : jars) {
            Optional<ModuleDescriptor> descriptor;
            try {
                descriptor = ModuleFinder.of(jar).findAll().stream().findFirst().map(ModuleReference::descriptor);
            } catch (RuntimeException e) {
                // FindException for a jar whose file name makes no automatic module name, or a bad descriptor.
                continue;
            }
            if (descriptor.isEmpty() || descriptor.get().isAutomatic()) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            for (ModuleDescriptor.Requires requires : descriptor.get().requires()) {
                if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    names.add(requires.name());
                }
            }
            optional.put(descriptor.get().name(), names);
        }
        return optional;
    }
}
