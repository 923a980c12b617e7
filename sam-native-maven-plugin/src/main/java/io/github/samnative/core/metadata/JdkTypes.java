package io.github.samnative.core.metadata;

import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for JDK classes (those of the bootstrap and platform class loaders).
 *
 * <p>Jackson reads and writes the JDK's value types (String, boxed primitives, BigDecimal,
 * java.util collections and maps, Date, Calendar, UUID, URI, Locale, ByteBuffer, atomics...) with
 * built-in serializers that do not reflect on them, and java.time and Optional only through
 * modules that don't either; so no JDK class is registered as a bean and none is walked into,
 * except for the type arguments of its use ({@code List<Item>} leads to {@code Item}). What
 * Jackson does do reflectively with JDK classes is registered narrowly:
 * <ul>
 *   <li>it creates collections and maps it has no built-in factory for with their no-argument
 *       constructor, so the concrete class it would create (the declared one, or its default for
 *       an abstract declared type, e.g. {@code ConcurrentNavigableMap} to
 *       {@code ConcurrentSkipListMap}) gets its public constructors;
 *   <li>it lists the members of every supertype of a bean, so JDK supertypes ({@code Serializable},
 *       {@code Comparable}, {@code Enum}, {@code Record}...) are registered as types;
 *   <li>it creates object arrays with {@code Array.newInstance}, so array types are registered;
 *   <li>it reads record components through {@code Class.getRecordComponents} and
 *       {@code RecordComponent.getName/getType}, called reflectively.
 * </ul>
 * Jackson's own classes are left to Jackson's metadata, like the JDK.
 */
final class JdkTypes {

    /** Jackson's defaults for abstract container types (BasicDeserializerFactory), by name so newer JDK types work. */
    private static final Map<String, String> CONTAINER_DEFAULTS = Map.ofEntries(
            Map.entry("java.util.Collection", "java.util.ArrayList"),
            Map.entry("java.util.List", "java.util.ArrayList"),
            Map.entry("java.util.AbstractList", "java.util.ArrayList"),
            Map.entry("java.util.SequencedCollection", "java.util.ArrayList"),
            Map.entry("java.util.Set", "java.util.HashSet"),
            Map.entry("java.util.AbstractSet", "java.util.HashSet"),
            Map.entry("java.util.SequencedSet", "java.util.LinkedHashSet"),
            Map.entry("java.util.SortedSet", "java.util.TreeSet"),
            Map.entry("java.util.NavigableSet", "java.util.TreeSet"),
            Map.entry("java.util.Queue", "java.util.LinkedList"),
            Map.entry("java.util.Deque", "java.util.LinkedList"),
            Map.entry("java.util.Map", "java.util.LinkedHashMap"),
            Map.entry("java.util.AbstractMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.SequencedMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap"),
            Map.entry("java.util.SortedMap", "java.util.TreeMap"),
            Map.entry("java.util.NavigableMap", "java.util.TreeMap"),
            Map.entry("java.util.concurrent.ConcurrentNavigableMap", "java.util.concurrent.ConcurrentSkipListMap"));

    private JdkTypes() {}

    static boolean isJdk(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    static boolean isJackson(Class<?> c) {
        return c.getName().startsWith("com.fasterxml.jackson.");
    }

    /** The collection or map class Jackson would instantiate for a declared JDK type, if any. */
    static Optional<String> instantiatedContainer(Class<?> declared) {
        if (!Collection.class.isAssignableFrom(declared) && !Map.class.isAssignableFrom(declared)) {
            return Optional.empty();
        }
        if (!declared.isInterface() && !Modifier.isAbstract(declared.getModifiers())) {
            return Optional.of(declared.getName());
        }
        return Optional.ofNullable(CONTAINER_DEFAULTS.get(declared.getName()));
    }
}
