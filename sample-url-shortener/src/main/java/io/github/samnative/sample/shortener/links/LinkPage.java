package io.github.samnative.sample.shortener.links;

import java.util.List;
import java.util.Optional;

/**
 * One page of links and, when the table may hold more, the id the next page starts after.
 * DynamoDB decides that without looking ahead, so the page after a full one can be empty.
 */
public record LinkPage(List<Link> links, Optional<String> lastId) {

    public LinkPage {
        links = List.copyOf(links);
    }
}
