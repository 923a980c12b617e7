package io.github.samnative.core.local.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The file of {@code sam local invoke --env-vars}: {@code {"FunctionLogicalId": {"VAR": "value"},
 * "Parameters": {"VAR": "value"}}}. A function's own entry wins over {@code Parameters}, which applies
 * to every function.
 */
public final class EnvVarsFile {

    /** The key whose variables apply to every function. */
    public static final String SHARED_KEY = "Parameters";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EnvVarsFile EMPTY = new EnvVarsFile(Map.of(), Map.of());

    private final Map<String, Map<String, String>> functions;
    private final Map<String, String> shared;

    private EnvVarsFile(Map<String, Map<String, String>> functions, Map<String, String> shared) {
        this.functions = functions;
        this.shared = shared;
    }

    public static EnvVarsFile empty() {
        return EMPTY;
    }

    public static EnvVarsFile read(Path file) throws SamNativeException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SamNativeException("Cannot read the env-vars file " + file + ": " + e.getMessage()
                    + "\n  Fix: point the env-vars parameter at an existing JSON file, or leave it out.", e);
        }
        return parse(text, file.toString());
    }

    /** @param source the file's name, for messages */
    public static EnvVarsFile parse(String json, String source) throws SamNativeException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SamNativeException("The env-vars file " + source + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage()
                    + "\n  Fix: write it as {\"FunctionLogicalId\": {\"VAR\": \"value\"}, \"Parameters\": {\"VAR\": \"value\"}}.", e);
        }
        if (root == null || !root.isObject()) {
            throw new SamNativeException("The env-vars file " + source + " must hold a JSON object."
                    + "\n  Fix: write it as {\"FunctionLogicalId\": {\"VAR\": \"value\"}, \"Parameters\": {\"VAR\": \"value\"}}.");
        }
        Map<String, Map<String, String>> functions = new LinkedHashMap<>();
        Map<String, String> shared = Map.of();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Map<String, String> variables = variables(entry.getKey(), entry.getValue(), source);
            if (entry.getKey().equals(SHARED_KEY)) {
                shared = variables;
            } else {
                functions.put(entry.getKey(), variables);
            }
        }
        return new EnvVarsFile(Collections.unmodifiableMap(functions), shared);
    }

    private static Map<String, String> variables(String key, JsonNode node, String source) throws SamNativeException {
        if (!node.isObject()) {
            throw new SamNativeException("In the env-vars file " + source + ", \"" + key + "\" is not an object of variables."
                    + "\n  Fix: write \"" + key + "\": {\"VAR\": \"value\"}.");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> variable : node.properties()) {
            JsonNode value = variable.getValue();
            if (!value.isValueNode() || value.isNull()) {
                throw new SamNativeException("In the env-vars file " + source + ", " + key + "." + variable.getKey()
                        + " is " + (value.isNull() ? "null" : "not a single value") + "; environment variables are strings."
                        + "\n  Fix: give it a string value, e.g. \"" + variable.getKey() + "\": \"value\".");
            }
            variables.put(variable.getKey(), value.asText());
        }
        return Collections.unmodifiableMap(variables);
    }

    /** The variables the file sets for a function: its own entry over {@code Parameters}. */
    public Map<String, String> forFunction(String logicalId) {
        Map<String, String> merged = new LinkedHashMap<>(shared);
        merged.putAll(functions.getOrDefault(logicalId, Map.of()));
        return merged;
    }

    /** The function's own entry, without {@code Parameters}. */
    public Map<String, String> functionEntry(String logicalId) {
        return functions.getOrDefault(logicalId, Map.of());
    }

    /** The {@code Parameters} entry; its values also serve template Parameters of the same name. */
    public Map<String, String> shared() {
        return shared;
    }

    public Set<String> functionIds() {
        return functions.keySet();
    }
}
