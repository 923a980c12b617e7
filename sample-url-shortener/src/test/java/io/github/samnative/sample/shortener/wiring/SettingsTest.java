package io.github.samnative.sample.shortener.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void onLambdaTheTableAndRegionComeFromTheEnvironmentAndNoEndpointIsOverridden() {
        Settings settings = Settings.from(Map.of("TABLE_NAME", "stack-LinksTable-1X2Y", "AWS_REGION", "eu-west-1",
                "BASE_URL", "")::get);

        assertEquals(new Settings("stack-LinksTable-1X2Y", "eu-west-1", Optional.empty(), Optional.empty()), settings);
    }

    @Test
    void theServiceSpecificEndpointVariableWinsOverTheGeneralOne() {
        Settings settings = Settings.from(Map.of("TABLE_NAME", "LinksTable", "AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:1111", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000")::get);

        assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")), settings.dynamoDbEndpoint());
    }

    @Test
    void theGeneralEndpointVariableIsUsedAlone() {
        Settings settings = Settings.from(Map.of("TABLE_NAME", "LinksTable", "AWS_DEFAULT_REGION", "us-west-2",
                "AWS_ENDPOINT_URL", "http://localhost:4566")::get);

        assertEquals(Optional.of(URI.create("http://localhost:4566")), settings.dynamoDbEndpoint());
        assertEquals("us-west-2", settings.region());
    }

    @Test
    void aMissingTableNameSaysWhereItComesFrom() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Settings.from(Map.of("AWS_REGION", "us-east-1")::get));

        assertTrue(e.getMessage().contains("TABLE_NAME is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("!Ref LinksTable"), e.getMessage());
    }

    @Test
    void aMissingRegionIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Settings.from(Map.of("TABLE_NAME", "LinksTable")::get));

        assertTrue(e.getMessage().contains("AWS_REGION is not set"), e.getMessage());
    }

    @Test
    void anEndpointOrBaseUrlThatIsNoHttpUrlIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> Settings.from(Map.of("TABLE_NAME", "LinksTable",
                "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_DYNAMODB", "localhost:8000")::get));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Settings.from(Map.of(
                "TABLE_NAME", "LinksTable", "AWS_REGION", "us-east-1", "BASE_URL", "sho.rt")::get));
        assertTrue(e.getMessage().contains("BASE_URL 'sho.rt' is not an http(s) URL"), e.getMessage());
    }
}
