package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiEventsTest {

    @Test
    void readsRestAndHttpApiEventsAndIgnoresOtherSources() throws Exception {
        ServerlessFunction function = TemplateLoader.load(Fixtures.template("events.yaml"))
                .function("ItemsFunction").orElseThrow();

        assertEquals(List.of(
                new ApiEvent("GetItem", ApiEvent.Kind.API, "/items/{id}", "GET"),
                new ApiEvent("AnyRest", ApiEvent.Kind.API, "/rest/{proxy+}", "ANY"),
                new ApiEvent("Proxy", ApiEvent.Kind.HTTP_API, "/{proxy+}", "ANY"),
                new ApiEvent("CatchAll", ApiEvent.Kind.HTTP_API, "$default", "ANY")),
                function.events());
        assertTrue(function.events().get(3).isDefaultRoute());
        assertFalse(function.events().get(2).isDefaultRoute());
        assertEquals("1.0", ApiEvent.Kind.API.payloadFormatVersion());
        assertEquals("2.0", ApiEvent.Kind.HTTP_API.payloadFormatVersion());
    }

    @Test
    void readsEventsOfTheShortFormTagFixture() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("all-short-form-tags.yaml"));

        assertEquals(List.of(new ApiEvent("Shorten", ApiEvent.Kind.API, "/links", "POST"),
                new ApiEvent("Preview", ApiEvent.Kind.HTTP_API, "/links/{code}", "GET")),
                template.function("ShortenFunction").orElseThrow().events());
        assertEquals(List.of(new ApiEvent("Redirect", ApiEvent.Kind.HTTP_API, "/{proxy+}", "ANY")),
                template.function("RedirectFunction").orElseThrow().events());
    }
}
