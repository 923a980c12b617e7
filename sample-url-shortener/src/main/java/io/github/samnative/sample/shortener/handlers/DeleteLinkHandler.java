package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;
import io.github.samnative.sample.shortener.links.LinkIds;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.wiring.SharedServices;

/** {@code DELETE /links/{id}}: {@code 204}, or {@code 404} when there is no such link. */
public final class DeleteLinkHandler extends RouteHandler {

    private final LinkRepository repository;

    public DeleteLinkHandler() {
        this(SharedServices.repository());
    }

    DeleteLinkHandler(LinkRepository repository) {
        super("DELETE");
        this.repository = repository;
    }

    @Override
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String id = Requests.pathParameter(event, "id").orElse("");
        if (!LinkIds.isWellFormed(id) || !repository.delete(id)) {
            throw HttpProblem.notFound("No link has the id '" + id + "'.");
        }
        return Responses.noContent();
    }
}
