package io.github.samnative.core.metadata;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code "reflection"} element of reachability-metadata.json. Registering a type at all makes
 * its reflective queries work in GraalVM 23+ (listing fields, methods, record components, nested
 * classes); the access flags additionally allow reading and writing fields and invoking methods
 * and constructors.
 *
 * @param type the type as GraalVM names it: binary name, arrays as {@code com.x.Item[]}
 * @param access what may be used reflectively
 * @param methods names of single methods without parameters that may be invoked, for JDK types
 *     where registering everything would be wasteful
 */
public record ReflectionEntry(String type, Set<Access> access, List<String> methods) {

    public ReflectionEntry {
        Objects.requireNonNull(type, "type");
        access = access.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(access));
        methods = methods.stream().sorted().distinct().toList();
    }

    public boolean allows(Access wanted) {
        return access.contains(wanted);
    }
}
