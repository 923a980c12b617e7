package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.JsonRequestBody;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.http.Responses;
import io.github.samnative.sample.shortener.links.IdGenerator;
import io.github.samnative.sample.shortener.links.InvalidLinkException;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkCreator;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.links.RandomIds;
import io.github.samnative.sample.shortener.links.SlugTakenException;
import io.github.samnative.sample.shortener.wiring.SharedServices;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /links} with {@code {"url": "...", "slug": "optional"}}: {@code 201} with the new
 * link and its {@code Location}; {@code 400} for a bad body, URL or slug; {@code 409} for a taken slug.
 */
public final class CreateLinkHandler extends RouteHandler {

    private final LinkCreator creator;
    private final PublicBaseUrl baseUrl;

    public CreateLinkHandler() {
        this(SharedServices.repository(), SharedServices.baseUrl(), new RandomIds(), Clock.systemUTC());
    }

    CreateLinkHandler(LinkRepository repository, PublicBaseUrl baseUrl, IdGenerator ids, Clock clock) {
        super("POST");
        this.creator = new LinkCreator(repository, ids, clock);
        this.baseUrl = baseUrl;
    }

    @Override
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        ObjectNode body = JsonRequestBody.read(event);
        String url = JsonRequestBody.requiredText(body, "url");
        Optional<String> slug = JsonRequestBody.optionalText(body, "slug");
        String base = baseUrl.of(event);
        Link link;
        try {
            link = creator.create(url, slug);
        } catch (InvalidLinkException e) {
            throw HttpProblem.badRequest(e.getMessage());
        } catch (SlugTakenException e) {
            throw HttpProblem.conflict(e.getMessage());
        }
        return Responses.json(201, LinkJson.created(link, base),
                Map.of("Location", LinkJson.resourceUrl(base, link.id())));
    }
}
