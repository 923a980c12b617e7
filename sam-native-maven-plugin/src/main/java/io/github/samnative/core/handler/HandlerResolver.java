package io.github.samnative.core.handler;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks every {@code Handler} of a template against the user's compiled classes and works out
 * what the generated handler table must call. Runs at build time, so it may use reflection; the
 * image itself never does.
 *
 * <p>Rules, following the managed Java runtime where it has one:
 * <ul>
 *   <li>{@code pkg.Class}: a class implementing {@code RequestStreamHandler} (checked first, as
 *       the managed runtime does) or {@code RequestHandler<I, O>} with concrete type arguments.
 *   <li>{@code pkg.Class::method}: among the public methods of that name (inherited ones too;
 *       bridge methods ignored) those with a supported parameter list are candidates:
 *       {@code (I)}, {@code (I, Context)}, {@code (InputStream, OutputStream)} and
 *       {@code (InputStream, OutputStream, Context)}. The one with most parameters wins, a
 *       trailing {@code Context} counting as one more, as in the managed runtime. Where that
 *       still leaves several, the managed runtime picks whichever reflection lists first; we
 *       refuse instead, because the choice would not be stable.
 *   <li>A type variable that nothing binds is read as its bound when that is more than
 *       {@code Object}; otherwise the input type is unknown and the handler is refused.
 *   <li>The class (and, for typed methods, every class in the input type) must be public, since
 *       the generated table lives in another package; an instance method or an interface
 *       handler needs a concrete, static-if-nested class with a public no-argument constructor.
 * </ul>
 */
public final class HandlerResolver {

    static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private static final String SHAPES = "method(Input), method(Input, Context), "
            + "method(InputStream, OutputStream) or method(InputStream, OutputStream, Context)";

    private final ClassLoader classes;
    private final ClassNameSuggester suggester;

    /**
     * @param classes loads the user's compiled classes and their dependencies
     * @param classDirectories the user's compiled-class folders, searched for suggestions when a
     *     handler names a class that does not exist
     */
    public HandlerResolver(ClassLoader classes, List<Path> classDirectories) {
        this.classes = classes;
        this.suggester = new ClassNameSuggester(classes, classDirectories);
    }

    public HandlerResolver(ClassLoader classes) {
        this(classes, List.of());
    }

    /**
     * Resolves every distinct handler string once (functions may share one).
     *
     * @return one entry per distinct handler string, sorted by it
     * @throws HandlerResolutionException listing every handler that cannot be used
     */
    public List<ResolvedHandler> resolve(List<FunctionHandler> functions) throws HandlerResolutionException {
        Map<String, List<FunctionHandler>> byHandler = new LinkedHashMap<>();
        for (FunctionHandler function : functions) {
            byHandler.computeIfAbsent(function.handler(), handler -> new ArrayList<>()).add(function);
        }
        List<ResolvedHandler> resolved = new ArrayList<>();
        List<HandlerProblem> problems = new ArrayList<>();
        for (List<FunctionHandler> sharing : byHandler.values()) {
            try {
                resolved.add(resolveOne(sharing));
            } catch (Refusal refusal) {
                problems.add(new HandlerProblem(sharing, refusal.problem, refusal.fix));
            }
        }
        if (!problems.isEmpty()) {
            throw new HandlerResolutionException(problems);
        }
        resolved.sort(Comparator.comparing(ResolvedHandler::name));
        return List.copyOf(resolved);
    }

    private ResolvedHandler resolveOne(List<FunctionHandler> sharing) throws Refusal {
        String handler = sharing.get(0).handler();
        List<String> logicalIds = sharing.stream().map(FunctionHandler::logicalId).toList();
        HandlerName name = HandlerName.parse(handler).orElseThrow(() -> malformed(handler));
        Class<?> handlerClass = load(name.className());
        requireAccessible(handlerClass);
        return name.methodName() == null
                ? resolveInterface(handler, logicalIds, handlerClass)
                : resolveMethod(handler, logicalIds, handlerClass, name.methodName());
    }

    private static Refusal malformed(String handler) {
        String problem = handler.strip().equals(handler)
                ? "this is not a handler name."
                : "this is not a handler name: it has spaces around it.";
        return new Refusal(problem,
                "Write the fully qualified class name (package.ClassName, nested classes as Outer$Inner) of a class "
                        + "implementing RequestHandler or RequestStreamHandler, or package.ClassName::methodName, "
                        + "e.g. com.example.OrderHandler::handleRequest.");
    }

