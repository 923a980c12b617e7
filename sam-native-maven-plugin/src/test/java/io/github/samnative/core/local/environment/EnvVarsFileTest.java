package io.github.samnative.core.local.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvVarsFileTest {

    @Test
    void aFunctionsEntryWinsOverParameters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("env.json");
        Files.writeString(file, "{\"Orders\": {\"TABLE\": \"orders-local\", \"PORT\": 8000, \"DEBUG\": true},"
                + " \"Parameters\": {\"TABLE\": \"shared\", \"STAGE\": \"local\"}}");

        EnvVarsFile envVars = EnvVarsFile.read(file);

        assertEquals(Map.of("TABLE", "orders-local", "PORT", "8000", "DEBUG", "true", "STAGE", "local"),
                envVars.forFunction("Orders"));
        assertEquals(Map.of("TABLE", "shared", "STAGE", "local"), envVars.forFunction("Other"));
        assertEquals(Map.of("TABLE", "orders-local", "PORT", "8000", "DEBUG", "true"), envVars.functionEntry("Orders"));
        assertEquals(Set.of("Orders"), envVars.functionIds());
    }

    @Test
    void mistakesAreNamedWithTheirPlaceAndFix() {
        SamNativeException notJson = assertThrows(SamNativeException.class,
                () -> EnvVarsFile.parse("{\n\"Orders\": {\"TABLE\": }\n}", "env.json"));
        assertTrue(notJson.getMessage().startsWith("The env-vars file env.json is not valid JSON (line 2)"), notJson.getMessage());
        assertTrue(notJson.getMessage().contains("Fix: write it as {\"FunctionLogicalId\""), notJson.getMessage());

        SamNativeException notAnObject = assertThrows(SamNativeException.class,
                () -> EnvVarsFile.parse("{\"Orders\": \"TABLE=orders\"}", "env.json"));
        assertTrue(notAnObject.getMessage().contains("\"Orders\" is not an object of variables"), notAnObject.getMessage());

        SamNativeException nested = assertThrows(SamNativeException.class,
                () -> EnvVarsFile.parse("{\"Orders\": {\"TABLE\": {\"name\": \"x\"}}}", "env.json"));
        assertTrue(nested.getMessage().contains("Orders.TABLE is not a single value"), nested.getMessage());

        SamNativeException missing = assertThrows(SamNativeException.class, () -> EnvVarsFile.read(Path.of("/nonexistent/env.json")));
        assertTrue(missing.getMessage().startsWith("Cannot read the env-vars file /nonexistent/env.json"), missing.getMessage());
    }
}
