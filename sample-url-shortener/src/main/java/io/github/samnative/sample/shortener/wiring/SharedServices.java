package io.github.samnative.sample.shortener.wiring;

import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.links.LinkRepository;

/**
 * What the handlers share within one execution environment, created on first use and then kept:
 * a DynamoDB client costs tens of milliseconds and its connections are worth reusing, so it is
 * made once per environment, never per request. A function that touches no table (the 405 one)
 * never creates it.
 */
public final class SharedServices {

    private SharedServices() {
    }

    private static final class Holder {
        static final Settings SETTINGS = Settings.from(System::getenv);
        static final LinkRepository REPOSITORY =
                new LinkRepository(DynamoDbClients.forLambda(SETTINGS), SETTINGS.tableName());
        static final PublicBaseUrl BASE_URL = new PublicBaseUrl(SETTINGS.baseUrl());
    }

    public static LinkRepository repository() {
        return Holder.REPOSITORY;
    }

    public static PublicBaseUrl baseUrl() {
        return Holder.BASE_URL;
    }
}
