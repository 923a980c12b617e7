package io.github.samnative.sample.shortener.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.sample.shortener.http.Json;
import io.github.samnative.sample.shortener.links.Link;

/** How a link looks in responses. The short URL is built per request, never stored: domains change. */
final class LinkJson {

    private LinkJson() {
    }

    /** {@code {"id","url","shortUrl","createdAt"}}: what a create returns. */
    static ObjectNode created(Link link, String baseUrl) {
        ObjectNode json = Json.object();
        json.put("id", link.id());
        json.put("url", link.url());
        json.put("shortUrl", shortUrl(baseUrl, link.id()));
        json.put("createdAt", link.createdAt().toString());
        return json;
    }

    /** The created form plus {@code visits}. */
    static ObjectNode withVisits(Link link, String baseUrl) {
        return created(link, baseUrl).put("visits", link.visits());
    }

    static String shortUrl(String baseUrl, String id) {
        return baseUrl + "/" + id;
    }

    /** The API resource of a link, for {@code Location} after a create. */
    static String resourceUrl(String baseUrl, String id) {
        return baseUrl + "/links/" + id;
    }
}
