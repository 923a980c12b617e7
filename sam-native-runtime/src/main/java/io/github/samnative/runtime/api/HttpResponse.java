package io.github.samnative.runtime.api;

import java.util.Locale;
import java.util.Map;

/** A response read by {@link HttpConnection}; header names are lower-cased. */
record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
