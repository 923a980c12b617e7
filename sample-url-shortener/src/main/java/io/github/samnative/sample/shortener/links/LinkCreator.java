package io.github.samnative.sample.shortener.links;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Creates links: checks the URL and slug, picks an id and stores the link with a conditional write,
 * so an existing link is never overwritten. A generated id that is taken (or reserved) is simply
 * replaced by another.
 */
public final class LinkCreator {

    /**
     * With 3.5 × 10^12 possible ids, even a table of a billion links makes one collision rare
     * (p ≈ 3 × 10^-4) and this many in a row practically impossible; reaching it means the
     * generator is broken, which must not turn into an endless loop.
     */
    static final int MAX_ATTEMPTS = 8;

    private final LinkRepository repository;
    private final IdGenerator ids;
    private final Clock clock;

    public LinkCreator(LinkRepository repository, IdGenerator ids, Clock clock) {
        this.repository = repository;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @throws InvalidLinkException when the URL or slug breaks a rule
     * @throws SlugTakenException when the custom slug names an existing link
     */
    public Link create(String url, Optional<String> slug) {
        String target = TargetUrls.validate(url);
        slug.ifPresent(LinkIds::checkCustomSlug);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (slug.isPresent()) {
            Link link = new Link(slug.get(), target, now, 0);
            if (!repository.insertIfAbsent(link)) {
                throw new SlugTakenException(slug.get());
            }
            return link;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String id = ids.next();
            if (!LinkIds.isWellFormed(id) || LinkIds.isReserved(id)) {
                continue;
            }
            Link link = new Link(id, target, now, 0);
            if (repository.insertIfAbsent(link)) {
                return link;
            }
        }
        throw new IllegalStateException("No free id after " + MAX_ATTEMPTS + " generated ids were taken; the id"
                + " generator is not producing random ids.");
    }
}
