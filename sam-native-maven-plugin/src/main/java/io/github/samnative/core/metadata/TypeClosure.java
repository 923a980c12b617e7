package io.github.samnative.core.metadata;

import io.github.samnative.core.handler.GenericTypes;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.MalformedParameterizedTypeException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Walks everything Jackson may introspect when it reads or writes a type, and collects the
 * registrations that makes necessary. Deliberately a superset of Jackson's own view: a class is
 * walked through
 * <ul>
 *   <li>its superclass and interfaces, with their type arguments resolved ({@code Page<Item>}
 *       resolves {@code List<T> items} to {@code List<Item>});
 *   <li>every instance field that is not transient;
 *   <li>the return type of public no-argument methods and the parameter type of public
 *       one-argument methods (getters, setters, builder methods, record accessors);
 *   <li>every type in the signature of a method annotated with a Jackson annotation, static
 *       factories ({@code @JsonCreator}) included, and of every constructor;
 *   <li>the classes named in Jackson annotations: {@code @JsonSubTypes} subtypes,
 *       {@code @JsonDeserialize(builder = ..., using = ...)}, {@code @JsonSerialize(using = ...)}...
 * </ul>
 * Type arguments of containers, maps, Optional and arrays are walked too; JDK classes themselves
 * follow {@link JdkTypes}. Each class found gets every member registered, since Jackson picks
 * among fields, accessors and constructors by rules too detailed to predict safely.
 */
final class TypeClosure {

    /** Beyond this many differently parameterized uses of one class, it is walked raw (ends recursion like Node<List<T>>). */
    private static final int MAX_INSTANTIATIONS_PER_CLASS = 8;

    private static final Set<Access> ALL_MEMBERS = EnumSet.allOf(Access.class);

    private final Predicate<Class<?>> opaque;
    private final Map<String, Set<Access>> access = new TreeMap<>();
    private final Map<String, Set<String>> methods = new TreeMap<>();
    private final Set<String> warnings = new TreeSet<>();
    private final Deque<Type> pending = new ArrayDeque<>();
    private final Set<Type> seenTypes = new HashSet<>();
    private final Set<String> seenClasses = new HashSet<>();
    private final Map<Class<?>, Integer> instantiations = new HashMap<>();
    private final Set<Class<?>> jdkSupertypes = new HashSet<>();

    /** @param opaque classes Jackson handles without reflection (custom serializers), not to be walked */
    TypeClosure(Predicate<Class<?>> opaque) {
        this.opaque = opaque;
    }

    void add(Type root) {
        pending.add(root);
        while (!pending.isEmpty()) {
            Type next = pending.poll();
            if (seenTypes.add(next)) {
                walk(next);
            }
        }
    }

    ReachabilityMetadata result() {
        List<ReflectionEntry> entries = new ArrayList<>();
        Set<String> types = new TreeSet<>(access.keySet());
        types.addAll(methods.keySet());
        for (String type : types) {
            entries.add(new ReflectionEntry(type, access.getOrDefault(type, Set.of()),
                    List.copyOf(methods.getOrDefault(type, Set.of()))));
        }
        return new ReachabilityMetadata(entries, List.copyOf(warnings));
    }

