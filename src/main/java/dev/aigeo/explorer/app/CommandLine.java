package dev.aigeo.explorer.app;

import java.nio.file.Path;
import java.util.List;

/** The sub-commands of the jar: {@code serve} (default), {@code validate <folder>}, {@code import <folder>}. */
record CommandLine(String command, Path folder) {

    static final String USAGE = "usage: java -jar ai-geo-explorer.jar [serve | validate <dataset-folder> | "
            + "import <dataset-folder> | --help]";

    static final String HELP = USAGE + """


            Sub-commands:
              serve                     start the explorer (the default): web app on $PORT (7070), Neo4j embedded
                                        in $DATA_DIR unless $NEO4J_URI is set, dataset $DATASET or the bundled one
              validate <dataset-folder> check a dataset folder; prints every fault as file:line: reason, exits 1
                                        if there is any
              import <dataset-folder>   validate and import a dataset into the database (all or nothing); replaces
                                        an earlier import of the same dataset name
              --help, -h                show this help

            Environment: PORT, HOST, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, DATA_DIR, BOLT_PORT,
            PAGECACHE_SIZE, DATASET, ADMIN_TOKEN, QUERY_TIMEOUT_SECONDS, CYPHER_TIMEOUT_SECONDS (see README.md).""";

    /** Thrown for a command line that cannot be understood (exit status 2). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return new CommandLine("help", null);
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (args.isEmpty()) {
            return new CommandLine("serve", null);
        }
        String command = args.get(0);
        return switch (command) {
            case "serve" -> {
                expectArguments(args, 0);
                yield new CommandLine(command, null);
            }
            case "validate", "import" -> {
                expectArguments(args, 1);
                yield new CommandLine(command, Path.of(args.get(1)));
            }
            default -> throw new UsageException("unknown sub-command '" + command + "'");
        };
    }

    private static void expectArguments(List<String> args, int count) {
        if (args.size() - 1 != count) {
            throw new UsageException("'" + args.get(0) + "' takes " + (count == 0 ? "no arguments" : "a dataset folder"));
        }
    }
}
