package dev.aigeo.explorer.http;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code perClient} queries at a time for each client, so that one visitor cannot occupy the database
 * (security.md, layer 4). The client is the connection's own address: X-Forwarded-For is written by the client
 * and proves nothing.
 */
public final class ClientSlots {

    /** A slot held for one query; closing it frees the slot. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final int perClient;
    private final Map<String, Integer> busy = new HashMap<>();

    public static final int RETRY_AFTER_SECONDS = 2;

    private final String what;

    /** {@code what} names the work in the 429 message, e.g. "console queries". */
    public ClientSlots(int perClient, String what) {
        this.perClient = perClient;
        this.what = what;
    }

    /** A slot for the request's client, or a 429 (with Retry-After) when it already holds all of its own. */
    public Slot take(Context ctx) {
        return tryTake(ctx.req().getRemoteAddr()).orElseThrow(() -> {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            return new ApiException(429, "You are already running " + perClient + " " + what + ", the most one client"
                    + " may run at a time; wait for one to finish.");
        });
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
