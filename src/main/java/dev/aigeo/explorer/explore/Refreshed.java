package dev.aigeo.explorer.explore;

import java.util.function.Supplier;

/** A value read from the database at most every few seconds (schema names, dataset phrases): cheap to ask for. */
final class Refreshed<T> {

    private static final long TTL_NANOS = 10_000_000_000L;

    private record Snapshot<T>(T value, long takenAt) {
    }

    private final Supplier<T> read;
    private volatile Snapshot<T> snapshot;

    Refreshed(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        Snapshot<T> s = snapshot;
        if (s == null || System.nanoTime() - s.takenAt() > TTL_NANOS) {
            s = new Snapshot<>(read.get(), System.nanoTime());
            snapshot = s;
        }
        return s.value();
    }
}
