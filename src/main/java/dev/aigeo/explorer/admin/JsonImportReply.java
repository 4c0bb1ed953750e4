package dev.aigeo.explorer.admin;

import dev.aigeo.explorer.dataset.ImportProgress;
import dev.aigeo.explorer.http.Problem;
import io.javalin.http.Context;

/** The plain answer: the report as JSON, or problem details with the request's status. */
final class JsonImportReply implements ImportReply {

    private final Context ctx;

    JsonImportReply(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public ImportProgress progress() {
        return ImportProgress.SILENT;
    }

    @Override
    public void imported(AdminImportRoutes.ImportAnswer answer) {
        ctx.jsonStream(answer);
    }

    @Override
    public void failed(Problem problem) {
        ctx.status(problem.status());
        ctx.jsonStream(problem);
        ctx.contentType(Problem.CONTENT_TYPE);
    }

    @Override
    public void crashed(RuntimeException e) {
        throw e;
    }
}
