package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkIds;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.wiring.SharedServices;
import java.util.Optional;

/** {@code GET /links/{id}}: the link with its visit count, or {@code 404}. Reads only. */
public final class GetLinkHandler extends RouteHandler {

    private final LinkRepository repository;
    private final PublicBaseUrl baseUrl;

    public GetLinkHandler() {
        this(SharedServices.repository(), SharedServices.baseUrl());
    }

    GetLinkHandler(LinkRepository repository, PublicBaseUrl baseUrl) {
        super("GET");
        this.repository = repository;
        this.baseUrl = baseUrl;
    }

    @Override
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String id = Requests.pathParameter(event, "id").orElse("");
        Optional<Link> link = LinkIds.isWellFormed(id) ? repository.find(id) : Optional.empty();
        if (link.isEmpty()) {
            throw HttpProblem.notFound("No link has the id '" + id + "'.");
        }
        return Responses.json(200, LinkJson.withVisits(link.get(), baseUrl.of(event)));
    }
}
