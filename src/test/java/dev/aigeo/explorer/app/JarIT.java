package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.support.Fixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as users run it: sub-commands, exit statuses, and serve → SIGTERM → restart on the same store. */
class JarIT {

    private static final Path JAR = Path.of("target", "ai-geo-explorer.jar");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private int runs;

    private Run run(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out(), err());
    }

    /** Starts the jar with stdout and stderr going to files (a full pipe would block a chatty server). */
    private Process start(Map<String, String> env, String... args) throws IOException {
        runs++;
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + runs + ".txt").toFile())
                .redirectError(dir.resolve("err-" + runs + ".txt").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private String out() throws IOException {
        return Files.readString(dir.resolve("out-" + runs + ".txt"));
    }

    private String err() throws IOException {
        return Files.readString(dir.resolve("err-" + runs + ".txt"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void helpListsTheSubCommandsAndExitsZero() throws Exception {
        Run help = run(Map.of(), "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("serve", "validate <dataset-folder>", "import <dataset-folder>");
    }

    @Test
    void unknownSubCommandsAndOptionsExitTwoWithAUsageLine() throws Exception {
        for (String[] args : new String[][] {{"explode"}, {"--verbose"}, {"validate"}}) {
            Run run = run(Map.of(), args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("usage: java -jar ai-geo-explorer.jar");
        }
        assertThat(run(Map.of("PORT", "many")).err()).contains("PORT must be a whole number");
    }

    @Test
    void validateReportsEveryFaultAndExitsOne() throws Exception {
        assertThat(run(Map.of(), "validate", Fixtures.dataset("fixture").toString()).status()).isZero();

        Files.createDirectories(dir.resolve("bad/nodes"));
        Files.writeString(dir.resolve("bad/nodes/n.csv"), "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:a,lab,\n");
        Run bad = run(Map.of(), "validate", dir.resolve("bad").toString());

        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("nodes/n.csv:3: label 'lab' is not UpperCamelCase", "nodes/n.csv:3: missing name",
                "nodes/n.csv:3: duplicate id 'lab:a' (first defined at nodes/n.csv:2)", "3 faults");
    }

    @Test
    void serveRefusesAFaultyStartupDatasetWithEveryFaultAndStartsNothing() throws Exception {
        Files.createDirectories(dir.resolve("bad/nodes"));
        Files.createDirectories(dir.resolve("bad/relationships"));
        Files.writeString(dir.resolve("bad/nodes/n.csv"), "id:ID,:LABEL,name\nlab:a,Lab,A\nlab:b,lab,B\n");
        Files.writeString(dir.resolve("bad/relationships/r.csv"), ":START_ID,:END_ID,:TYPE,sources:string[]\nlab:a,lab:zz,DEVELOPS,\n");
        Map<String, String> env = Map.of("PORT", String.valueOf(freePort()), "BOLT_PORT", "0",
                "DATA_DIR", dir.resolve("store").toString(), "DATASET", dir.resolve("bad").toString());

        Run refused = run(env, "serve");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("nodes/n.csv:3: label 'lab' is not UpperCamelCase",
                "relationships/r.csv:2: no source", "relationships/r.csv:2: unknown end node 'lab:zz'", "3 faults",
                "nothing was started");
    }

    @Test
    void servesStopsCleanlyOnSigtermAndRestartsOnTheSameStore() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("PORT", String.valueOf(port), "BOLT_PORT", "0",
                "DATA_DIR", dir.resolve("store").toString(), "DATASET", Fixtures.dataset("fixture").toString());

        Process first = start(env);
        assertThat(waitForHealth(port, first)).isEqualTo(200);
        assertThat(search(port, "deeps")).contains("lab:deepseek");
        assertThat(waitForLog("Warmed up")).as("the warm-up ran against the served port; every request answered 200")
                .containsPattern("Warmed up: 12 requests in \\d+ ms\\R");
        first.destroy();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
        assertThat(err()).contains("Explorer stopped").doesNotContain("Exception");

        Process second = start(env);
        assertThat(waitForHealth(port, second)).isEqualTo(200);
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(err()).contains("is already in the database, unchanged");
        String debugLog = Files.readString(dir.resolve("store/logs/debug.log"));
        assertThat(debugLog).doesNotContain("Recovery required").contains("Checkpoint triggered by \"Database shutdown\"");
    }

    /** The server's log once it holds {@code text} (at most 60 s later). */
    private String waitForLog(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!err().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return err();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String search(int port, String q) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/search?q=" + q)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Polls /api/health until it answers 200 (the 503 STARTING answers before that are expected). */
    private static int waitForHealth(int port, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        return status;
    }
}
