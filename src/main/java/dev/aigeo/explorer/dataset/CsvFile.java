package dev.aigeo.explorer.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an RFC 4180 CSV file record by record, with the physical line each record starts on. A UTF-8 byte-order
 * mark is skipped; bytes that are not UTF-8, broken quoting and rows of the wrong width become faults.
 */
final class CsvFile {

    /** Receives the header (line 1) and then every data record. */
    interface Handler {
        /** @return false to skip the rest of the file (a header fault was reported). */
        boolean header(List<String> cells);

        void record(int line, List<String> cells);
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvFile() {
    }

    static void read(Path path, String name, List<Fault> faults, Handler handler) {
        int badLine = Utf8.firstInvalidLine(path);
        if (badLine > 0) {
            faults.add(new Fault(name, badLine, "file is not valid UTF-8"));
            return;
        }
        int lineBeforeRecord = 0;
        int width = -1;
        try (Reader reader = open(path); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            while (hasNext(records, name, lineBeforeRecord, faults)) {
                CSVRecord record = records.next();
                int line = lineBeforeRecord + 1;
                lineBeforeRecord = (int) parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (width < 0) {
                    width = cells.size();
                    if (!handler.header(cells)) {
                        return;
                    }
                } else if (isBlank(cells)) {
                    continue;
                } else if (cells.size() != width) {
                    faults.add(new Fault(name, line,
                            "expected " + width + " columns as in the header, found " + cells.size()));
                } else {
                    handler.record(line, cells);
                }
            }
            if (width < 0) {
                faults.add(new Fault(name, 1, "empty file: a header line is required"));
            }
        } catch (CharacterCodingException e) {
            faults.add(new Fault(name, lineBeforeRecord + 1, "file is not valid UTF-8"));
        } catch (IOException e) {
            faults.add(new Fault(name, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    private static boolean hasNext(java.util.Iterator<CSVRecord> records, String name, int lineBefore,
            List<Fault> faults) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof CharacterCodingException
                    ? "file is not valid UTF-8"
                    : "malformed CSV: " + brief(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            faults.add(new Fault(name, lineBefore + 1, reason));
            return false;
        }
    }

    private static String brief(String message) {
        if (message == null) {
            return "unreadable record";
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "unexpected text after a closing quote (a quote inside a field must be doubled: \"\")";
        }
        return message.replaceAll("\\s+", " ");
    }

    private static boolean isBlank(List<String> cells) {
        return cells.size() == 1 && cells.get(0).isEmpty();
    }

    private static Reader open(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(
                new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
