package io.github.samnative.core.metadata;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.AnnotatedWithParams;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Jackson itself introspects to read and write a type, asked of Jackson: which types it
 * treats as beans (it builds a bean serializer or deserializer for them), and for each its bean
 * description: properties with their fields, getters, setters and creator parameters, creators,
 * any-getters/setters, {@code @JsonValue}, builders, subtypes and custom (de)serializer classes,
 * recursing through every property type and type parameter. Each class and member found becomes
 * a {@link Requirement} on the metadata.
 */
final class JacksonView {

    /**
     * One thing the metadata must allow.
     *
     * @param type the type that must be registered
     * @param what what Jackson uses, for the failure message
     * @param declared the access that allows it; {@code null} when registering the type is enough
     * @param publicAlternative access that allows it too, because the member is public; or {@code null}
     * @param method a method that must be registered by name instead of by flag, or {@code null}
     */
    record Requirement(String type, String what, Access declared, Access publicAlternative, String method) {}

    private final SerializationConfig serializationConfig;
    private final DeserializationConfig deserializationConfig;
    private final SerializerProvider serializers;
    private final DeserializationContext deserializers;
    private final Set<JavaType> seen = new HashSet<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Set<String> beans = new TreeSet<>();

    JacksonView(ObjectMapper mapper) {
        this.serializationConfig = mapper.getSerializationConfig();
        this.deserializationConfig = mapper.getDeserializationConfig();
        this.serializers = mapper.getSerializerProviderInstance();
        this.deserializers = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(deserializationConfig);
    }

    List<Requirement> requirements() {
        return requirements;
    }

    /** Binary names of the classes Jackson treats as beans, for proof that the walk went deep. */
    Set<String> beans() {
        return beans;
    }

    void visit(JavaType type) {
        if (type == null || !seen.add(type)) {
            return;
        }
        Class<?> raw = type.getRawClass();
        if (type.isPrimitive() || raw == Object.class || raw == Void.class) {
            return;
        }
        if (type.isArrayType()) {
            if (!type.getContentType().isPrimitive()) {
                requirements.add(new Requirement(raw.getTypeName(), "Array.newInstance", null, null, null));
            }
            visit(type.getContentType());
            return;
        }
        if (type.isContainerType() || type.isReferenceType()) {
            visit(type.getKeyType());
            visit(type.getContentType());
            JsonDeserializer<?> deserializer = quietly(() -> deserializers.findRootValueDeserializer(type));
            if (deserializer instanceof ValueInstantiator.Gettable gettable && gettable.getValueInstantiator() != null) {
                requireMember(gettable.getValueInstantiator().getDefaultCreator());
            }
            return;
        }
        if (type.isEnumType()) {
            requirements.add(new Requirement(raw.getName(), "the constants' @JsonProperty names",
                    Access.ALL_DECLARED_FIELDS, Access.ALL_PUBLIC_FIELDS, null));
            return;
        }
        if (type.isRecordType()) {
            requirements.add(new Requirement("java.lang.Class", "Class.getRecordComponents", null, null,
                    "getRecordComponents"));
            requirements.add(new Requirement("java.lang.reflect.RecordComponent", "RecordComponent.getName", null,
                    null, "getName"));
            requirements.add(new Requirement("java.lang.reflect.RecordComponent", "RecordComponent.getType", null,
                    null, "getType"));
        }
        // Type arguments of what is not a container (Optional<Audit> handled by a module, say) are read too.
        for (JavaType argument : type.getBindings().getTypeParameters()) {
            visit(argument);
        }
        JsonSerializer<?> serializer = quietly(() -> serializers.findValueSerializer(type));
        if (serializer == null || serializer instanceof BeanSerializerBase) {
            inspect(serializationConfig.introspect(type), serializationConfig);
        }
        JsonDeserializer<?> deserializer = quietly(() -> deserializers.findRootValueDeserializer(type));
        if (deserializer == null || deserializer instanceof BeanDeserializerBase) {
            BeanDescription description = deserializationConfig.introspect(type);
            inspect(description, deserializationConfig);
            inspectBuilder(description);
        }
        visitSubtypes(type, serializationConfig);
        visitSubtypes(type, deserializationConfig);
    }

