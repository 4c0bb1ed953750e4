package dev.aigeo.explorer.admin;

import dev.aigeo.explorer.dataset.DatasetImporter;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.FolderSource;
import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code POST /api/admin/import}: a zipped dataset (raw {@code application/zip} or multipart field
 * {@code dataset}), validated against the database and imported all-or-nothing; {@code dryRun=true} only
 * validates. Faults come back as 422 problem details listing every {@code file:line: reason}.
 */
public final class AdminImportRoutes {

    /** What an import (or a dry run) found. */
    record ImportAnswer(boolean dryRun, String dataset, String version, int nodes, int relationships,
            long removedNodes, long removedRelationships, long millis) {
    }

    private final Graph graph;
    private final AdminAuth auth;
    private final long maxUploadBytes;

    public AdminImportRoutes(Graph graph, AdminAuth auth, long maxUploadBytes) {
        this.graph = graph;
        this.auth = auth;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/admin/import", this::importDataset);
    }

    private void importDataset(Context ctx) {
        auth.require(ctx);
        boolean dryRun = "true".equalsIgnoreCase(ctx.queryParam("dryRun"));
        Path work = TempFolders.create("explorer-import");
        try (InputStream body = body(ctx)) {
            ImportReply reply = wantsEvents(ctx) ? new StreamedImportReply(ctx) : new JsonImportReply(ctx);
            try {
                run(new LimitedInputStream(body, maxUploadBytes), work, dryRun, reply);
            } catch (ApiException e) {
                reply.failed(Problem.of(e.status(), HttpStatus.forStatus(e.status()).getMessage(), e.getMessage()));
            } catch (RuntimeException e) {
                reply.crashed(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFolders.delete(work);
        }
    }

    private void run(InputStream zip, Path work, boolean dryRun, ImportReply reply) {
        Path folder = ZipDataset.unpack(zip, work, maxUploadBytes * 20);
        reply.progress().update("received", 1, 1);
        FolderSource.Checked checked = Datasets.checkAgainst(graph, folder);
        if (!checked.faults().isEmpty()) {
            reply.failed(ImportReply.faults(checked.faults()));
            return;
        }
        FolderSource dataset = checked.source();
        int rows = dataset.nodeCount() + dataset.relationshipCount();
        reply.progress().update("validated", rows, rows);
        if (dryRun) {
            reply.imported(new ImportAnswer(true, dataset.name(), dataset.manifest().version(), dataset.nodeCount(),
                    dataset.relationshipCount(), 0, 0, 0));
            return;
        }
        DatasetImporter.Report r = new DatasetImporter(graph).write(dataset, reply.progress());
        reply.imported(new ImportAnswer(false, r.dataset(), r.version(), r.nodes(), r.relationships(), r.removedNodes(),
                r.removedRelationships(), r.millis()));
    }

    private static boolean wantsEvents(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(StreamedImportReply.CONTENT_TYPE);
    }

    private static InputStream body(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("dataset");
            if (file == null) {
                throw ApiException.badRequest("the multipart body has no field named 'dataset'");
            }
            return file.content();
        }
        if (!type.startsWith("application/zip") && !type.startsWith("application/octet-stream")) {
            throw new ApiException(415, "send the dataset as application/zip or as multipart field 'dataset'");
        }
        return ctx.req().getInputStream();
    }
}
