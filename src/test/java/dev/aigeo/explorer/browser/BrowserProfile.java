package dev.aigeo.explorer.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the time of showing a big graph goes (prints figures; not a test). In the real page in headless Chromium,
 * a synthetic graph (1,000 nodes, {@code -Dbench.edges} edges, default 5,000; a third of them of medium confidence,
 * or all of {@code -Dbench.confidence}) is added, laid out with the force-directed layout and drawn in one task,
 * three times to warm up and three times under the V8 CPU profiler (through the DevTools protocol). Prints each
 * run's phases — adding, layout (which includes styling: Cytoscape styles lazily), first draw — then the profiled
 * CPU time by script and the functions with the most time of their own and with the most time in all.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.browser.BrowserProfile \
 *     -Dexec.classpathScope=test</pre>
 */
public final class BrowserProfile {

    private static final int NODES = 1000;
    private static final int RUNS = 3;
    private static final int SHOWN = 30;

    private static final String SETUP = SyntheticGraphScript.FUNCTIONS + """
            window.profiledPayload = syntheticGraph(arguments[0], arguments[1], arguments[2]);
            explorer.graph.limits = {nodes: Infinity, edges: Infinity};
            explorer.graph.webgl = 'off';""";

    private static final String ONE_TASK = SyntheticGraphScript.FUNCTIONS + """
            const done = arguments[arguments.length - 1];
            const g = explorer.graph;
            (async () => {
              g.clear();
              await frame();
              const t0 = performance.now();
              g.addPayload(structuredClone(window.profiledPayload));
              const t1 = performance.now();
              await g.layout('fcose', {animate: false});
              const t2 = performance.now();
              await drawn(g);
              const t3 = performance.now();
              done(`add ${Math.round(t1 - t0)} ms, layout ${Math.round(t2 - t1)} ms, draw ${Math.round(t3 - t2)} ms, `
                + `total ${Math.round(t3 - t0)} ms`);
            })().catch(e => done('error: ' + e));""";

    private BrowserProfile() {
    }

    public static void main(String[] args) throws IOException {
        Path dataset = HubDataset.write("profile", "org:profile-hub", "Profile hub", 10);
        try (ExplorerPage page = ExplorerPage.of(dataset, "profile").start()) {
            page.browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
            page.open("/?n=org:profile-hub");
            page.settle();
            page.js(SETUP, NODES, Integer.getInteger("bench.edges", 5000), System.getProperty("bench.confidence"));
            for (int i = 0; i < RUNS; i++) {
                System.out.println("warm-up: " + page.browser.executeAsyncScript(ONE_TASK));
            }
            page.browser.executeCdpCommand("Profiler.enable", Map.of());
            page.browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
            page.browser.executeCdpCommand("Profiler.start", Map.of());
            for (int i = 0; i < RUNS; i++) {
                System.out.println("profiled: " + page.browser.executeAsyncScript(ONE_TASK));
            }
            print(new CpuProfile(page.browser.executeCdpCommand("Profiler.stop", Map.of()).get("profile")));
        }
        System.exit(0); // the embedded Neo4j's shutdown hook closes the store
    }

    private static void print(CpuProfile profile) {
        System.out.printf("%nCPU time over the %d profiled runs, ms%n", RUNS);
        System.out.println("-- by script");
        top(profile.byScript, SHOWN);
        System.out.println("-- by function, own time");
        top(profile.self, SHOWN);
        System.out.println("-- by function, with what it calls");
        top(profile.inclusive, SHOWN);
    }

    private static void top(Map<String, Double> ms, int count) {
        ms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(count)
                .forEach(e -> System.out.printf("%9.1f  %s%n", e.getValue(), e.getKey()));
    }

    /** A V8 CPU profile (DevTools' Profiler.Profile) summed per function and per script. */
    private static final class CpuProfile {

        final Map<String, Double> self = new HashMap<>();
        final Map<String, Double> inclusive = new HashMap<>();
        final Map<String, Double> byScript = new HashMap<>();

        @SuppressWarnings("unchecked")
        CpuProfile(Object raw) {
            Map<String, Object> profile = (Map<String, Object>) raw;
            Map<Long, String> names = new HashMap<>();
            Map<Long, String> scripts = new HashMap<>();
            Map<Long, Long> parents = new HashMap<>();
            for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
                long id = ((Number) node.get("id")).longValue();
                Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
                String url = String.valueOf(frame.get("url"));
                String script = url.isEmpty() ? "(native)" : url.substring(url.lastIndexOf('/') + 1);
                scripts.put(id, script);
                names.put(id, frame.get("functionName") + " " + script + ":" + frame.get("lineNumber"));
                for (Number child : (List<Number>) node.getOrDefault("children", List.of())) {
                    parents.put(child.longValue(), id);
                }
            }
            List<Number> samples = (List<Number>) profile.get("samples");
            List<Number> deltas = (List<Number>) profile.get("timeDeltas");
            for (int i = 0; i < samples.size(); i++) {
                long leaf = samples.get(i).longValue();
                double ms = deltas.get(i).doubleValue() / 1000;
                self.merge(names.get(leaf), ms, Double::sum);
                byScript.merge(scripts.get(leaf), ms, Double::sum);
                Set<String> counted = new HashSet<>(); // a recursive function counts once per sample
                for (Long id = leaf; id != null; id = parents.get(id)) {
                    if (counted.add(names.get(id))) {
                        inclusive.merge(names.get(id), ms, Double::sum);
                    }
                }
            }
        }
    }
}
