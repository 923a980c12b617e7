package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Decides what one {@code AWS::Serverless::Function} resource is to sam-native — a function it
 * builds, one it leaves to SAM, or one whose template entry must be fixed first — and reads it.
 */
final class FunctionReader {

    static final String MAKEFILE = "makefile";

    private static final String ARCHITECTURES_FIX = "write `Architectures: [x86_64]` or `Architectures: [arm64]`.";

    /** What a resource turned out to be. */
    sealed interface Outcome permits Built, Skipped, Invalid {
    }

    record Built(ServerlessFunction function) implements Outcome {
    }

    record Skipped(SkippedFunction function) implements Outcome {
    }

    record Invalid(List<TemplateProblem> problems) implements Outcome {
    }

    private final Path file;

    FunctionReader(Path file) {
        this.file = file;
    }

    /**
     * @param keyNode the resource's LogicalId node (its line is the function's line)
     * @param resource the resource's mapping ({@code Type}, {@code Properties}, {@code Metadata})
     * @param globals {@code Globals.Function}, or {@code null}
     */
    Outcome read(Node keyNode, Node resource, Node globals) {
        String logicalId = TemplateNodes.text(keyNode);
        SourceLocation location = SourceLocation.of(file, keyNode);
        Node properties = GlobalsMerger.mergeProperties(globals, TemplateNodes.get(resource, "Properties").orElse(null));
        Node metadata = TemplateNodes.get(resource, "Metadata").orElse(null);
        String buildMethod = TemplateNodes.get(metadata, "BuildMethod").flatMap(TemplateNodes::plainText).orElse(null);
        Optional<Node> runtimeNode = TemplateNodes.get(properties, "Runtime");
        String runtime = runtimeNode.flatMap(TemplateNodes::plainText).orElse(null);

        String packageType = TemplateNodes.get(properties, "PackageType").flatMap(TemplateNodes::plainText).orElse("Zip");
        if (packageType.equals("Image")) {
            return skip(logicalId, runtime, buildMethod, location,
                    "PackageType is Image: SAM builds it as a container image.");
        }
        if (!MAKEFILE.equals(buildMethod)) {
            return skip(logicalId, runtime, buildMethod, location, reasonForNotBuilding(runtime, buildMethod));
        }
        if (runtime != null && RuntimeKind.of(runtime) == RuntimeKind.MANAGED_OTHER) {
            return skip(logicalId, runtime, buildMethod, location, "Runtime " + runtime
                    + " is not a custom runtime: its Makefile build is SAM's, not sam-native's.");
        }

        List<TemplateProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        checkRuntime(logicalId, location, runtimeNode, runtime, problems);
        String handler = readHandler(logicalId, location, properties, problems);
        Optional<String> codeUri = readCodeUri(logicalId, properties, problems);
        Optional<String> projectRoot = readMetadataPath(logicalId, metadata, "ProjectRootDirectory", problems);
        Optional<String> contextPath = readMetadataPath(logicalId, metadata, "ContextPath", problems);
        checkArchitecturesNotInBoth(logicalId, globals, TemplateNodes.get(resource, "Properties").orElse(null), problems);
        Architecture architecture = readArchitecture(logicalId, properties, problems);
        int memorySize = readWholeNumber(logicalId, properties, "MemorySize", ServerlessFunction.DEFAULT_MEMORY_SIZE_MB,
                128, 10240, "MB", problems, notes);
        int timeout = readWholeNumber(logicalId, properties, "Timeout", ServerlessFunction.DEFAULT_TIMEOUT_SECONDS,
                1, 900, "seconds", problems, notes);
        Map<String, TemplateValue> environment = readEnvironment(properties, notes);
        if (RuntimeKind.DEPRECATED_CUSTOM.equals(runtime)) {
            notes.add("Runtime provided.al2 (" + runtimeNode.map(n -> SourceLocation.of(file, n)).orElse(location)
                    .describeShort() + ") runs on Amazon Linux 2, which Lambda is retiring and whose glibc (2.26) is"
                    + " older than most build hosts'; prefer provided.al2023.");
        }
        List<ApiEvent> events = new ApiEventReader(file, logicalId, problems, notes)
                .read(TemplateNodes.get(properties, "Events").orElse(null));

        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Built(new ServerlessFunction(logicalId, handler, runtime, codeUri, projectRoot, contextPath,
                architecture, memorySize, timeout, environment, events, location, notes));
    }

