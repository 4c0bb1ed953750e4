package dev.aigeo.explorer.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic dataset in the contract CSV format for scale tests: the ontology's label mix, relationship
 * types between the labels they join, power-law degrees (the first entities of each label are hubs with tens of
 * thousands of neighbours at full scale), dates, confidence and sources — the same files for the same seed.
 */
public final class SyntheticDataset {

    /** How many entities of each label per 1,000 (Country is capped: there are only so many). */
    static final Map<String, Integer> LABEL_MIX = new LinkedHashMap<>();
    /** Relationship types with their weight per 1,000 and the labels they join. */
    static final List<Link> LINKS = List.of(
            new Link("PART_OF", 140, "Organization", "Organization"),
            new Link("PARTNERS_WITH", 140, "Organization", "Organization"),
            new Link("LEADS", 80, "Person", "Organization"),
            new Link("DEVELOPS", 80, "Lab", "Model"),
            new Link("BASED_ON", 50, "Model", "Model"),
            new Link("LICENSED_UNDER", 60, "Model", "License"),
            new Link("OPERATES", 30, "CloudProvider", "CloudRegion"),
            new Link("LOCATED_IN", 30, "CloudRegion", "Country"),
            new Link("HEADQUARTERED_IN", 80, "Organization", "Country"),
            new Link("ISSUED", 50, "Government", "Policy"),
            new Link("PROMOTES", 60, "Policy", "Organization"),
            new Link("TARGETS", 40, "Policy", "Lab"),
            new Link("RESTRICTS", 30, "Government", "Model"),
            new Link("INVESTS_IN", 60, "Organization", "Lab"),
            new Link("ADOPTS", 50, "Organization", "Model"));

    static {
        LABEL_MIX.put("Source", 100);
        LABEL_MIX.put("Organization", 250);
        LABEL_MIX.put("Person", 200);
        LABEL_MIX.put("Model", 150);
        LABEL_MIX.put("Lab", 50);
        LABEL_MIX.put("Government", 60);
        LABEL_MIX.put("Policy", 80);
        LABEL_MIX.put("CloudRegion", 30);
        LABEL_MIX.put("Event", 30);
        LABEL_MIX.put("License", 5);
        LABEL_MIX.put("CloudProvider", 3);
        LABEL_MIX.put("Country", 2);
    }

    record Link(String type, int weight, String from, String to) {
    }

    private static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);
    private static final int DAYS = 17 * 365;
    private static final String[] CONFIDENCE = {"high", "high", "high", "medium", "medium", "low"};

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final SplittableRandom random;

    public SyntheticDataset(long nodes, long seed) {
        this.random = new SplittableRandom(seed);
        long assigned = 0;
        for (var mix : LABEL_MIX.entrySet()) {
            long count = Math.max(1, nodes * mix.getValue() / 1000);
            if (mix.getKey().equals("Country")) {
                count = Math.min(count, 250);
            }
            counts.put(mix.getKey(), count);
            assigned += count;
        }
        counts.merge("Organization", Math.max(0, nodes - assigned), Long::sum);
    }

    /** Writes {@code relationships} relationships and the entities into {@code folder}; returns the node count. */
    public long write(Path folder, long relationships) {
        try {
            Files.createDirectories(folder.resolve("nodes"));
            Files.createDirectories(folder.resolve("relationships"));
            Files.writeString(folder.resolve("dataset.json"), """
                    {"name": "synthetic", "version": "%d-%d", "title": "Synthetic scale-test dataset",
                     "license": "CC0-1.0"}
                    """.formatted(total(), relationships));
            for (var label : counts.entrySet()) {
                writeNodes(folder.resolve("nodes/" + label.getKey() + ".csv"), label.getKey(), label.getValue());
            }
            long key = 0;
            int weights = LINKS.stream().mapToInt(Link::weight).sum();
            for (Link link : LINKS) {
                long share = relationships * link.weight() / weights;
                writeLinks(folder.resolve("relationships/" + link.type() + ".csv"), link, share, key);
                key += share;
            }
            return total();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static String id(String label, long index) {
        return label.toLowerCase(java.util.Locale.ROOT) + ":" + index;
    }

    private void writeNodes(Path file, String label, long count) throws IOException {
        boolean source = label.equals("Source");
        try (CSVPrinter out = printer(file)) {
            out.printRecord(source ? List.of("id:ID", ":LABEL", "name", "url", "publisher", "published:date")
                    : List.of("id:ID", ":LABEL", "name", "aliases:string[]", "description", "founded:date"));
            for (long i = 0; i < count; i++) {
                String name = label + " " + i;
                if (source) {
                    out.printRecord(id(label, i), label, "Report " + i, "https://example.org/report/" + i,
                            "Publisher " + (i % 97), date());
                } else {
                    out.printRecord(id(label, i), label, name, random.nextInt(10) == 0 ? "alias " + i : "",
                            "A synthetic " + label.toLowerCase(java.util.Locale.ROOT), random.nextInt(3) == 0 ? date() : "");
                }
            }
        }
    }

    private void writeLinks(Path file, Link link, long count, long firstKey) throws IOException {
        long sources = counts.get("Source");
        try (CSVPrinter out = printer(file)) {
            out.printRecord(":START_ID", ":END_ID", ":TYPE", "sources:string[]", "confidence", "since:date",
                    "until:date", "key");
            for (long i = 0; i < count; i++) {
                String since = random.nextInt(10) < 7 ? date() : "";
                String until = !since.isEmpty() && random.nextInt(10) == 0
                        ? LocalDate.parse(since).plusDays(1 + random.nextInt(1500)).toString() : "";
                String cited = id("Source", random.nextLong(sources))
                        + (random.nextInt(4) == 0 ? ";" + id("Source", random.nextLong(sources)) : "");
                out.printRecord(id(link.from(), hub(counts.get(link.from()))), id(link.to(), hub(counts.get(link.to()))),
                        link.type(), cited, CONFIDENCE[random.nextInt(CONFIDENCE.length)], since, until,
                        Long.toString(firstKey + i, 36));
            }
        }
    }

    /** An index skewed towards 0: the first entities of a label collect most relationships (a power law). */
    private long hub(long count) {
        double u = random.nextDouble();
        return Math.min(count - 1, (long) (count * u * u * u));
    }

    private String date() {
        return EPOCH.plusDays(random.nextInt(DAYS)).toString();
    }

    private static CSVPrinter printer(Path file) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }
}
