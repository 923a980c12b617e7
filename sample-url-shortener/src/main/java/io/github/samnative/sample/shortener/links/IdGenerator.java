package io.github.samnative.sample.shortener.links;

/** Proposes ids for new links; the store decides whether a proposal is free. */
@FunctionalInterface
public interface IdGenerator {

    String next();
}
