package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.Json;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;
import io.github.samnative.sample.shortener.links.LinkIds;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.wiring.SharedServices;
import java.util.Optional;

/**
 * {@code GET /{id}}: counts the visit and answers {@code 302} to the stored URL. The target comes
 * only from the table (where it was validated on create), never from the request, so the
 * shortener cannot be used as an open redirect. Unknown ids get {@code 404}: a small page for
 * browsers, JSON for everyone else.
 */
public final class RedirectHandler extends RouteHandler {

    private final LinkRepository repository;

    public RedirectHandler() {
        this(SharedServices.repository());
    }

    RedirectHandler(LinkRepository repository) {
        super("GET");
        this.repository = repository;
    }

    @Override
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String id = Requests.pathParameter(event, "id").orElse("");
        Optional<String> target = LinkIds.isWellFormed(id) ? repository.recordVisit(id) : Optional.empty();
        if (target.isPresent()) {
            return Responses.redirect(target.get());
        }
        boolean browser = Requests.header(event, "accept").map(accept -> accept.contains("text/html")).orElse(false);
        if (browser) {
            return Responses.html(404, "Link not found", "This short link does not exist or was deleted.");
        }
        return Responses.json(404, Json.object().put("message", "No link has the id '" + id + "'."));
    }
}
