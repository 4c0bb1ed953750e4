package dev.aigeo.explorer.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A dataset folder imported in two reads, so that no row is held in memory between them: the first validates it
 * whole (nothing is written unless it is faultless) and counts; the second, {@link #rows}, hands the rows to the
 * writer as it reads them, reading ahead on a thread of its own ({@link ReadAhead}). Should the files change in
 * between, the second read fails the import.
 */
public final class FolderSource implements ImportSource {

    /** The outcome of the first read: every fault, or the source to write. */
    public record Checked(List<Fault> faults, FolderSource source) {
    }

    private final Path folder;
    private final String fallbackName;
    private final DatasetReader.Scan scan;
    private final int nodeCount;
    private final int relationshipCount;
    private final DateSpan dateSpan;

    private FolderSource(Path folder, String fallbackName, DatasetReader.Scan scan, int nodeCount,
            int relationshipCount, DateSpan dateSpan) {
        this.folder = folder;
        this.fallbackName = fallbackName;
        this.scan = scan;
        this.nodeCount = nodeCount;
        this.relationshipCount = relationshipCount;
        this.dateSpan = dateSpan;
    }

    /**
     * The first read: checks the folder, with references outside it looked up in what {@code existing} gives for
     * the dataset's name, and counts its rows.
     */
    static Checked check(Path folder, String fallbackName,
            Function<String, DatasetValidator.ExistingEntities> existing) {
        DatasetValidator checks = new DatasetValidator();
        DateSpan.Collector dates = new DateSpan.Collector();
        int[] counts = new int[2];
        RowSink counter = RowSink.of(node -> counts[0]++, relationship -> counts[1]++);
        DatasetReader.Scan scan = DatasetReader.scan(folder, fallbackName, RowSink.all(checks, dates, counter));
        List<Fault> faults = checks.faults(scan.faults(), existing.apply(scan.manifest().name()));
        return faults.isEmpty()
                ? new Checked(List.of(), new FolderSource(folder, fallbackName, scan, counts[0], counts[1], dates.span()))
                : new Checked(faults, null);
    }

    @Override
    public Manifest manifest() {
        return scan.manifest();
    }

    @Override
    public String fingerprint() {
        return scan.fingerprint();
    }

    @Override
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public int relationshipCount() {
        return relationshipCount;
    }

    @Override
    public DateSpan dateSpan() {
        return dateSpan;
    }

    @Override
    public void rows(RowSink sink) {
        DatasetReader.Scan again = ReadAhead.scan(folder, fallbackName, sink);
        if (!again.faults().isEmpty() || !again.fingerprint().equals(scan.fingerprint())) {
            throw new IllegalStateException(folder + " changed while it was being imported; import it again");
        }
    }
}