    private void inspect(BeanDescription description, MapperConfig<?> config) {
        beans.add(description.getBeanClass().getName());
        for (BeanPropertyDefinition property : description.findProperties()) {
            requireMember(quietly(property::getGetter));
            requireMember(quietly(property::getSetter));
            requireMember(quietly(property::getField));
            requireMember(quietly(property::getConstructorParameter));
            visit(property.getPrimaryType());
            AnnotatedMember accessor = quietly(property::getAccessor);
            if (accessor != null) {
                requireCreatedReflectively(config.getAnnotationIntrospector().findSerializer(accessor));
            }
            AnnotatedMember mutator = quietly(property::getMutator);
            if (mutator != null) {
                requireCreatedReflectively(config.getAnnotationIntrospector().findDeserializer(mutator));
            }
        }
        for (AnnotatedWithParams creator : description.getConstructors()) {
            requireCreator(creator);
        }
        for (AnnotatedWithParams creator : description.getFactoryMethods()) {
            requireCreator(creator);
        }
        requireMember(description.findDefaultConstructor());
        requireMember(description.findAnySetterAccessor());
        AnnotatedMember anyGetter = description.findAnyGetter();
        if (anyGetter != null) {
            requireMember(anyGetter);
            visit(anyGetter.getType());
        }
        AnnotatedMember jsonValue = description.findJsonValueAccessor();
        if (jsonValue != null) {
            requireMember(jsonValue);
            visit(jsonValue.getType());
        }
        AnnotatedClass classInfo = description.getClassInfo();
        requireCreatedReflectively(config.getAnnotationIntrospector().findSerializer(classInfo));
        requireCreatedReflectively(config.getAnnotationIntrospector().findDeserializer(classInfo));
    }

    private void inspectBuilder(BeanDescription valueDescription) {
        Class<?> builder = deserializationConfig.getAnnotationIntrospector()
                .findPOJOBuilder(valueDescription.getClassInfo());
        if (builder == null) {
            return;
        }
        JavaType builderType = deserializationConfig.getTypeFactory().constructType(builder);
        BeanDescription builderDescription = deserializationConfig.introspectForBuilder(builderType, valueDescription);
        inspect(builderDescription, deserializationConfig);
        String buildMethod = builderDescription.findPOJOBuilderConfig() == null
                ? "build" : builderDescription.findPOJOBuilderConfig().buildMethodName;
        AnnotatedMethod build = builderDescription.findMethod(buildMethod, new Class<?>[0]);
        requireMember(build);
    }

    private void visitSubtypes(JavaType type, MapperConfig<?> config) {
        AnnotatedClass classInfo = config.introspectClassAnnotations(type).getClassInfo();
        for (NamedType subtype : config.getSubtypeResolver().collectAndResolveSubtypesByClass(config, classInfo)) {
            if (subtype.getType() != type.getRawClass()) {
                visit(config.getTypeFactory().constructType(subtype.getType()));
            }
        }
    }

    private void requireCreator(AnnotatedWithParams creator) {
        requireMember(creator);
        for (int i = 0; i < creator.getParameterCount(); i++) {
            visit(creator.getParameterType(i));
        }
    }

    /** A (de)serializer named by class in an annotation is created through its constructor. */
    private void requireCreatedReflectively(Object named) {
        if (named instanceof Class<?> c && !c.getName().startsWith("com.fasterxml.jackson.")) {
            requirements.add(new Requirement(c.getName(), "the constructor of " + c.getName(),
                    Access.ALL_DECLARED_CONSTRUCTORS, null, null));
        }
    }

    private void requireMember(AnnotatedMember annotated) {
        if (annotated instanceof AnnotatedParameter parameter) {
            requireMember(parameter.getOwner());
            return;
        }
        Member member = annotated == null ? null : annotated.getMember();
        if (member == null || member.getDeclaringClass() == Object.class) {
            return;
        }
        boolean isPublic = Modifier.isPublic(member.getModifiers());
        String type = member.getDeclaringClass().getName();
        if (member instanceof Field) {
            requirements.add(new Requirement(type, "field " + member, Access.ALL_DECLARED_FIELDS,
                    isPublic ? Access.ALL_PUBLIC_FIELDS : null, null));
        } else if (member instanceof Method) {
            requirements.add(new Requirement(type, "method " + member, Access.ALL_DECLARED_METHODS,
                    isPublic ? Access.ALL_PUBLIC_METHODS : null, null));
        } else if (member instanceof Constructor<?>) {
            requirements.add(new Requirement(type, "constructor " + member, Access.ALL_DECLARED_CONSTRUCTORS,
                    isPublic ? Access.ALL_PUBLIC_CONSTRUCTORS : null, null));
        }
    }

    /**
     * Jackson refuses some types outright (conflicting accessors, for instance): then it will fail
     * at run time whatever is registered, and the walk goes on with what it can see.
     */
    private static <T> T quietly(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (Exception e) {
            return null;
        }
    }

    private interface Lookup<T> {
        T get() throws Exception;
    }
}
