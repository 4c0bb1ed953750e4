package dev.aigeo.explorer.dataset;

/** One thing wrong with a dataset, at the physical line where the record starts (header = line 1). */
public record Fault(String file, int line, String reason) implements Comparable<Fault> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }

    @Override
    public int compareTo(Fault other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