    private static Skipped skip(String logicalId, String runtime, String buildMethod, SourceLocation location,
            String reason) {
        return new Skipped(new SkippedFunction(logicalId, runtime, buildMethod, location, reason));
    }

    private static String reasonForNotBuilding(String runtime, String buildMethod) {
        String builtBy = buildMethod == null ? "no Metadata.BuildMethod" : "Metadata.BuildMethod " + buildMethod;
        if (runtime != null && RuntimeKind.of(runtime) == RuntimeKind.MANAGED_JAVA) {
            return "Runtime " + runtime + " with " + builtBy + ": SAM's own Java builder builds it.";
        }
        if (runtime != null && RuntimeKind.of(runtime) == RuntimeKind.CUSTOM) {
            return "Runtime " + runtime + " with " + builtBy
                    + ": SAM builds it (set `Metadata.BuildMethod: makefile` to build it with sam-native).";
        }
        return "Runtime " + (runtime == null ? "(none)" : runtime) + " with " + builtBy + ": SAM builds it.";
    }

    private void checkRuntime(String logicalId, SourceLocation location, Optional<Node> runtimeNode, String runtime,
            List<TemplateProblem> problems) {
        if (runtimeNode.isEmpty()) {
            problems.add(new TemplateProblem(location, logicalId,
                    "Runtime is missing.",
                    "add `Runtime: provided.al2023` to the function's Properties (or to Globals.Function)."));
            return;
        }
        SourceLocation at = SourceLocation.of(file, runtimeNode.get());
        if (runtime == null) {
            problems.add(new TemplateProblem(at, logicalId,
                    "Runtime is not a plain value; sam-native must know it when it builds.",
                    "write `Runtime: provided.al2023`."));
            return;
        }
        switch (RuntimeKind.of(runtime)) {
            case CUSTOM, MANAGED_OTHER -> {
            }
            case MANAGED_JAVA -> problems.add(new TemplateProblem(at, logicalId,
                    "Runtime " + runtime + " is Lambda's managed Java runtime, which runs a jar, but the function has"
                            + " `Metadata.BuildMethod: makefile`. sam-native builds provided.al2023 bootstraps"
                            + " (a native executable or a bundled JVM), not jars for managed runtimes.",
                    "either set `Runtime: provided.al2023` (keeping `BuildMethod: makefile`) to build this function"
                            + " with sam-native, or remove `BuildMethod: makefile` from its Metadata to leave it to"
                            + " SAM's own Java builder."));
            case RETIRED_CUSTOM -> problems.add(new TemplateProblem(at, logicalId,
                    "Runtime provided is the Amazon Linux 1 custom runtime, which Lambda has retired.",
                    "write `Runtime: provided.al2023`."));
            case UNKNOWN -> problems.add(new TemplateProblem(at, logicalId,
                    "Runtime '" + runtime + "' is not a Lambda runtime sam-native knows.",
                    "write `Runtime: provided.al2023` (or `provided.al2`) for a function built with"
                            + " `BuildMethod: makefile`."));
        }
    }

