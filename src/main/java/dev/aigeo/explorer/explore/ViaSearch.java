package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.ReadTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds where the shortest paths through one label between their ends (a pattern of three labels, such as
 * Model → Lab → License) pass that label, by meeting in the middle: a {@link Ball} grows around each end, the
 * cheaper one first, until the labelled entities that both reach prove the shortest length. The search from one
 * end that Cypher's quantified patterns make had to read a hub's whole neighbourhood two hops deep: on a million
 * nodes, 7.8–10 s for a model with 845 relationships to a license with 17,927.
 *
 * <p>A labelled entity found by one ball is often still outside the other, which would have to grow a whole layer to
 * reach it. Looking at that entity's own neighbours instead tells its distance when one of them is inside (one more
 * than the nearest), or that it is at least two hops beyond the other ball's edge: the lower bounds that let the
 * search stop. It stops when no unsettled entity could make a path as short as the best one found, so every
 * labelled entity on a shortest path through the label is among the answer's middles.
 */
final class ViaSearch {

    private static final int FAR = Integer.MAX_VALUE / 4;
    /** The radius at which an entity's neighbours were looked at, before any look. */
    private static final int NOT_LOOKED_AT = -2;

    /** One end's ball, with what looking at its labelled entities' neighbours found out about the other end. */
    private static final class Side {
        final Ball own;
        final Ball other;
        final Map<Long, Integer> otherDistances = new HashMap<>();
        final Map<Long, Integer> lookedAtRadius = new HashMap<>();

        Side(Ball own, Ball other) {
            this.own = own;
            this.other = other;
        }

        /** Hops from the other end to labelled entity {@code id}, when known exactly. */
        Integer otherDistance(long id) {
            Integer inBall = other.distance(id);
            return inBall != null ? inBall : otherDistances.get(id);
        }

        /** The fewest hops a path through {@code id} can have, from what is known of both ends so far. */
        int lowerBound(long id) {
            Integer exact = otherDistance(id);
            int other = exact != null ? exact
                    : this.other.complete() ? FAR
                    : Math.max(this.other.radius() + 1, lookedAtRadius.getOrDefault(id, NOT_LOOKED_AT) + 2);
            return own.distance(id) + other;
        }

        /** The unsettled labelled entities whose bound is {@code bound} and whose neighbours are worth a look. */
        List<Long> worthALook(int bound) {
            return own.labelled().keySet().stream()
                    .filter(id -> otherDistance(id) == null && lowerBound(id) == bound
                            && lookedAtRadius.getOrDefault(id, NOT_LOOKED_AT) < other.radius())
                    .toList();
        }

        void lookAt(ReadTransaction tx, List<Long> ids) {
            Map<Long, Integer> found = other.distancesOfNeighbours(tx, ids);
            otherDistances.putAll(found);
            ids.forEach(id -> lookedAtRadius.put(id, other.radius()));
        }

        /** The degrees of those whose neighbours have not been read yet. */
        long lookCost(List<Long> ids) {
            return ids.stream().filter(id -> !other.knowsNeighboursOf(id))
                    .mapToLong(id -> own.labelled().get(id).degree()).sum();
        }
    }

    /**
     * The relationships a search may read, roughly (the degrees of what it expands): past this it gives up and the
     * pattern's own search is tried. A ball holds every entity it reaches, so this also bounds the memory a search
     * takes: the longest searches measured on a million nodes read 0.95–1.4 million.
     */
    static final long MAX_READ = 2_000_000;

    private final ReadTransaction tx;
    private final int maxHops;
    private final List<Side> sides;
    private long budget;

    private ViaSearch(ReadTransaction tx, PathRequest request, List<Ball> balls, long budget) {
        this.tx = tx;
        this.budget = budget;
        this.maxHops = request.maxHops();
        this.sides = List.of(new Side(balls.get(0), balls.get(1)), new Side(balls.get(1), balls.get(0)));
    }

    /**
     * The ids of the labelled entities that the shortest paths through the middle label pass, within the hop limit;
     * none when there is no such path (or an end is missing); empty when the search gave up ({@link #MAX_READ}).
     */
    static Optional<List<String>> middles(ReadTransaction tx, PathRequest request) {
        return middles(tx, request, MAX_READ);
    }

    /** The same, giving up past {@code budget} relationships read. */
    static Optional<List<String>> middles(ReadTransaction tx, PathRequest request, long budget) {
        List<Ball> balls = Ball.aroundEnds(tx, request);
        return balls.isEmpty() ? Optional.of(List.of()) : new ViaSearch(tx, request, balls, budget).search();
    }

    private Optional<List<String>> search() {
        while (true) {
            int best = best();
            int bound = bound();
            Step next = bound > best || bound > maxHops ? null : cheapestStep(bound);
            if (next == null) {
                return Optional.of(best > maxHops ? List.of() : middlesOfLength(best));
            }
            if (next.cost() > budget) {
                return Optional.empty();
            }
            budget -= next.cost();
            next.action().run();
        }
    }

    /**
     * The shortest length through a settled labelled entity: of a walk, which is a path unless its halves cross
     * (then the pattern's own search is tried).
     */
    private int best() {
        int best = FAR;
        for (Side side : sides) {
            for (long id : side.own.labelled().keySet()) {
                if (side.otherDistance(id) != null) {
                    best = Math.min(best, side.lowerBound(id));
                }
            }
        }
        return best;
    }

    /** No path through an unsettled labelled entity, or one neither ball holds yet, is shorter. */
    private int bound() {
        Ball start = sides.get(0).own;
        Ball end = sides.get(1).own;
        int bound = start.complete() || end.complete() ? FAR : start.radius() + end.radius() + 2;
        for (Side side : sides) {
            for (long id : side.own.labelled().keySet()) {
                if (side.otherDistance(id) == null) {
                    bound = Math.min(bound, side.lowerBound(id));
                }
            }
        }
        return bound;
    }

    /** A step of the search and the relationships it will read, roughly. */
    private record Step(long cost, Runnable action) {
    }

    /**
     * The cheapest next step: a look at the neighbours of the unsettled entities that hold the bound down, or a
     * ball's next layer; null when neither ball can grow and nothing is left to look at.
     */
    private Step cheapestStep(int bound) {
        Step cheapest = null;
        for (Side side : sides) {
            List<Long> ids = side.worthALook(bound);
            long cost = side.lookCost(ids);
            if (!ids.isEmpty() && (cheapest == null || cost < cheapest.cost())) {
                cheapest = new Step(cost, () -> side.lookAt(tx, ids));
            }
            Ball ball = side.own;
            if (!ball.complete() && ball.radius() < maxHops - 1
                    && (cheapest == null || ball.growthCost() < cheapest.cost())) {
                cheapest = new Step(ball.growthCost(), () -> ball.grow(tx));
            }
        }
        return cheapest;
    }

    private List<String> middlesOfLength(int length) {
        TreeSet<String> middles = new TreeSet<>();
        for (Side side : sides) {
            side.own.labelled().keySet().stream()
                    .filter(id -> side.otherDistance(id) != null && side.lowerBound(id) == length)
                    .map(id -> side.own.labelled().get(id).id()).forEach(middles::add);
        }
        return new ArrayList<>(middles);
    }
}