    private void walk(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                walkArray(c);
            } else if (!c.isPrimitive()) {
                walkClass(c, Map.of());
            }
        } else if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (JdkTypes.isJdk(raw)) {
                useJdkValueType(raw);
                for (Type argument : p.getActualTypeArguments()) {
                    pending.add(argument);
                }
            } else {
                walkClass(raw, GenericTypes.bindingsOf(p));
            }
        } else if (type instanceof GenericArrayType a) {
            register(GenericTypes.rawClass(a).getTypeName(), Set.of());
            pending.add(a.getGenericComponentType());
        } else if (type instanceof WildcardType w) {
            pending.add(w.getUpperBounds()[0]);
        } else if (type instanceof TypeVariable<?> v) {
            // Unbound: Jackson falls back to the bound, as do we.
            pending.add(GenericTypes.rawClass(v));
        }
    }

    private void walkArray(Class<?> array) {
        Class<?> component = array.getComponentType();
        if (component.isPrimitive()) {
            return; // byte[], int[]...: built-in deserializers create these directly
        }
        register(array.getTypeName(), Set.of());
        pending.add(component);
    }

    private void walkClass(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        if (JdkTypes.isJackson(c) || opaque.test(c)) {
            return;
        }
        if (JdkTypes.isJdk(c)) {
            useJdkValueType(c);
            return;
        }
        Map<TypeVariable<?>, Type> used = bindings;
        if (!bindings.isEmpty() && instantiations.merge(c, 1, Integer::sum) > MAX_INSTANTIATIONS_PER_CLASS) {
            used = Map.of();
        }
        if (!seenClasses.add(key(c, used))) {
            return;
        }
        register(c.getName(), ALL_MEMBERS);
        if (c.isRecord()) {
            registerRecordSupport();
        }
        try {
            walkSupertypes(c, used);
            walkFields(c, used);
            walkMethods(c, used);
            walkConstructors(c, used);
            walkAnnotationClasses(c);
        } catch (LinkageError | TypeNotPresentException | MalformedParameterizedTypeException e) {
            // LinkageError covers NoClassDefFoundError and GenericSignatureFormatError.
            warnings.add(c.getName() + " could not be inspected completely (" + e + "); Jackson will fail on it "
                    + "at run time too. Add the dependency that provides the missing class.");
        }
    }

    private void walkSupertypes(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        List<Type> supertypes = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supertypes.add(c.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            Type resolved = GenericTypes.substitute(supertype, bindings);
            Class<?> raw = GenericTypes.rawClass(resolved);
            if (raw == Object.class || JdkTypes.isJackson(raw)) {
                continue;
            }
            if (JdkTypes.isJdk(raw)) {
                registerJdkSupertypes(raw);
                if (resolved instanceof ParameterizedType p) {
                    for (Type argument : p.getActualTypeArguments()) {
                        pending.add(argument);
                    }
                }
            } else {
                pending.add(resolved);
            }
        }
    }

    private void walkFields(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        for (Field field : c.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                pending.add(GenericTypes.substitute(field.getGenericType(), bindings));
            }
            walkAnnotationClasses(field);
        }
    }

    private void walkMethods(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        for (Method method : c.getDeclaredMethods()) {
            if (method.isSynthetic() || method.isBridge()) {
                continue;
            }
            boolean annotated = hasJacksonAnnotation(method);
            boolean accessor = Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers());
            Type[] parameters = method.getGenericParameterTypes();
            if (annotated) {
                walkSignature(method, bindings);
            } else if (accessor && parameters.length == 0 && method.getReturnType() != void.class) {
                pending.add(GenericTypes.substitute(method.getGenericReturnType(), bindings));
            } else if (accessor && parameters.length == 1) {
                pending.add(GenericTypes.substitute(parameters[0], bindings));
            }
        }
    }

    private void walkConstructors(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        for (Constructor<?> constructor : c.getDeclaredConstructors()) {
            if (!constructor.isSynthetic()) {
                walkSignature(constructor, bindings);
            }
        }
    }

    private void walkSignature(Executable executable, Map<TypeVariable<?>, Type> bindings) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            pending.add(GenericTypes.substitute(parameter, bindings));
        }
        if (executable instanceof Method method && method.getReturnType() != void.class) {
            pending.add(GenericTypes.substitute(method.getGenericReturnType(), bindings));
        }
        walkAnnotationClasses(executable);
        for (Annotation[] annotations : executable.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                walkAnnotationValues(annotation);
            }
        }
    }

    /** Classes named by Jackson annotations: subtypes, builders, custom (de)serializers... */
    private void walkAnnotationClasses(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            walkAnnotationValues(annotation);
        }
    }

    private void walkAnnotationValues(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (!JdkTypes.isJackson(type)) {
            return;
        }
        for (Method attribute : type.getDeclaredMethods()) {
            if (attribute.getParameterCount() != 0) {
                continue;
            }
            Object value;
            try {
                value = attribute.invoke(annotation);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // an attribute that cannot be read names nothing we could register
            }
            walkAnnotationValue(value);
        }
    }

    private void walkAnnotationValue(Object value) {
        if (value instanceof Class<?> c) {
            pending.add(c);
        } else if (value instanceof Class<?>[] classes) {
            for (Class<?> c : classes) {
                pending.add(c);
            }
        } else if (value instanceof Annotation nested) {
            walkAnnotationValues(nested);
        } else if (value instanceof Annotation[] nested) {
            for (Annotation annotation : nested) {
                walkAnnotationValues(annotation);
            }
        }
    }

    private static boolean hasJacksonAnnotation(Method method) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (JdkTypes.isJackson(annotation.annotationType())) {
                return true;
            }
        }
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            for (Annotation annotation : parameter) {
                if (JdkTypes.isJackson(annotation.annotationType())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Jackson lists the declared members of every supertype but Object, JDK ones included. */
    private void registerJdkSupertypes(Class<?> jdkType) {
        if (jdkType == null || jdkType == Object.class || !jdkSupertypes.add(jdkType)) {
            return;
        }
        register(jdkType.getName(), Set.of());
        registerJdkSupertypes(jdkType.getSuperclass());
        for (Class<?> implemented : jdkType.getInterfaces()) {
            registerJdkSupertypes(implemented);
        }
    }

    private void useJdkValueType(Class<?> c) {
        JdkTypes.instantiatedContainer(c).ifPresent(container -> register(container, Set.of(Access.ALL_PUBLIC_CONSTRUCTORS)));
    }

    private void registerRecordSupport() {
        register("java.lang.Record", Set.of());
        registerMethod("java.lang.Class", "getRecordComponents");
        registerMethod("java.lang.reflect.RecordComponent", "getName");
        registerMethod("java.lang.reflect.RecordComponent", "getType");
    }

    private void register(String type, Set<Access> granted) {
        access.computeIfAbsent(type, t -> EnumSet.noneOf(Access.class)).addAll(granted);
    }

    private void registerMethod(String type, String method) {
        methods.computeIfAbsent(type, t -> new TreeSet<>()).add(method);
    }

    private static String key(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        if (bindings.isEmpty()) {
            return c.getName();
        }
        TreeSet<String> parts = new TreeSet<>();
        bindings.forEach((variable, type) ->
                parts.add(variable.getGenericDeclaration() + "." + variable.getName() + "=" + type.getTypeName()));
        return c.getName() + parts;
    }
}
