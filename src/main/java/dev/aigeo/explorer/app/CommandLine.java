package dev.aigeo.explorer.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-commands of the jar: {@code serve} (default), {@code validate <folder>}, {@code import <folder>},
 * {@code generate <folder> [--nodes N] [--relationships M] [--seed S]}.
 */
record CommandLine(String command, Path folder, Map<String, Long> options) {

    static final String USAGE = "usage: java -jar ai-geo-explorer.jar [serve | validate <dataset-folder> | "
            + "import <dataset-folder> | generate <folder> [--nodes N] [--relationships M] [--seed S] | --help]";

    /** The options of {@code generate}, with their defaults (the full scale of the benchmarks). */
    static final Map<String, Long> GENERATE_DEFAULTS = Map.of("nodes", 1_000_000L, "relationships", 5_000_000L,
            "seed", 42L);

    static final String HELP = USAGE + """


            Sub-commands:
              serve                     start the explorer (the default): web app on $PORT (7070), Neo4j embedded
                                        in $DATA_DIR unless $NEO4J_URI is set, dataset $DATASET or the bundled one
              validate <dataset-folder> check a dataset folder; prints every fault as file:line: reason, exits 1
                                        if there is any
              import <dataset-folder>   validate and import a dataset into the database (all or nothing); replaces
                                        an earlier import of the same dataset name
              generate <folder>         write a synthetic dataset for scale tests: --nodes (1000000),
                                        --relationships (5000000), --seed (42); the same files for the same seed
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
            return new CommandLine("help", null, Map.of());
        }
        if (!args.isEmpty() && args.get(0).equals("generate")) {
            return generate(args.subList(1, args.size()));
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (args.isEmpty()) {
            return new CommandLine("serve", null, Map.of());
        }
        String command = args.get(0);
        return switch (command) {
            case "serve" -> {
                expectArguments(args, 0);
                yield new CommandLine(command, null, Map.of());
            }
            case "validate", "import" -> {
                expectArguments(args, 1);
                yield new CommandLine(command, Path.of(args.get(1)), Map.of());
            }
            default -> throw new UsageException("unknown sub-command '" + command + "'");
        };
    }

    private static CommandLine generate(List<String> args) {
        Map<String, Long> options = new LinkedHashMap<>(GENERATE_DEFAULTS);
        Path folder = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (folder != null) {
                    throw new UsageException("'generate' takes one folder");
                }
                folder = Path.of(arg);
                continue;
            }
            String[] nameValue = arg.substring(2).split("=", 2);
            if (!GENERATE_DEFAULTS.containsKey(nameValue[0])) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            String value = nameValue.length == 2 ? nameValue[1] : i + 1 < args.size() ? args.get(++i) : "";
            try {
                long number = Long.parseLong(value.replace("_", ""));
                if (number < 0 || !nameValue[0].equals("seed") && number < 1) {
                    throw new NumberFormatException();
                }
                options.put(nameValue[0], number);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + nameValue[0] + " needs a positive whole number, got '" + value + "'");
            }
        }
        if (folder == null) {
            throw new UsageException("'generate' takes a folder to write the dataset into");
        }
        return new CommandLine("generate", folder, Map.copyOf(options));
    }

    private static void expectArguments(List<String> args, int count) {
        if (args.size() - 1 != count) {
            throw new UsageException("'" + args.get(0) + "' takes " + (count == 0 ? "no arguments" : "a dataset folder"));
        }
    }
}