    private Class<?> load(String className) throws Refusal {
        try {
            return Class.forName(className, false, classes);
        } catch (ClassNotFoundException e) {
            List<String> near = suggester.suggest(className);
            String fix = near.isEmpty()
                    ? "Correct the class name (fully qualified, nested classes as Outer$Inner), or compile the "
                            + "class into this project or one of its dependencies."
                    : "Did you mean " + near.stream().collect(Collectors.joining(" or ")) + "? Correct the Handler.";
            throw new Refusal("class " + className + " was not found among the compiled classes and dependencies.", fix);
        } catch (LinkageError e) {
            throw new Refusal("class " + className + " was found but could not be loaded: " + e,
                    "If the message names a missing class, add the dependency that contains it; otherwise check "
                            + "the spelling of the Handler, including upper and lower case.");
        }
    }

    private static void requireAccessible(Class<?> handlerClass) throws Refusal {
        if (handlerClass.isAnonymousClass() || handlerClass.isLocalClass()) {
            throw new Refusal("class " + handlerClass.getName() + " is declared inside a method, so nothing outside "
                    + "that method can create or call it.",
                    "Move it to a top-level or static nested class and name that one.");
        }
        for (Class<?> c = handlerClass; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                String which = c == handlerClass ? "class " + c.getName() + " is not public"
                        : "class " + handlerClass.getName() + " is nested in " + c.getName() + ", which is not public";
                throw new Refusal(which + ", so the generated handler table (package "
                                + HandlerTableGenerator.PACKAGE + ") cannot use it.",
                        "Declare " + c.getSimpleName() + " public.");
            }
        }
    }

    // --- pkg.Class ----------------------------------------------------------------------------

    private ResolvedHandler resolveInterface(String handler, List<String> logicalIds, Class<?> handlerClass)
            throws Refusal {
        Optional<Class<?>> streamHandler = optionalClass(REQUEST_STREAM_HANDLER);
        Optional<Class<?>> requestHandler = optionalClass(REQUEST_HANDLER);
        if (streamHandler.isPresent() && streamHandler.get().isAssignableFrom(handlerClass)) {
            requireInstantiable(handlerClass, "handleRequest");
            return new ResolvedHandler(handler, logicalIds, HandlerKind.STREAM_HANDLER, handlerClass,
                    "handleRequest", false, true, null, null);
        }
        if (requestHandler.isEmpty() || !requestHandler.get().isAssignableFrom(handlerClass)) {
            throw new Refusal("class " + handlerClass.getName() + " implements neither RequestHandler nor "
                    + "RequestStreamHandler, and the Handler names no method.",
                    "Implement " + REQUEST_HANDLER + "<Input, Output> (or " + REQUEST_STREAM_HANDLER + "), "
                            + "or name the method to call: " + handlerClass.getName() + "::methodName.");
        }
        requireInstantiable(handlerClass, "handleRequest");
        Type seen = GenericTypes.asSupertype(handlerClass, requestHandler.get());
        if (!(seen instanceof ParameterizedType parameterized)) {
            throw new Refusal("class " + handlerClass.getName() + " implements the raw type RequestHandler, without "
                    + "type arguments, so the type to read the event as is unknown.",
                    "Add type arguments, e.g. implements RequestHandler<YourEvent, YourResult> "
                            + "(RequestHandler<Map<String, Object>, Object> for untyped JSON).");
        }
        Type[] arguments = parameterized.getActualTypeArguments();
        Type input = inputType(arguments[0], handlerClass,
                "the input type of " + handlerClass.getName() + " (RequestHandler's first type argument)");
        requirePublicTypes(input, "handleRequest");
        Type output = outputType(arguments[1]);
        return new ResolvedHandler(handler, logicalIds, HandlerKind.REQUEST_HANDLER, handlerClass,
                "handleRequest", false, true, input, output);
    }

    // --- pkg.Class::method --------------------------------------------------------------------

    private ResolvedHandler resolveMethod(String handler, List<String> logicalIds, Class<?> handlerClass,
                                          String methodName) throws Refusal {
        List<Method> named = publicMethodsNamed(handlerClass, methodName);
        if (named.isEmpty()) {
            throw noSuchMethod(handlerClass, methodName);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Method method : named) {
            shapeOf(method).ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            throw new Refusal("no public method " + methodName + " of " + handlerClass.getName()
                    + " has a parameter list a handler can have; found " + signatures(named) + ".",
                    "Give it one of these parameter lists: " + SHAPES + ", where Context is "
                            + CONTEXT + " and Input is the event type.");
        }
        int best = candidates.stream().mapToInt(Candidate::weight).max().orElseThrow();
        List<Candidate> chosen = candidates.stream().filter(c -> c.weight() == best).toList();
        if (chosen.size() > 1) {
            throw new Refusal("the overloads " + signatures(chosen.stream().map(Candidate::method).toList())
                    + " of " + handlerClass.getName() + " fit equally well, so which one to call is not clear.",
                    "Keep only one public method named " + methodName + " with a handler parameter list, or "
                            + "rename the others (an overload ending in Context is preferred over one without).");
        }
        Candidate candidate = chosen.get(0);
        Method method = candidate.method();
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (!isStatic) {
            requireInstantiable(handlerClass, methodName);
        }
        if (candidate.kind() == HandlerKind.STREAM_METHOD) {
            return new ResolvedHandler(handler, logicalIds, HandlerKind.STREAM_METHOD, handlerClass, methodName,
                    isStatic, candidate.takesContext(), null, null);
        }
        Map<TypeVariable<?>, Type> bindings = GenericTypes.bindingsSeenFrom(handlerClass, method.getDeclaringClass());
        Type input = inputType(GenericTypes.substitute(method.getGenericParameterTypes()[0], bindings),
                handlerClass, "the input type of " + handlerClass.getName() + "::" + methodName);
        requirePublicTypes(input, methodName);
        Type output = outputType(GenericTypes.substitute(method.getGenericReturnType(), bindings));
        return new ResolvedHandler(handler, logicalIds, HandlerKind.TYPED_METHOD, handlerClass, methodName,
                isStatic, candidate.takesContext(), input, output);
    }

    private static List<Method> publicMethodsNamed(Class<?> handlerClass, String methodName) {
        return Arrays.stream(handlerClass.getMethods())
                .filter(m -> m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic())
                .sorted(Comparator.comparing(HandlerResolver::signature))
                .toList();
    }

    private static Refusal noSuchMethod(Class<?> handlerClass, String methodName) {
        for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method declared : c.getDeclaredMethods()) {
                if (declared.getName().equals(methodName)) {
                    return new Refusal("method " + signature(declared) + " of " + c.getName() + " is not public.",
                            "Declare " + methodName + " public.");
                }
            }
        }
        TreeSet<String> available = new TreeSet<>();
        for (Method method : handlerClass.getMethods()) {
            if (method.getDeclaringClass() != Object.class && !method.isSynthetic()) {
                available.add(method.getName());
            }
        }
        String fix = available.isEmpty()
                ? "Add a public method " + methodName + " to " + handlerClass.getName() + "."
                : "Name one of its public methods (" + String.join(", ", available) + ") or add " + methodName + ".";
        return new Refusal("class " + handlerClass.getName() + " has no public method named " + methodName + ".", fix);
    }

    /** The handler shape of a method, or empty when its parameter list is not one. */
    private Optional<Candidate> shapeOf(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean endsWithContext = parameters.length > 0 && isContext(parameters[parameters.length - 1]);
        int weight = parameters.length + (endsWithContext ? 1 : 0);
        int withoutContext = endsWithContext ? parameters.length - 1 : parameters.length;
        if (withoutContext == 2 && parameters[0] == InputStream.class && parameters[1] == OutputStream.class) {
            return Optional.of(new Candidate(method, HandlerKind.STREAM_METHOD, endsWithContext, weight));
        }
        if (withoutContext == 1 && !isStreamOrContext(parameters[0])) {
            return Optional.of(new Candidate(method, HandlerKind.TYPED_METHOD, endsWithContext, weight));
        }
        return Optional.empty();
    }

    private static boolean isContext(Class<?> type) {
        return type.getName().equals(CONTEXT);
    }

    private static boolean isStreamOrContext(Class<?> type) {
        return type == InputStream.class || type == OutputStream.class || isContext(type);
    }

    // --- shared checks ------------------------------------------------------------------------

    private static void requireInstantiable(Class<?> handlerClass, String methodName) throws Refusal {
        String name = handlerClass.getName();
        if (handlerClass.isInterface() || Modifier.isAbstract(handlerClass.getModifiers())) {
            throw new Refusal("class " + name + " is " + (handlerClass.isInterface() ? "an interface" : "abstract")
                    + ", so no instance can be created to call " + methodName + " on.",
                    "Name a concrete class that extends or implements it"
                            + (methodName.equals("handleRequest") ? "." : ", or make " + methodName + " static."));
        }
        if (handlerClass.isMemberClass() && !Modifier.isStatic(handlerClass.getModifiers())) {
            throw new Refusal("class " + name + " is an inner class: it needs an instance of "
                    + handlerClass.getEnclosingClass().getName() + " to be created.",
                    "Declare it static.");
        }
        try {
            handlerClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new Refusal("class " + name + " has no public constructor without parameters, which is needed "
                    + "to create it.",
                    "Add public " + handlerClass.getSimpleName() + "() (create what it needs there or on first use)"
                            + (methodName.equals("handleRequest") ? "." : ", or make " + methodName + " static."));
        }
    }

    private static Type inputType(Type declared, Class<?> handlerClass, String what) throws Refusal {
        TypeVariable<?> unknown = GenericTypes.firstTypeVariable(declared);
        if (unknown != null && isObjectBounded(unknown)) {
            throw new Refusal(what + " is the type variable " + unknown.getName()
                    + " of " + declarer(unknown) + ", which nothing binds to a concrete type, so the type to read "
                    + "the event as is unknown.",
                    "Give " + unknown.getName() + " a concrete type where " + handlerClass.getSimpleName()
                            + " extends or implements " + declarer(unknown) + ", e.g. "
                            + "class " + handlerClass.getSimpleName() + " extends " + declarer(unknown)
                            + "<YourEvent>.");
        }
        return GenericTypes.box(GenericTypes.eraseTypeVariables(declared));
    }

    private static Type outputType(Type declared) {
        return GenericTypes.box(GenericTypes.eraseTypeVariables(declared));
    }

    private static boolean isObjectBounded(TypeVariable<?> variable) {
        return variable.getBounds().length == 1 && variable.getBounds()[0] == Object.class;
    }

    private static String declarer(TypeVariable<?> variable) {
        Object declaration = variable.getGenericDeclaration();
        if (declaration instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (declaration instanceof Method m) {
            return "method " + m.getName();
        }
        return String.valueOf(declaration);
    }

    /** The table names the input type in source, so each class in it must be visible from there. */
    private static void requirePublicTypes(Type input, String methodName) throws Refusal {
        for (Class<?> c : GenericTypes.classesIn(input)) {
            if (c.isPrimitive()) {
                continue;
            }
            for (Class<?> enclosing = c; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
                if (!Modifier.isPublic(enclosing.getModifiers()) || enclosing.getCanonicalName() == null) {
                    String uses = enclosing == input ? "" : " uses " + enclosing.getName() + ", which";
                    throw new Refusal("the input type " + input.getTypeName() + " of " + methodName + uses
                            + " is not a public class, so the generated handler table cannot name it.",
                            "Declare " + enclosing.getName() + " public (top-level or static nested).");
                }
            }
        }
    }

    private Optional<Class<?>> optionalClass(String name) {
        try {
            return Optional.of(Class.forName(name, false, classes));
        } catch (ClassNotFoundException | LinkageError e) {
            // Without aws-lambda-java-core on the classpath nothing can implement its interfaces.
            return Optional.empty();
        }
    }

    private static String signatures(List<Method> methods) {
        return methods.stream().map(HandlerResolver::signature).collect(Collectors.joining(", "));
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private record Candidate(Method method, HandlerKind kind, boolean takesContext, int weight) {}

    /** Why one handler cannot be used; turned into a {@link HandlerProblem} with its functions. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String problem;
        final String fix;

        Refusal(String problem, String fix) {
            super(problem, null, false, false);
            this.problem = problem;
            this.fix = fix;
        }
    }
}
