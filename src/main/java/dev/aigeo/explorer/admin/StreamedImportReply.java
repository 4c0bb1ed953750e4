package dev.aigeo.explorer.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.dataset.ImportProgress;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.http.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer as server-sent events, for a client that sends {@code Accept: text/event-stream}: {@code progress}
 * events ({@code {"phase", "done", "total"}}: received, validated, nodes, relationships, cleanup) at most every
 * {@link #EVERY_MILLIS} ms within a phase, then exactly one {@code result} (the report) or {@code problem} (problem
 * details, e.g. the 422 with every fault). The status is 200 once the stream has started.
 */
final class StreamedImportReply implements ImportReply {

    static final String CONTENT_TYPE = "text/event-stream";
    static final long EVERY_MILLIS = 250;
    private static final ObjectMapper JSON = Json.mapper();
    private static final Logger LOG = LoggerFactory.getLogger(StreamedImportReply.class);

    private final OutputStream out;
    private String lastPhase = "";
    private long lastSent;

    StreamedImportReply(Context ctx) {
        ctx.status(200);
        ctx.res().setContentType(CONTENT_TYPE);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            this.out = ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportProgress progress() {
        return (phase, done, total) -> {
            long now = System.currentTimeMillis();
            if (!phase.equals(lastPhase) || done == total || now - lastSent >= EVERY_MILLIS) {
                lastPhase = phase;
                lastSent = now;
                send("progress", Map.of("phase", phase, "done", done, "total", total));
            }
        };
    }

    @Override
    public void imported(AdminImportRoutes.ImportAnswer answer) {
        send("result", answer);
    }

    @Override
    public void failed(Problem problem) {
        send("problem", problem);
    }

    @Override
    public void crashed(RuntimeException e) {
        LOG.error("POST /api/admin/import failed", e);
        failed(Problem.of(500, "Internal Server Error", "Something went wrong on the server; the error has been logged."));
    }

    private void send(String event, Object data) {
        try {
            out.write(("event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }
}
