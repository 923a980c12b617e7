package io.github.samnative.runtime.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.samnative.runtime.serialization.LambdaJson;

/**
 * The vocabulary of generated handler tables: adapts each handler shape of the managed Java
 * runtime to a {@link LambdaFunction}. Input types are passed in explicitly (built with
 * {@link #type}) because generated code knows them at build time; nothing here inspects
 * generic signatures at run time.
 */
public final class Handlers {

    private Handlers() {}

    /** A class implementing {@code RequestHandler<I, O>}. */
    public static <I, O> LambdaFunction requestHandler(RequestHandler<I, O> handler, JavaType inputType) {
        return typed(inputType, handler::handleRequest);
    }

    /** A class implementing {@code RequestStreamHandler}. */
    public static LambdaFunction streamHandler(RequestStreamHandler handler) {
        return handler::handleRequest;
    }

    /** A {@code Class::method} taking {@code (I)} or {@code (I, Context)}. */
    public static <I, O> LambdaFunction typed(JavaType inputType, TypedFunction<I, O> function) {
        return new TypedAdapter<>(LambdaJson.mapper(), inputType, function);
    }

    /** A {@code Class::method} taking {@code (InputStream, OutputStream[, Context])}. */
    public static LambdaFunction stream(StreamFunction function) {
        return function::apply;
    }

    /** {@code type(Map.class, String.class, Object.class)} is {@code Map<String, Object>}. */
    public static JavaType type(Class<?> raw, JavaType... typeArguments) {
        TypeFactory types = TypeFactory.defaultInstance();
        return typeArguments.length == 0
                ? types.constructType(raw)
                : types.constructParametricType(raw, typeArguments);
    }

    /** An array type such as {@code String[]} or {@code List<Item>[]}. */
    public static JavaType arrayOf(JavaType component) {
        return TypeFactory.defaultInstance().constructArrayType(component);
    }

    private static final class TypedAdapter<I, O> implements LambdaFunction {
        private final ObjectMapper mapper;
        private final JavaType inputType;
        private final TypedFunction<I, O> function;

        TypedAdapter(ObjectMapper mapper, JavaType inputType, TypedFunction<I, O> function) {
            this.mapper = mapper;
            this.inputType = inputType;
            this.function = function;
        }

        @Override
        public void handle(java.io.InputStream event, java.io.OutputStream response,
                           com.amazonaws.services.lambda.runtime.Context context) throws Exception {
            I input;
            try {
                input = mapper.readValue(event, inputType);
            } catch (JacksonException e) {
                throw new EventDeserializationException(inputType.toCanonical(), e);
            }
            O output = function.apply(input, context);
            mapper.writeValue(response, output);
        }
    }
}
