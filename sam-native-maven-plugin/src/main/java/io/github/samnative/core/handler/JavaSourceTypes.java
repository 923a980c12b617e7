package io.github.samnative.core.handler;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes resolved types as Java source: as a type to declare ({@code java.util.List<com.x.Item>})
 * and as an expression building the same Jackson {@code JavaType} with the runtime's
 * {@code Handlers.type}/{@code Handlers.arrayOf}, so the image never inspects generic signatures.
 * Types come from {@link HandlerResolver}: no wildcards or type variables are left in them.
 */
final class JavaSourceTypes {

    /** Imported by the generated table, so expressions stay readable. */
    static final String HANDLERS = "Handlers";

    private JavaSourceTypes() {}

    /** The type as written in a declaration; nested classes by their canonical name. */
    static String declaration(Type type) {
        if (type instanceof Class<?> c) {
            return canonicalName(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            String prefix = p.getOwnerType() instanceof ParameterizedType owner
                    ? declaration(owner) + "." + raw.getSimpleName()
                    : canonicalName(raw);
            return prefix + Arrays.stream(p.getActualTypeArguments()).map(JavaSourceTypes::declaration)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType a) {
            return declaration(a.getGenericComponentType()) + "[]";
        }
        throw new IllegalArgumentException("not a resolved type: " + type);
    }

    /** An expression of type {@code JavaType} equal to what Jackson makes of {@code type}. */
    static String javaTypeExpression(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return HANDLERS + ".arrayOf(" + javaTypeExpression(c.getComponentType()) + ")";
        }
        if (type instanceof Class<?> c) {
            return HANDLERS + ".type(" + canonicalName(c) + ".class)";
        }
        if (type instanceof ParameterizedType p) {
            return HANDLERS + ".type(" + canonicalName((Class<?>) p.getRawType()) + ".class"
                    + Arrays.stream(p.getActualTypeArguments()).map(t -> ", " + javaTypeExpression(t))
                    .collect(Collectors.joining()) + ")";
        }
        if (type instanceof GenericArrayType a) {
            return HANDLERS + ".arrayOf(" + javaTypeExpression(a.getGenericComponentType()) + ")";
        }
        throw new IllegalArgumentException("not a resolved type: " + type);
    }

    static String canonicalName(Class<?> c) {
        String name = c.getCanonicalName();
        if (name == null) {
            throw new IllegalArgumentException(c.getName() + " has no canonical name; the resolver should have refused it");
        }
        return name;
    }
}
