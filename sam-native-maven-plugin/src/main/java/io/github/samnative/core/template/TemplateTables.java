package io.github.samnative.core.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.core.template.TemplateValue.Intrinsic;
import io.github.samnative.core.template.TemplateValue.Mapping;
import io.github.samnative.core.template.TemplateValue.Scalar;
import io.github.samnative.core.template.TemplateValue.Sequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The DynamoDB tables a template declares, as DynamoDB {@code CreateTable} requests, so local runs
 * can create them in DynamoDB Local. Reads {@code AWS::DynamoDB::Table} (TableName, KeySchema,
 * AttributeDefinitions, GlobalSecondaryIndexes, LocalSecondaryIndexes, BillingMode,
 * ProvisionedThroughput, StreamSpecification) and {@code AWS::Serverless::SimpleTable}
 * (PrimaryKey, by default {@code id} of type String, and ProvisionedThroughput), as SAM expands it.
 *
 * <p>A table is named as CloudFormation would let functions see it through {@code !Ref}: its
 * {@code TableName} when that is written literally, otherwise its LogicalId (CloudFormation would
 * generate a name; locally the LogicalId is stable and readable). A table whose shape depends on
 * intrinsic functions cannot be created locally and is reported in {@link Found#skipped()}.
 */
public final class TemplateTables {

    static final String DYNAMODB_TABLE = "AWS::DynamoDB::Table";
    static final String SIMPLE_TABLE = "AWS::Serverless::SimpleTable";

    /** DynamoDB's own rule for table and index names. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    /** DynamoDB Local needs throughput for provisioned tables; the value does not limit it. */
    private static final long DEFAULT_CAPACITY = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateTables() {
    }

    /**
     * One table to create.
     *
     * @param logicalId the resource's LogicalId: what {@code !Ref} names in the template
     * @param tableName the name the table gets locally, and the value {@code !Ref logicalId} resolves to
     * @param createTableRequest the body of a DynamoDB {@code CreateTable} request (JSON)
     */
    public record Table(String logicalId, String tableName, String createTableRequest, SourceLocation location) {
        public Table {
            Objects.requireNonNull(logicalId, "logicalId");
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(createTableRequest, "createTableRequest");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * The tables that can be created locally, in template order, and why others cannot.
     *
     * @param skipped one sentence per table left out: LogicalId, line and reason
     */
    public record Found(List<Table> tables, List<String> skipped) {
        public Found {
            tables = List.copyOf(tables);
            skipped = List.copyOf(skipped);
        }

        public Optional<Table> table(String logicalId) {
            return tables.stream().filter(table -> table.logicalId().equals(logicalId)).findFirst();
        }

        /** What {@code !Ref} of each table resolves to locally: LogicalId → table name. */
        public Map<String, String> refValues() {
            Map<String, String> values = new LinkedHashMap<>();
            tables.forEach(table -> values.put(table.logicalId(), table.tableName()));
            return values;
        }
    }

    /** @throws TemplateException when the template cannot be read, or two tables would get one name */
    public static Found read(Path templateFile) throws TemplateException {
        MappingNode root = TemplateParser.parse(templateFile);
        List<Table> tables = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Optional<Node> resources = TemplateNodes.get(root, "Resources");
        if (resources.isEmpty() || !(resources.get() instanceof MappingNode resourceMap)) {
            return new Found(tables, skipped);
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (NodeTuple tuple : resourceMap.getValue()) {
            String logicalId = TemplateNodes.text(tuple.getKeyNode());
            Node resource = tuple.getValueNode();
            String type = TemplateNodes.get(resource, "Type").flatMap(TemplateNodes::plainText).orElse("");
            if (!type.equals(DYNAMODB_TABLE) && !type.equals(SIMPLE_TABLE)) {
                continue;
            }
            SourceLocation location = SourceLocation.of(templateFile, tuple.getKeyNode());
            TemplateValue properties = TemplateNodes.get(resource, "Properties").map(TemplateValues::of)
                    .orElse(new Mapping(Map.of()));
            try {
                Table table = type.equals(DYNAMODB_TABLE)
                        ? dynamoDbTable(logicalId, properties, location)
                        : simpleTable(logicalId, properties, location);
                Table earlier = byName.putIfAbsent(table.tableName(), table);
                if (earlier != null) {
                    problems.add(new TemplateProblem(location, null, "the tables " + earlier.logicalId() + " ("
                            + earlier.location().describeShort() + ") and " + logicalId + " are both named '"
                            + table.tableName() + "'.", "give each table its own TableName."));
                } else {
                    tables.add(table);
                }
            } catch (Unsupported e) {
                skipped.add(logicalId + " (" + type + ", " + location.describeShort() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new Found(tables, skipped);
    }

    private static Table dynamoDbTable(String logicalId, TemplateValue properties, SourceLocation location)
            throws Unsupported {
        Mapping props = mapping(properties, "Properties");
        String tableName = tableName(logicalId, props);
        ObjectNode request = JSON.createObjectNode();
        request.put("TableName", tableName);
        request.set("AttributeDefinitions", attributeDefinitions(required(props, "AttributeDefinitions")));
        request.set("KeySchema", keySchema(required(props, "KeySchema"), "KeySchema"));

        String billingMode = optionalText(props, "BillingMode").orElse("PROVISIONED").toUpperCase(Locale.ROOT);
        if (!billingMode.equals("PAY_PER_REQUEST") && !billingMode.equals("PROVISIONED")) {
            throw new Unsupported("BillingMode '" + billingMode + "' is neither PAY_PER_REQUEST nor PROVISIONED");
        }
        boolean provisioned = billingMode.equals("PROVISIONED");
        request.put("BillingMode", billingMode);
        if (provisioned) {
            request.set("ProvisionedThroughput", throughput(props.entries().get("ProvisionedThroughput")));
        }
        TemplateValue global = props.entries().get("GlobalSecondaryIndexes");
        if (global != null) {
            request.set("GlobalSecondaryIndexes", indexes(global, "GlobalSecondaryIndexes", provisioned));
        }
        TemplateValue local = props.entries().get("LocalSecondaryIndexes");
        if (local != null) {
            request.set("LocalSecondaryIndexes", indexes(local, "LocalSecondaryIndexes", false));
        }
        TemplateValue stream = props.entries().get("StreamSpecification");
        if (stream != null) {
            ObjectNode specification = request.putObject("StreamSpecification");
            specification.put("StreamEnabled", true);
            specification.put("StreamViewType", requiredText(mapping(stream, "StreamSpecification"), "StreamViewType"));
        }
        return new Table(logicalId, tableName, request.toString(), location);
    }

    /** SAM turns a SimpleTable into a one-key table, on demand unless ProvisionedThroughput is given. */
    private static Table simpleTable(String logicalId, TemplateValue properties, SourceLocation location)
            throws Unsupported {
        Mapping props = mapping(properties, "Properties");
        String tableName = tableName(logicalId, props);
        String keyName = "id";
        String keyType = "S";
        TemplateValue primaryKey = props.entries().get("PrimaryKey");
        if (primaryKey != null) {
            Mapping key = mapping(primaryKey, "PrimaryKey");
            keyName = optionalText(key, "Name").orElse(keyName);
            String type = optionalText(key, "Type").orElse("String");
            keyType = switch (type) {
                case "String" -> "S";
                case "Number" -> "N";
                case "Binary" -> "B";
                default -> throw new Unsupported("PrimaryKey.Type '" + type + "' is not String, Number or Binary");
            };
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("TableName", tableName);
        ObjectNode attribute = request.putArray("AttributeDefinitions").addObject();
        attribute.put("AttributeName", keyName);
        attribute.put("AttributeType", keyType);
        ObjectNode element = request.putArray("KeySchema").addObject();
        element.put("AttributeName", keyName);
        element.put("KeyType", "HASH");
        TemplateValue throughput = props.entries().get("ProvisionedThroughput");
        if (throughput == null) {
            request.put("BillingMode", "PAY_PER_REQUEST");
        } else {
            request.put("BillingMode", "PROVISIONED");
            request.set("ProvisionedThroughput", throughput(throughput));
        }
        return new Table(logicalId, tableName, request.toString(), location);
    }

    private static String tableName(String logicalId, Mapping props) throws Unsupported {
        TemplateValue written = props.entries().get("TableName");
        String name = written instanceof Scalar scalar ? scalar.text() : logicalId;
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new Unsupported((written instanceof Scalar ? "TableName '" : "the LogicalId '") + name
                    + "' is not a valid DynamoDB table name (3 to 255 of A-Z, a-z, 0-9, '_', '-', '.')"
                    + (written instanceof Scalar ? "" : "; give the table a TableName"));
        }
        return name;
    }

    private static ArrayNode attributeDefinitions(TemplateValue value) throws Unsupported {
        ArrayNode result = JSON.createArrayNode();
        for (TemplateValue item : sequence(value, "AttributeDefinitions")) {
            Mapping definition = mapping(item, "AttributeDefinitions");
            ObjectNode json = result.addObject();
            json.put("AttributeName", requiredText(definition, "AttributeName"));
            json.put("AttributeType", requiredText(definition, "AttributeType"));
        }
        return result;
    }

    private static ArrayNode keySchema(TemplateValue value, String where) throws Unsupported {
        ArrayNode result = JSON.createArrayNode();
        for (TemplateValue item : sequence(value, where)) {
            Mapping element = mapping(item, where);
            ObjectNode json = result.addObject();
            json.put("AttributeName", requiredText(element, "AttributeName"));
            json.put("KeyType", requiredText(element, "KeyType"));
        }
        return result;
    }

    /** Only the parts CreateTable knows: CloudFormation-only settings (ContributorInsights, ...) are left out. */
    private static ArrayNode indexes(TemplateValue value, String where, boolean provisioned) throws Unsupported {
        ArrayNode result = JSON.createArrayNode();
        for (TemplateValue item : sequence(value, where)) {
            Mapping index = mapping(item, where);
            ObjectNode json = result.addObject();
            json.put("IndexName", requiredText(index, "IndexName"));
            json.set("KeySchema", keySchema(required(index, "KeySchema"), where + ".KeySchema"));
            Mapping projection = mapping(required(index, "Projection"), where + ".Projection");
            ObjectNode projectionJson = json.putObject("Projection");
            Optional<String> projectionType = optionalText(projection, "ProjectionType");
            projectionType.ifPresent(type -> projectionJson.put("ProjectionType", type));
            TemplateValue nonKey = projection.entries().get("NonKeyAttributes");
            if (nonKey != null) {
                ArrayNode attributes = projectionJson.putArray("NonKeyAttributes");
                for (TemplateValue attribute : sequence(nonKey, where + ".Projection.NonKeyAttributes")) {
                    attributes.add(text(attribute, where + ".Projection.NonKeyAttributes"));
                }
            }
            if (provisioned) {
                json.set("ProvisionedThroughput", throughput(index.entries().get("ProvisionedThroughput")));
            }
        }
        return result;
    }

    private static ObjectNode throughput(TemplateValue value) throws Unsupported {
        ObjectNode json = JSON.createObjectNode();
        long read = DEFAULT_CAPACITY;
        long write = DEFAULT_CAPACITY;
        if (value instanceof Mapping mapping) {
            read = capacity(mapping.entries().get("ReadCapacityUnits"));
            write = capacity(mapping.entries().get("WriteCapacityUnits"));
        }
        json.put("ReadCapacityUnits", read);
        json.put("WriteCapacityUnits", write);
        return json;
    }

    /** Capacity written with a parameter or condition does not matter locally: any positive value works. */
    private static long capacity(TemplateValue value) {
        if (value instanceof Scalar scalar) {
            try {
                long units = Long.parseLong(scalar.text().trim());
                return units > 0 ? units : DEFAULT_CAPACITY;
            } catch (NumberFormatException e) {
                return DEFAULT_CAPACITY;
            }
        }
        return DEFAULT_CAPACITY;
    }

    private static TemplateValue required(Mapping mapping, String key) throws Unsupported {
        TemplateValue value = mapping.entries().get(key);
        if (value == null) {
            throw new Unsupported("it has no " + key);
        }
        return value;
    }

    private static String requiredText(Mapping mapping, String key) throws Unsupported {
        return text(required(mapping, key), key);
    }

    private static Optional<String> optionalText(Mapping mapping, String key) throws Unsupported {
        TemplateValue value = mapping.entries().get(key);
        return value == null ? Optional.empty() : Optional.of(text(value, key));
    }

    private static String text(TemplateValue value, String where) throws Unsupported {
        if (value instanceof Scalar scalar) {
            return scalar.text();
        }
        throw new Unsupported(where + " is " + describe(value) + ", not a plain value");
    }

    private static Mapping mapping(TemplateValue value, String where) throws Unsupported {
        if (value instanceof Mapping mapping) {
            return mapping;
        }
        throw new Unsupported(where + " is " + describe(value) + ", not a plain mapping");
    }

    private static List<TemplateValue> sequence(TemplateValue value, String where) throws Unsupported {
        if (value instanceof Sequence sequence) {
            return sequence.items();
        }
        throw new Unsupported(where + " is " + describe(value) + ", not a plain list");
    }

    private static String describe(TemplateValue value) {
        if (value instanceof Intrinsic intrinsic) {
            return "computed with " + intrinsic.function() + " (only written values can be used locally)";
        }
        if (value instanceof Mapping) {
            return "a mapping";
        }
        if (value instanceof Sequence) {
            return "a list";
        }
        return "a single value";
    }

    /** A table whose definition cannot be turned into a CreateTable request without deploying. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }
}
