package dev.aigeo.explorer.app;

import dev.aigeo.explorer.dataset.ImportProgress;
import java.io.PrintStream;

/** Prints how a long import goes, for the {@code import} command: a line every few seconds and at each phase's end. */
final class ProgressPrinter implements ImportProgress {

    static final long EVERY_MILLIS = 5_000;

    private final PrintStream err;
    private final long started = System.currentTimeMillis();
    private long lastPrinted = started;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.currentTimeMillis();
        boolean phaseEnd = done == total && !"done".equals(phase) && !"cleanup".equals(phase);
        if (phaseEnd || now - lastPrinted >= EVERY_MILLIS) {
            lastPrinted = now;
            err.printf("%s: %,d of %,d (%d s)%n", phase, done, total, (now - started) / 1000);
        }
    }
}
