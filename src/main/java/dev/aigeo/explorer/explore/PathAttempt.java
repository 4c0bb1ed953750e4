package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.ReadTransaction;

/** One way to look for the paths of a request; {@link PathService} tries them in turn until one is settled. */
@FunctionalInterface
interface PathAttempt {

    FoundPaths find(ReadTransaction tx);
}
