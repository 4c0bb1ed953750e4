package dev.aigeo.explorer.console;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code perClient} queries at a time for each client, so that one visitor cannot occupy the database.
 * The caller names the client; the console uses the address of the connection.
 */
final class ClientSlots {

    /** A slot held for one query; closing it frees the slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final int perClient;
    private final Map<String, Integer> busy = new HashMap<>();

    ClientSlots(int perClient) {
        this.perClient = perClient;
    }

    /** A slot for {@code client}, or empty when it already holds {@code perClient} of them. */
    synchronized Optional<Slot> tryTake(String client) {
        int running = busy.getOrDefault(client, 0);
        if (running >= perClient) {
            return Optional.empty();
        }
        busy.put(client, running + 1);
        AtomicBoolean held = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (held.getAndSet(false)) {
                release(client);
            }
        });
    }

    /** How many clients hold a slot now (a client that holds none is forgotten). */
    synchronized int clients() {
        return busy.size();
    }

    private synchronized void release(String client) {
        busy.computeIfPresent(client, (key, running) -> running > 1 ? running - 1 : null);
    }
}
