package dev.aigeo.explorer.http;

import dev.aigeo.explorer.graph.GraphUnavailableException;
import dev.aigeo.explorer.graph.QueryTimeoutException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into problem details. Nothing from a stack trace or a driver message reaches
 * a response; the catch-all logs the trace and answers with a generic message.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    public static final int RETRY_AFTER_SECONDS = 5;

    private ErrorMapping() {
    }

    public static void register(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(ValidationException.class, (e, ctx) -> send(ctx, 400, describe(e)));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(GraphUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            send(ctx, 503, "The database is not available at the moment; try again in a few seconds.");
        });
        cfg.routes.exception(QueryTimeoutException.class, (e, ctx) -> send(ctx, 504, e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Something went wrong on the server; the error has been logged.");
        });
        cfg.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, 404, "There is nothing at " + ctx.path());
            }
        });
        cfg.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    static void send(Context ctx, int status, String detail) {
        ctx.status(status);
        ctx.jsonStream(Problem.of(status, HttpStatus.forStatus(status).getMessage(), detail));
        ctx.contentType(Problem.CONTENT_TYPE);
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static String describe(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue().stream()
                        .map(ValidationError::getMessage).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
