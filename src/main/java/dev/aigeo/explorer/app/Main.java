package dev.aigeo.explorer.app;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.Fault;
import dev.aigeo.explorer.dataset.FolderSource;
import dev.aigeo.explorer.generate.SyntheticDataset;
import dev.aigeo.explorer.graph.EmbeddedNeo4j;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Schema;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/** Entry point of the jar: reads the environment, runs a sub-command, exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Runs a command; returns its exit status, or -1 when the server keeps running. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine command;
        Config config;
        try {
            command = CommandLine.parse(args);
            config = Config.fromEnv(System.getenv());
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        }
        return switch (command.command()) {
            case "help" -> {
                out.println(CommandLine.HELP);
                yield 0;
            }
            case "validate" -> validate(command, out, err);
            case "import" -> importDataset(command, config, out, err);
            case "generate" -> generate(command, out);
            default -> serve(config, err);
        };
    }

    private static int validate(CommandLine command, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(command.folder())) {
            err.println("error: not a folder: " + command.folder());
            return 2;
        }
        FolderSource.Checked checked = Datasets.check(command.folder());
        if (!checked.faults().isEmpty()) {
            printFaults(checked.faults(), err);
            return 1;
        }
        FolderSource dataset = checked.source();
        out.printf("%s is valid: dataset %s, %d nodes, %d relationships%n", command.folder(), dataset.name(),
                dataset.nodeCount(), dataset.relationshipCount());
        return 0;
    }

    private static int generate(CommandLine command, PrintStream out) {
        long started = System.nanoTime();
        var options = command.options();
        long nodes = new SyntheticDataset(options.get("nodes"), options.get("seed"))
                .write(command.folder(), options.get("relationships"));
        out.printf("wrote %d nodes and %d relationships to %s in %d ms%n", nodes, options.get("relationships"),
                command.folder(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    private static int importDataset(CommandLine command, Config config, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(command.folder())) {
            err.println("error: not a folder: " + command.folder());
            return 2;
        }
        EmbeddedNeo4j embedded = null;
        try {
            embedded = config.embedded() ? EmbeddedNeo4j.start(config.dataDir(), 0, config.neo4jPassword(),
                    config.pageCacheSize()) : null;
            try (Graph graph = Graph.connect(embedded != null ? embedded.boltUri() : config.neo4jUri(),
                    config.neo4jUser(), config.neo4jPassword(), config.neo4jDatabase(), config.queryTimeout())) {
                Schema.apply(graph);
                Datasets.ImportResult result = Datasets.importInto(graph, command.folder(), new ProgressPrinter(err));
                if (!result.imported()) {
                    printFaults(result.faults(), err);
                    err.println("nothing was imported");
                    return 1;
                }
                var r = result.report();
                out.printf("imported %s %s: %d nodes, %d relationships; removed %d nodes and %d relationships "
                        + "no longer in the dataset (%d ms)%n", r.dataset(), r.version() == null ? "" : r.version(),
                        r.nodes(), r.relationships(), r.removedNodes(), r.removedRelationships(), r.millis());
                return 0;
            }
        } catch (RuntimeException e) {
            err.println("import failed: " + e.getMessage());
            if (config.embedded()) {
                err.println("(is the explorer running on the same DATA_DIR? Stop it, or set NEO4J_URI to import "
                        + "through Bolt)");
            }
            return 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int serve(Config config, PrintStream err) {
        try {
            ExplorerServer server = ExplorerServer.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
            return -1;
        } catch (ExplorerServer.DatasetRejected e) {
            printFaults(e.faults(), err);
            err.println("the start-up dataset is invalid; nothing was started");
            return 1;
        }
    }

    private static void printFaults(List<Fault> faults, PrintStream err) {
        faults.forEach(err::println);
        err.println(faults.size() + (faults.size() == 1 ? " fault" : " faults"));
    }
}
