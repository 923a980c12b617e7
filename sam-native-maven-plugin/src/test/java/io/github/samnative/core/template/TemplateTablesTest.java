package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void anOnDemandTableWithoutTableNameIsNamedByItsLogicalId() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Transform: AWS::Serverless-2016-10-31",
                "Resources:",
                "  LinksTable:",
                "    Type: AWS::DynamoDB::Table",
                "    DeletionPolicy: Delete",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions:",
                "        - AttributeName: id",
                "          AttributeType: S",
                "      KeySchema:",
                "        - AttributeName: id",
                "          KeyType: HASH",
                "  Fn:",
                "    Type: AWS::Serverless::Function",
                "    Properties:",
                "      Environment:",
                "        Variables:",
                "          TABLE_NAME: !Ref LinksTable"));

        TemplateTables.Table table = found.tables().get(0);
        assertEquals(1, found.tables().size());
        assertEquals("LinksTable", table.logicalId());
        assertEquals("LinksTable", table.tableName());
        assertEquals(3, table.location().line());
        assertEquals(JSON.readTree("{\"TableName\":\"LinksTable\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}"), JSON.readTree(table.createTableRequest()));
        assertEquals(Map.of("LinksTable", "LinksTable"), found.refValues());
        assertEquals(List.of(), found.skipped());
    }

    @Test
    void aLiteralTableNameIsUsedAndAComputedOneFallsBackToTheLogicalId() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Resources:",
                "  Named:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      TableName: orders-v2",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]",
                "      KeySchema: [{AttributeName: pk, KeyType: HASH}]",
                "  Computed:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      TableName: !Sub '${AWS::StackName}-computed'",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]",
                "      KeySchema: [{AttributeName: pk, KeyType: HASH}]"));

        assertEquals(Map.of("Named", "orders-v2", "Computed", "Computed"), found.refValues());
        assertEquals("orders-v2", request(found, "Named").get("TableName").textValue());
    }

    @Test
    void provisionedIsTheDefaultAndThroughputIsFilledInWhereItIsMissingOrComputed() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Parameters:",
                "  Reads: {Type: Number, Default: 7}",
                "Resources:",
                "  Given:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: N}]",
                "      KeySchema: [{AttributeName: id, KeyType: HASH}]",
                "      ProvisionedThroughput: {ReadCapacityUnits: 3, WriteCapacityUnits: '4'}",
                "  Computed:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PROVISIONED",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: N}]",
                "      KeySchema: [{AttributeName: id, KeyType: HASH}]",
                "      ProvisionedThroughput: {ReadCapacityUnits: !Ref Reads, WriteCapacityUnits: 2}",
                "  Missing:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: N}]",
                "      KeySchema: [{AttributeName: id, KeyType: HASH}]"));

        assertEquals("PROVISIONED", request(found, "Given").get("BillingMode").textValue());
        assertEquals(JSON.readTree("{\"ReadCapacityUnits\":3,\"WriteCapacityUnits\":4}"),
                request(found, "Given").get("ProvisionedThroughput"));
        assertEquals(JSON.readTree("{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":2}"),
                request(found, "Computed").get("ProvisionedThroughput"));
        assertEquals(JSON.readTree("{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5}"),
                request(found, "Missing").get("ProvisionedThroughput"));
    }

    @Test
    void indexesKeepWhatCreateTableKnowsAndDropCloudFormationOnlySettings() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Resources:",
                "  Orders:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions:",
                "        - {AttributeName: pk, AttributeType: S}",
                "        - {AttributeName: sk, AttributeType: S}",
                "        - {AttributeName: status, AttributeType: S}",
                "        - {AttributeName: placedAt, AttributeType: N}",
                "      KeySchema:",
                "        - {AttributeName: pk, KeyType: HASH}",
                "        - {AttributeName: sk, KeyType: RANGE}",
                "      GlobalSecondaryIndexes:",
                "        - IndexName: byStatus",
                "          KeySchema:",
                "            - {AttributeName: status, KeyType: HASH}",
                "            - {AttributeName: placedAt, KeyType: RANGE}",
                "          Projection:",
                "            ProjectionType: INCLUDE",
                "            NonKeyAttributes: [total, customer]",
                "          ContributorInsightsSpecification: {Enabled: true}",
                "      LocalSecondaryIndexes:",
                "        - IndexName: byPlacedAt",
                "          KeySchema:",
                "            - {AttributeName: pk, KeyType: HASH}",
                "            - {AttributeName: placedAt, KeyType: RANGE}",
                "          Projection: {ProjectionType: KEYS_ONLY}",
                "      StreamSpecification: {StreamViewType: NEW_AND_OLD_IMAGES}",
                "      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}"));

        JsonNode request = request(found, "Orders");
        assertEquals(JSON.readTree("[{\"IndexName\":\"byStatus\",\"KeySchema\":["
                + "{\"AttributeName\":\"status\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"placedAt\",\"KeyType\":\"RANGE\"}],"
                + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"total\",\"customer\"]}}]"),
                request.get("GlobalSecondaryIndexes"));
        assertEquals(JSON.readTree("[{\"IndexName\":\"byPlacedAt\",\"KeySchema\":["
                + "{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"placedAt\",\"KeyType\":\"RANGE\"}],"
                + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}]"), request.get("LocalSecondaryIndexes"));
        assertEquals(JSON.readTree("{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}"),
                request.get("StreamSpecification"));
        assertEquals(4, request.get("AttributeDefinitions").size());
        assertTrue(!request.has("PointInTimeRecoverySpecification"), request.toString());
    }

    @Test
    void provisionedGlobalIndexesGetThroughputToo() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Resources:",
                "  Table:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      AttributeDefinitions: [{AttributeName: a, AttributeType: S}, {AttributeName: b, AttributeType: S}]",
                "      KeySchema: [{AttributeName: a, KeyType: HASH}]",
                "      ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}",
                "      GlobalSecondaryIndexes:",
                "        - IndexName: byB",
                "          KeySchema: [{AttributeName: b, KeyType: HASH}]",
                "          Projection: {ProjectionType: ALL}",
                "          ProvisionedThroughput: {ReadCapacityUnits: 2, WriteCapacityUnits: 3}"));

        assertEquals(JSON.readTree("{\"ReadCapacityUnits\":2,\"WriteCapacityUnits\":3}"),
                request(found, "Table").get("GlobalSecondaryIndexes").get(0).get("ProvisionedThroughput"));
    }

    @Test
    void aSimpleTableHasAnIdStringKeyOnDemandByDefault() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Transform: AWS::Serverless-2016-10-31",
                "Resources:",
                "  Sessions:",
                "    Type: AWS::Serverless::SimpleTable",
                "  Counters:",
                "    Type: AWS::Serverless::SimpleTable",
                "    Properties:",
                "      TableName: counters",
                "      PrimaryKey: {Name: counter, Type: Number}",
                "      ProvisionedThroughput: {ReadCapacityUnits: 2, WriteCapacityUnits: 2}",
                "  Blobs:",
                "    Type: AWS::Serverless::SimpleTable",
                "    Properties:",
                "      PrimaryKey: {Type: Binary}"));

        assertEquals(JSON.readTree("{\"TableName\":\"Sessions\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}"), request(found, "Sessions"));
        assertEquals(JSON.readTree("{\"TableName\":\"counters\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"counter\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"counter\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PROVISIONED\","
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":2,\"WriteCapacityUnits\":2}}"), request(found, "Counters"));
        assertEquals("B", request(found, "Blobs").get("AttributeDefinitions").get(0).get("AttributeType").textValue());
    }

    @Test
    void aTableShapedByIntrinsicsOrWithAnUnusableNameIsSkippedWithTheReason() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Conditions:",
                "  Wide: !Equals [a, a]",
                "Resources:",
                "  Dynamic:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]",
                "      KeySchema: !If [Wide, [{AttributeName: id, KeyType: HASH}], []]",
                "  T1:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]",
                "      KeySchema: [{AttributeName: id, KeyType: HASH}]",
                "  NoKeys:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]",
                "  Odd:",
                "    Type: AWS::Serverless::SimpleTable",
                "    Properties:",
                "      PrimaryKey: {Name: id, Type: Text}"));

        assertEquals(List.of(), found.tables());
        assertEquals(4, found.skipped().size(), found.skipped().toString());
        assertTrue(found.skipped().get(0).startsWith("Dynamic (AWS::DynamoDB::Table, template.yaml line 4): KeySchema is"
                + " computed with Fn::If"), found.skipped().get(0));
        assertTrue(found.skipped().get(1).contains("the LogicalId 'T1' is not a valid DynamoDB table name"),
                found.skipped().get(1));
        assertTrue(found.skipped().get(1).contains("give the table a TableName"), found.skipped().get(1));
        assertTrue(found.skipped().get(2).endsWith("it has no KeySchema"), found.skipped().get(2));
        assertTrue(found.skipped().get(3).contains("PrimaryKey.Type 'Text' is not String, Number or Binary"),
                found.skipped().get(3));
    }

    @Test
    void twoTablesWithOneNameAreAnError() throws Exception {
        Path template = write("template.yaml", String.join("\n",
                "Resources:",
                "  First:",
                "    Type: AWS::Serverless::SimpleTable",
                "    Properties: {TableName: same}",
                "  Second:",
                "    Type: AWS::Serverless::SimpleTable",
                "    Properties: {TableName: same}"));

        TemplateException e = assertThrows(TemplateException.class, () -> TemplateTables.read(template));

        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
        assertTrue(e.getMessage().contains("the tables First (template.yaml line 2) and Second are both named 'same'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Fix: give each table its own TableName."), e.getMessage());
    }

    @Test
    void jsonTemplatesAreReadToo() throws Exception {
        Path template = write("template.json", "{\"Resources\": {\"Items\": {\"Type\": \"AWS::DynamoDB::Table\","
                + " \"Properties\": {\"BillingMode\": \"PAY_PER_REQUEST\","
                + " \"AttributeDefinitions\": [{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}],"
                + " \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}}}}");

        assertEquals(Map.of("Items", "Items"), TemplateTables.read(template).refValues());
    }

    @Test
    void aTemplateWithoutTablesHasNone() throws Exception {
        TemplateTables.Found found = read(String.join("\n",
                "Resources:",
                "  Queue:",
                "    Type: AWS::SQS::Queue"));

        assertEquals(List.of(), found.tables());
        assertEquals(List.of(), found.skipped());
    }

    private TemplateTables.Found read(String text) throws Exception {
        return TemplateTables.read(write("template.yaml", text));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text + "\n");
    }

    private static JsonNode request(TemplateTables.Found found, String logicalId) throws Exception {
        return JSON.readTree(found.table(logicalId).orElseThrow().createTableRequest());
    }
}
