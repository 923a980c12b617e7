package io.github.samnative.core.local.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

    @ParameterizedTest
    @CsvSource({
        "text/plain, true",
        "text/html; charset=UTF-8, true",
        "application/json, true",
        "Application/JSON; charset=utf-8, true",
        "application/problem+json, true",
        "application/xml, true",
        "application/atom+xml, true",
        "application/javascript, true",
        "application/x-www-form-urlencoded, true",
        "application/octet-stream, false",
        "image/png, false",
        "multipart/form-data; boundary=x, false",
        "application/pdf, false"})
    void textTypesStayTextAndTheRestIsBinary(String contentType, boolean text) {
        assertEquals(text, MediaTypes.isText(contentType));
    }
}
