package io.github.samnative.core.local;

import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.environment.LambdaVariables;
import io.github.samnative.core.local.environment.VariableResolver;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.ServerlessFunction;
import io.github.samnative.core.template.TemplateValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the template's functions into {@link LocalFunction}s: finds each one's built artifact and
 * gives every environment variable its local value, the way {@code sam local} does with
 * {@code --env-vars} and {@code --parameter-overrides}.
 *
 * <p>A variable's value is, in this order: the function's entry in the env-vars file; the file's
 * {@code Parameters} entry; the template's value, with {@code !Ref Param} taken from the parameter
 * overrides, then from the file's {@code Parameters}, then from the Parameter's Default. As in SAM, the
 * file sets only variables the template declares. A value that cannot be known locally is reported and
 * left unset, never silently empty.
 */
public final class LocalFunctions {

    private static final String SAM_BUILD_DIR = ".aws-sam/build";

    private LocalFunctions() {
    }

    /** Where {@code sam build} and sam-native put artifacts: {@code <template dir>/.aws-sam/build}. */
    public static Path defaultBuildDirectory(SamTemplate template) {
        return template.directory().resolve(SAM_BUILD_DIR);
    }

    /**
     * @param buildDirectory holds one {@code <LogicalId>/bootstrap} per function
     * @param parameterOverrides values for template Parameters (like {@code --parameter-overrides})
     * @param log receives a warning for each value that cannot be used
     */
    public static List<LocalFunction> fromTemplate(SamTemplate template, Path buildDirectory, EnvVarsFile envVars,
            Map<String, String> parameterOverrides, String region, LogSink log) {
        Map<String, String> parameterValues = new LinkedHashMap<>(envVars.shared());
        parameterValues.putAll(parameterOverrides);
        VariableResolver resolver = new VariableResolver(template.parameters(), parameterValues, region);

        Set<String> unknown = new TreeSet<>(envVars.functionIds());
        List<LocalFunction> functions = new ArrayList<>();
        for (ServerlessFunction function : template.functions()) {
            unknown.remove(function.logicalId());
            functions.add(new LocalFunction(function.logicalId(), function.handler(), function.architecture(),
                    function.memorySizeMb(), function.timeoutSeconds(),
                    buildDirectory.resolve(function.logicalId()).toAbsolutePath().normalize(),
                    variables(function, envVars, resolver, log), function.events(), function.location()));
        }
        for (String id : unknown) {
            log.warning("sam-native: the env-vars file has an entry for " + id + ", which is not a function sam-native"
                    + " runs from " + template.file().getFileName() + "; it is ignored. Fix: use a LogicalId from the"
                    + " template (they are case-sensitive).");
        }
        return functions;
    }

    private static Map<String, String> variables(ServerlessFunction function, EnvVarsFile envVars,
            VariableResolver resolver, LogSink log) {
        String where = function.logicalId() + " (" + function.location().describeShort() + ")";
        Map<String, String> overrides = envVars.forFunction(function.logicalId());
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, TemplateValue> entry : function.environment().entrySet()) {
            String name = entry.getKey();
            if (LambdaVariables.RESERVED.contains(name)) {
                log.warning("sam-native: " + where + ": environment variable " + name + " is reserved: Lambda sets it"
                        + " itself and refuses to deploy a function that defines it. It is ignored here."
                        + " Fix: remove it from Environment.Variables, or rename it.");
                continue;
            }
            if (overrides.containsKey(name)) {
                variables.put(name, overrides.get(name));
                continue;
            }
            VariableResolver.Resolution resolution = resolver.resolve(entry.getValue());
            if (resolution instanceof VariableResolver.Value value) {
                variables.put(name, value.text());
            } else if (resolution instanceof VariableResolver.Unresolved why) {
                log.warning("sam-native: " + where + ": environment variable " + name + " ("
                        + VariableResolver.describe(entry.getValue()) + ") has no local value: " + why.reason()
                        + ". It is left unset. Fix: give it a value in the env-vars file, e.g. {\""
                        + function.logicalId() + "\": {\"" + name + "\": \"...\"}}.");
            }
        }
        for (String name : envVars.functionEntry(function.logicalId()).keySet()) {
            if (!function.environment().containsKey(name)) {
                log.warning("sam-native: " + where + ": the env-vars file sets " + name + ", which the template does not"
                        + " declare for this function; like sam local, it is ignored. Fix: declare it under"
                        + " Environment.Variables (any value) so the file can set it.");
            }
        }
        return variables;
    }

    /**
     * The same functions with {@code extra} variables added, e.g. a local service's endpoint. A
     * variable the function defines itself wins.
     */
    public static List<LocalFunction> withVariables(List<LocalFunction> functions, Map<String, String> extra) {
        List<LocalFunction> result = new ArrayList<>();
        for (LocalFunction f : functions) {
            Map<String, String> variables = new LinkedHashMap<>(extra);
            variables.putAll(f.variables());
            result.add(new LocalFunction(f.logicalId(), f.handler(), f.architecture(), f.memorySizeMb(),
                    f.timeoutSeconds(), f.artifactDirectory(), variables, f.events(), f.location()));
        }
        return result;
    }
}
