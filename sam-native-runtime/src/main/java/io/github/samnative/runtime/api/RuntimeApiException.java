package io.github.samnative.runtime.api;

import java.io.IOException;

/** The Runtime API answered with a status the runtime cannot go on from. */
public final class RuntimeApiException extends IOException {

    private final int status;

    public RuntimeApiException(String method, String path, int status, String body) {
        super(method + " " + path + " answered HTTP " + status + (body.isEmpty() ? "" : ": " + body));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