    private String readHandler(String logicalId, SourceLocation location, Node properties,
            List<TemplateProblem> problems) {
        Optional<Node> node = TemplateNodes.get(properties, "Handler");
        Optional<String> text = node.flatMap(TemplateNodes::plainText);
        if (node.isPresent() && text.isEmpty()) {
            problems.add(new TemplateProblem(SourceLocation.of(file, node.get()), logicalId,
                    "Handler is not a plain value; sam-native needs the handler class when it builds.",
                    "write the handler literally, e.g. `Handler: com.example.MyHandler`."));
            return "";
        }
        if (text.isEmpty() || text.get().isBlank()) {
            problems.add(new TemplateProblem(node.map(n -> SourceLocation.of(file, n)).orElse(location), logicalId,
                    "Handler is missing.",
                    "add `Handler: com.example.MyHandler` (a class implementing RequestHandler or"
                            + " RequestStreamHandler) or `Handler: com.example.MyHandler::method` to the function's"
                            + " Properties, or to Globals.Function."));
            return "";
        }
        return text.get().strip();
    }

    private Optional<String> readCodeUri(String logicalId, Node properties, List<TemplateProblem> problems) {
        Optional<Node> node = TemplateNodes.get(properties, "CodeUri");
        if (node.isEmpty() || isEmptyScalar(node.get())) {
            return Optional.empty();
        }
        Optional<String> text = node.get() instanceof MappingNode && !TemplateNodes.isIntrinsic(node.get())
                ? Optional.empty() : TemplateNodes.plainText(node.get());
        if (text.isEmpty() || text.get().contains("://")) {
            problems.add(new TemplateProblem(SourceLocation.of(file, node.get()), logicalId,
                    "CodeUri is not a local directory, but a makefile build runs make in the CodeUri directory.",
                    "write CodeUri as a directory relative to the template, e.g. `CodeUri: .` or `CodeUri: app/`."));
            return Optional.empty();
        }
        return text;
    }

    private Optional<String> readMetadataPath(String logicalId, Node metadata, String key,
            List<TemplateProblem> problems) {
        Optional<Node> node = TemplateNodes.get(metadata, key);
        if (node.isEmpty() || isEmptyScalar(node.get())) {
            return Optional.empty();
        }
        Optional<String> text = TemplateNodes.plainText(node.get());
        if (text.isEmpty()) {
            problems.add(new TemplateProblem(SourceLocation.of(file, node.get()), logicalId,
                    "Metadata." + key + " is not a plain path.",
                    "write it as a directory relative to the template, e.g. `" + key + ": .`."));
        }
        return text;
    }

    /**
     * SAM's documentation makes lists from Globals additive, and SAM (translator 1.110) does exactly
     * that for Architectures too: [arm64] in Globals and [x86_64] in the function deploy as two
     * architectures, which CloudFormation rejects. sam-native reads the function's own list (the
     * meaning the user intended) but stops here, where the fix is clear, rather than at deploy time.
     */
    private void checkArchitecturesNotInBoth(String logicalId, Node globals, Node ownProperties,
            List<TemplateProblem> problems) {
        Optional<Node> global = TemplateNodes.get(globals, "Architectures");
        Optional<Node> own = TemplateNodes.get(ownProperties, "Architectures");
        if (global.isPresent() && own.isPresent()) {
            problems.add(new TemplateProblem(SourceLocation.of(file, own.get()), logicalId,
                    "Architectures is set both here and in Globals.Function (line "
                            + SourceLocation.of(file, global.get()).line() + "). SAM appends a function's list to the"
                            + " Globals list, so the function would deploy with two architectures, which Lambda rejects.",
                    "set Architectures in only one place: remove it from Globals.Function and give each function"
                            + " its own, or remove it from this function."));
        }
    }

