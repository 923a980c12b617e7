package io.github.samnative.core.handler;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Resolves generic types the way Jackson sees them at run time: type variables replaced by what
 * a subclass or a parameterized use binds them to, wildcards by their upper bound. Build-time
 * reflection only; the results are turned into source code or metadata, never used in the image.
 */
public final class GenericTypes {

    private GenericTypes() {}

    /** The class a type erases to: {@code List<Item>} is {@code List}, {@code T[]} is {@code Bound[]}. */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(rawClass(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return rawClass(v.getBounds()[0]);
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    /** The type variables of a parameterized type's class (and its owners) mapped to its arguments. */
    public static Map<TypeVariable<?>, Type> bindingsOf(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        addBindings(type, bindings);
        return bindings;
    }

    private static void addBindings(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = ((Class<?>) p.getRawType()).getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length && i < arguments.length; i++) {
                bindings.put(variables[i], arguments[i]);
            }
            if (p.getOwnerType() != null) {
                addBindings(p.getOwnerType(), bindings);
            }
        }
    }

    /**
     * Replaces the type variables found in {@code bindings} and every wildcard by its upper bound
     * (as Jackson does: {@code ? super X} is read as {@code Object}). Variables without a binding
     * stay, so callers can tell the user about them.
     */
    public static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof Class<?>) {
            return type;
        }
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound == null ? v : bound;
        }
        if (type instanceof WildcardType w) {
            return substitute(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType a) {
            return arrayOf(substitute(a.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = substitute(arguments[i], bindings);
            }
            Type owner = p.getOwnerType() == null ? null : substitute(p.getOwnerType(), bindings);
            return new Parameterized((Class<?>) p.getRawType(), arguments, owner);
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    /** The first type variable left in a type, or {@code null} when the type is fully known. */
    public static TypeVariable<?> firstTypeVariable(Type type) {
        if (type instanceof TypeVariable<?> v) {
            return v;
        }
        if (type instanceof GenericArrayType a) {
            return firstTypeVariable(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return firstTypeVariable(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                TypeVariable<?> found = firstTypeVariable(argument);
                if (found != null) {
                    return found;
                }
            }
            return p.getOwnerType() == null ? null : firstTypeVariable(p.getOwnerType());
        }
        return null;
    }

    /** Replaces the type variables left in a type by the erasure of their first bound. */
    public static Type eraseTypeVariables(Type type) {
        if (type instanceof TypeVariable<?> v) {
            return rawClass(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return arrayOf(eraseTypeVariables(a.getGenericComponentType()));
        }
        if (type instanceof WildcardType w) {
            return eraseTypeVariables(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = eraseTypeVariables(arguments[i]);
            }
            Type owner = p.getOwnerType() == null ? null : eraseTypeVariables(p.getOwnerType());
            return new Parameterized((Class<?>) p.getRawType(), arguments, owner);
        }
        return type;
    }

    /**
     * How {@code type} implements or extends {@code target}, with {@code target}'s type arguments
     * resolved as far as {@code type} determines them: {@code ItemsHandler} (extending
     * {@code Base<List<Item>>}, where {@code Base<T> implements RequestHandler<T, Summary>}) seen as
     * {@code RequestHandler} is {@code RequestHandler<List<Item>, Summary>}.
     *
     * @return a {@link ParameterizedType} of {@code target}; the class {@code target} itself when it
     *     is implemented raw; {@code null} when {@code target} is not a supertype
     */
    public static Type asSupertype(Type type, Class<?> target) {
        Class<?> raw = rawClass(type);
        if (raw == target) {
            return type;
        }
        if (!target.isAssignableFrom(raw)) {
            return null;
        }
        Map<TypeVariable<?>, Type> bindings = bindingsOf(type);
        List<Type> supertypes = new ArrayList<>();
        if (raw.getGenericSuperclass() != null) {
            supertypes.add(raw.getGenericSuperclass());
        }
        supertypes.addAll(Arrays.asList(raw.getGenericInterfaces()));
        for (Type supertype : supertypes) {
            if (target.isAssignableFrom(rawClass(supertype))) {
                return asSupertype(substitute(supertype, bindings), target);
            }
        }
        return null;
    }

    /**
     * The bindings under which members declared in {@code declaringClass} are seen from
     * {@code type}: for {@code Orders extends Base<Order>}, {@code Base}'s {@code T} is {@code Order}.
     */
    public static Map<TypeVariable<?>, Type> bindingsSeenFrom(Type type, Class<?> declaringClass) {
        Type seen = asSupertype(type, declaringClass);
        return seen == null ? Map.of() : bindingsOf(seen);
    }

    /** {@code int} becomes {@code Integer} and so on; {@code void} and every other type stay. */
    public static Type box(Type type) {
        if (!(type instanceof Class<?> c) || !c.isPrimitive() || c == void.class) {
            return type;
        }
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        if (c == float.class) {
            return Float.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }

    /** Every class a type mentions: the raw class, type arguments, array components, owners. */
    public static List<Class<?>> classesIn(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        collectClasses(type, classes);
        return classes;
    }

    private static void collectClasses(Type type, List<Class<?>> classes) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            classes.add(element);
        } else if (type instanceof ParameterizedType p) {
            classes.add((Class<?>) p.getRawType());
            for (Type argument : p.getActualTypeArguments()) {
                collectClasses(argument, classes);
            }
            if (p.getOwnerType() instanceof ParameterizedType owner) {
                collectClasses(owner, classes);
            }
        } else if (type instanceof GenericArrayType a) {
            collectClasses(a.getGenericComponentType(), classes);
        } else if (type instanceof WildcardType w) {
            collectClasses(w.getUpperBounds()[0], classes);
        }
    }

    /** {@code component[]}, as a class when the component is one. */
    static Type arrayOf(Type component) {
        if (component instanceof Class<?> c) {
            return Array.newInstance(c, 0).getClass();
        }
        return new ArrayOf(component);
    }

    /** A parameterized type built here, equal to the JDK's own for the same class and arguments. */
    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;
        private final Type owner;

        Parameterized(Class<?> raw, Type[] arguments, Type owner) {
            this.raw = raw;
            this.arguments = arguments;
            this.owner = owner;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that
                    && raw.equals(that.getRawType())
                    && Objects.equals(owner, that.getOwnerType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            // The JDK's formula, so that equal types hash alike whoever built them.
            return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            String prefix = owner instanceof ParameterizedType
                    ? owner.getTypeName() + "$" + raw.getSimpleName()
                    : raw.getName();
            return prefix + Arrays.stream(arguments).map(Type::getTypeName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
    }

    /** An array of a parameterized type, such as {@code List<Item>[]}. */
    private static final class ArrayOf implements GenericArrayType {
        private final Type component;

        ArrayOf(Type component) {
            this.component = component;
        }

        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GenericArrayType that && component.equals(that.getGenericComponentType());
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String toString() {
            return component.getTypeName() + "[]";
        }
    }
}
