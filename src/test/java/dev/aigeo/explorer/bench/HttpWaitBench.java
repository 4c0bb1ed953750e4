package dev.aigeo.explorer.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;

/**
 * What answering over HTTP costs a request whose handler waits, as a path search waits on Neo4j (prints figures; not
 * a test). After {@code -Dbench.warmup} rounds without a pause (default 2,000: the server's code compiled, as in a
 * server that has been answering for a while), for each wait the same pause three ways, taking turns,
 * {@code -Dbench.iterations} times (default 300):
 * <ul>
 * <li><b>in caller</b>: {@code Thread.sleep} where the request starts, the least any answer could take;
 * <li><b>raw socket</b>: one byte to a server thread that sleeps, then answers one byte (TCP, no HTTP);
 * <li><b>Javalin</b>: {@code GET} a bare Javalin route that sleeps, then answers {@code 1}, asked through
 * {@link BenchHttp} as the other benchmarks ask the API.
 * </ul>
 * The API's floor in {@link PathBench} (a bare route running the driver's query) is this last way with the query
 * for a pause.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.bench.HttpWaitBench \
 *     -Dexec.classpathScope=test [-Dbench.waits=0,2,8,24]</pre>
 */
public final class HttpWaitBench {

    private HttpWaitBench() {
    }

    public static void main(String[] args) {
        int[] waits = Arrays.stream(System.getProperty("bench.waits", "0,2,8,24").split(","))
                .mapToInt(w -> Integer.parseInt(w.trim())).toArray();
        run(waits, Integer.getInteger("bench.iterations", 300), Integer.getInteger("bench.warmup", 2_000));
    }

    /** Measures each wait (milliseconds, at most 255) and returns the table it printed. */
    static String run(int[] waits, int iterations, int warmup) {
        BenchSupport.Report report = new BenchSupport.Report();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "localhost";
            config.jetty.port = 0;
            config.routes.get("/wait/{ms}", ctx -> {
                Thread.sleep(Integer.parseInt(ctx.pathParam("ms")));
                ctx.result("1");
            });
        }).start();
        try (SleepingSocket socket = new SleepingSocket()) {
            BenchHttp http = new BenchHttp("http://localhost:" + app.port());
            report.printf("A pause behind HTTP: %d iterations after %d warm-up rounds, p50 in ms%n", iterations,
                    warmup);
            report.printf("%-8s %10s %10s %10s %13s %13s%n", "wait", "in caller", "socket", "Javalin", "socket adds",
                    "Javalin adds");
            measure(0, warmup, socket, http);
            for (int wait : waits) {
                double[][] times = measure(wait, iterations, socket, http);
                double caller = BenchSupport.percentile(times[0], 50);
                double raw = BenchSupport.percentile(times[1], 50);
                double javalin = BenchSupport.percentile(times[2], 50);
                report.printf("%-8s %10.3f %10.3f %10.3f %13.3f %13.3f%n", wait + " ms", caller, raw, javalin,
                        raw - caller, javalin - caller);
            }
        } finally {
            app.stop();
        }
        return report.text();
    }

    /** Each way {@code iterations} times, taking turns: the times in ms, a row per way. */
    private static double[][] measure(int wait, int iterations, SleepingSocket socket, BenchHttp http) {
        double[][] times = new double[3][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int turn = 0; turn < 3; turn++) {
                int way = (turn + i) % 3;
                long start = System.nanoTime();
                switch (way) {
                    case 0 -> sleep(wait);
                    case 1 -> socket.ask(wait);
                    default -> http.get("/wait/" + wait);
                }
                times[way][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A TCP server on one connection: each byte asks it to sleep that many milliseconds, then answer one byte. */
    private static final class SleepingSocket implements AutoCloseable {
        private final ServerSocket server;
        private final Socket client;
        private final Thread answering;

        SleepingSocket() {
            try {
                server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                answering = new Thread(this::answer, "sleeping-socket");
                answering.setDaemon(true);
                answering.start();
                client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                client.setTcpNoDelay(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void ask(int millis) {
            try {
                client.getOutputStream().write(millis);
                if (client.getInputStream().read() < 0) {
                    throw new IllegalStateException("the sleeping socket closed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void answer() {
            try (Socket accepted = server.accept()) {
                accepted.setTcpNoDelay(true);
                InputStream in = accepted.getInputStream();
                OutputStream out = accepted.getOutputStream();
                for (int millis = in.read(); millis >= 0; millis = in.read()) {
                    sleep(millis);
                    out.write(1);
                }
            } catch (IOException e) {
                // closed: the benchmark is over
            }
        }

        @Override
        public void close() {
            try {
                client.close();
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
