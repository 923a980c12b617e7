package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.Json;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;
import io.github.samnative.sample.shortener.links.InvalidLinkException;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkPage;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.links.PageCursor;
import io.github.samnative.sample.shortener.wiring.SharedServices;
import java.util.Optional;

/**
 * {@code GET /links?limit=N&cursor=C}: a page of links and the cursor of the next one
 * ({@code null} after the last). Reads only.
 */
public final class ListLinksHandler extends RouteHandler {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final LinkRepository repository;
    private final PublicBaseUrl baseUrl;

    public ListLinksHandler() {
        this(SharedServices.repository(), SharedServices.baseUrl());
    }

    ListLinksHandler(LinkRepository repository, PublicBaseUrl baseUrl) {
        super("GET");
        this.repository = repository;
        this.baseUrl = baseUrl;
    }

    @Override
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        int limit = limit(Requests.queryParameter(event, "limit"));
        Optional<String> after;
        try {
            after = Requests.queryParameter(event, "cursor").map(PageCursor::decode);
        } catch (InvalidLinkException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        String base = baseUrl.of(event);
        LinkPage page = repository.list(limit, after);
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        for (Link link : page.links()) {
            items.add(LinkJson.withVisits(link, base));
        }
        if (page.lastId().isPresent()) {
            body.put("nextCursor", PageCursor.encode(page.lastId().get()));
        } else {
            body.putNull("nextCursor");
        }
        return Responses.json(200, body);
    }

    private static int limit(Optional<String> given) {
        if (given.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        String text = given.get().trim();
        // At most three digits: "1e2", "+5", " 7 " or a 30-digit number are not limits.
        if (text.matches("[0-9]{1,3}")) {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        throw HttpProblem.badRequest("\"limit\" is '" + given.get() + "'; use a whole number from 1 to " + MAX_LIMIT
                + " (default " + DEFAULT_LIMIT + ").");
    }
}
