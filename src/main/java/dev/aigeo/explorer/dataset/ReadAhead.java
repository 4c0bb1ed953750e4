package dev.aigeo.explorer.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A folder scanned on a thread of its own while the caller handles its rows, so that reading and parsing the
 * files overlap writing them to the database. At most {@link #QUEUED} chunks of {@link #CHUNK} rows wait between
 * the two; the rows reach the sink in file order, on the calling thread (the one that holds the transaction).
 */
final class ReadAhead {

    static final int CHUNK = 1_000;
    static final int QUEUED = 8;

    /** Rows in file order; the last chunk also carries the scan's outcome or what stopped it. */
    private record Chunk(List<Object> rows, DatasetReader.Scan scan, RuntimeException failure) {
    }

    /** Thrown inside the reading thread when the caller has stopped listening. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    private List<Object> pending = new ArrayList<>(CHUNK);

    private ReadAhead() {
    }

    /** Scans {@code folder} as {@link DatasetReader#scan} does, handing each row to {@code sink} on this thread. */
    static DatasetReader.Scan scan(Path folder, String fallbackName, RowSink sink) {
        ReadAhead ahead = new ReadAhead();
        Thread reader = new Thread(() -> ahead.produce(folder, fallbackName), "dataset-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Chunk chunk = ahead.queue.take();
                for (Object row : chunk.rows()) {
                    if (row instanceof NodeRow node) {
                        sink.node(node);
                    } else {
                        sink.relationship((RelationshipRow) row);
                    }
                }
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk.scan() != null) {
                    return chunk.scan();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + folder, e);
        } finally {
            reader.interrupt();
        }
    }

    private void produce(Path folder, String fallbackName) {
        try {
            DatasetReader.Scan scan = DatasetReader.scan(folder, fallbackName, RowSink.of(this::add, this::add));
            hand(new Chunk(pending, scan, null));
        } catch (Abandoned e) {
            // the caller failed or was interrupted: nobody takes what is left
        } catch (Throwable e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("reading " + folder + " failed: " + e, e);
            try {
                hand(new Chunk(pending, null, failure));
            } catch (Abandoned ignored) {
                // as above
            }
        }
    }

    private void add(Object row) {
        pending.add(row);
        if (pending.size() == CHUNK) {
            hand(new Chunk(pending, null, null));
            pending = new ArrayList<>(CHUNK);
        }
    }

    private void hand(Chunk chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }
}