    private Architecture readArchitecture(String logicalId, Node properties, List<TemplateProblem> problems) {
        Optional<Node> node = TemplateNodes.get(properties, "Architectures");
        if (node.isEmpty()) {
            return Architecture.X86_64;
        }
        SourceLocation at = SourceLocation.of(file, node.get());
        if (!TemplateNodes.isPlainSequence(node.get())) {
            String why = TemplateNodes.isIntrinsic(node.get())
                    ? " sam-native picks the binary to build from it, so it cannot be an intrinsic function."
                    : "";
            problems.add(new TemplateProblem(at, logicalId,
                    "Architectures must be a list with one entry, x86_64 or arm64." + why, ARCHITECTURES_FIX));
            return Architecture.X86_64;
        }
        List<Node> items = ((SequenceNode) node.get()).getValue();
        if (items.size() != 1) {
            List<String> written = new ArrayList<>();
            for (Node item : items) {
                written.add(String.valueOf(TemplateNodes.text(item)));
            }
            problems.add(new TemplateProblem(at, logicalId,
                    "Architectures lists " + items.size() + " entries " + written + "; Lambda allows exactly one.",
                    ARCHITECTURES_FIX));
            return Architecture.X86_64;
        }
        Node item = items.get(0);
        Optional<String> text = TemplateNodes.plainText(item);
        Optional<Architecture> architecture = text.flatMap(Architecture::fromTemplateName);
        if (architecture.isEmpty()) {
            String shown = text.map(t -> "'" + t + "'").orElse("an intrinsic function");
            problems.add(new TemplateProblem(SourceLocation.of(file, item), logicalId,
                    "Architectures value " + shown + " is not valid; Lambda accepts x86_64 or arm64.",
                    ARCHITECTURES_FIX));
            return Architecture.X86_64;
        }
        return architecture.get();
    }

    private int readWholeNumber(String logicalId, Node properties, String key, int defaultValue, int min, int max,
            String unit, List<TemplateProblem> problems, List<String> notes) {
        Optional<Node> node = TemplateNodes.get(properties, key);
        if (node.isEmpty()) {
            return defaultValue;
        }
        SourceLocation at = SourceLocation.of(file, node.get());
        if (TemplateNodes.isIntrinsic(node.get())) {
            TemplateValue value = TemplateValues.of(node.get());
            String function = value instanceof TemplateValue.Intrinsic intrinsic ? intrinsic.function() : "?";
            notes.add(key + " (" + at.describeShort() + ") is an intrinsic function (" + function
                    + "); sam-native uses the default of " + defaultValue + " " + unit + " for local runs.");
            return defaultValue;
        }
        String text = TemplateNodes.plainText(node.get()).orElse(null);
        String fix = "write " + key + " as a whole number of " + unit + " between " + min + " and " + max
                + ", e.g. `" + key + ": " + (key.equals("Timeout") ? 30 : 512) + "`.";
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            String shown = text == null ? "a " + node.get().getNodeId() : "'" + text + "'";
            problems.add(new TemplateProblem(at, logicalId, key + " " + shown + " is not a whole number.", fix));
            return defaultValue;
        }
        int value = Integer.parseInt(text.strip());
        if (value < min || value > max) {
            problems.add(new TemplateProblem(at, logicalId,
                    key + " " + value + " is out of range; Lambda accepts " + min + " to " + max + " " + unit + ".",
                    fix));
            return defaultValue;
        }
        return value;
    }

    private Map<String, TemplateValue> readEnvironment(Node properties, List<String> notes) {
        Map<String, TemplateValue> variables = new LinkedHashMap<>();
        Optional<Node> environment = TemplateNodes.get(properties, "Environment");
        if (environment.isEmpty()) {
            return variables;
        }
        Node node = environment.get();
        if (TemplateNodes.isPlainMapping(node)) {
            Optional<Node> found = TemplateNodes.get(node, "Variables");
            if (found.isEmpty()) {
                return variables;
            }
            node = found.get();
        }
        if (!TemplateNodes.isPlainMapping(node)) {
            if (!isEmptyScalar(node)) {
                notes.add("Environment (" + SourceLocation.of(file, node).describeShort()
                        + ") is an intrinsic function; its variables are not known before deployment.");
            }
            return variables;
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            variables.put(TemplateNodes.text(tuple.getKeyNode()), TemplateValues.of(tuple.getValueNode()));
        }
        return variables;
    }

    private static boolean isEmptyScalar(Node node) {
        String text = TemplateNodes.plainText(node).orElse(null);
        return text != null && text.isEmpty();
    }
}
