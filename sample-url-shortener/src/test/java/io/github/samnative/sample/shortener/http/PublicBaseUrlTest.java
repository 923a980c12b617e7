package io.github.samnative.sample.shortener.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

    private final PublicBaseUrl fromRequest = new PublicBaseUrl(Optional.empty());

    @Test
    void theDefaultStageIsNotPartOfTheUrl() {
        assertEquals("https://" + HttpApiEvents.DOMAIN, fromRequest.of(HttpApiEvents.request("GET", "/links").build()));
    }

    @Test
    void aNamedStageIsTheFirstPathSegment() {
        assertEquals("https://" + HttpApiEvents.DOMAIN + "/prod",
                fromRequest.of(HttpApiEvents.request("GET", "/links").stage("prod").build()));
    }

    @Test
    void withoutARequestContextTheHostHeaderNamesTheHostAndThePortIsKept() {
        APIGatewayV2HTTPEvent event = HttpApiEvents.request("GET", "/links").header("x-forwarded-proto", "http")
                .header("x-forwarded-port", "3000").header("host", "127.0.0.1:3000").build();
        event.setRequestContext(null);

        assertEquals("http://127.0.0.1:3000", fromRequest.of(event));
    }

    @Test
    void theDefaultPortOfTheSchemeIsLeftOut() {
        assertEquals("http://" + HttpApiEvents.DOMAIN, fromRequest.of(HttpApiEvents.request("GET", "/links")
                .header("x-forwarded-proto", "http").header("x-forwarded-port", "80").build()));
    }

    @Test
    void anUnknownForwardedProtocolFallsBackToHttps() {
        assertEquals("https://" + HttpApiEvents.DOMAIN, fromRequest.of(HttpApiEvents.request("GET", "/links")
                .header("x-forwarded-proto", "gopher").build()));
    }

    @Test
    void baseUrlWinsOverTheRequestWithoutItsTrailingSlash() {
        assertEquals("https://sho.rt/x", new PublicBaseUrl(Optional.of(" https://sho.rt/x/ "))
                .of(HttpApiEvents.request("GET", "/links").stage("prod").build()));
    }

    @Test
    void aBlankBaseUrlMeansFromTheRequest() {
        assertEquals("https://" + HttpApiEvents.DOMAIN,
                new PublicBaseUrl(Optional.of("  ")).of(HttpApiEvents.request("GET", "/links").build()));
    }

    @Test
    void aHostHeaderThatIsNoHostNameIs400() {
        APIGatewayV2HTTPEvent event = HttpApiEvents.request("GET", "/links").header("host", "evil.example/path?").build();
        event.setRequestContext(null);

        HttpProblem problem = assertThrows(HttpProblem.class, () -> fromRequest.of(event));

        assertEquals(400, problem.status());
    }
}
