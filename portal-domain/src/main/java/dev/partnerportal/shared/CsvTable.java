package dev.partnerportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 export whose every cell is safe to open in a spreadsheet: a value that starts with
 * {@code = + - @}, a tab or a carriage return would be read as a formula (CSV injection), so it gets a
 * leading apostrophe. Closing the table closes what it writes to.
 */
public final class CsvTable implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvTable(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a table on {@code out} with its header row. */
    public static CsvTable start(Appendable out, List<String> header) {
        try {
            var table = new CsvTable(CSVFormat.RFC4180.builder().get().print(out));
            table.row(header);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; a null cell is written empty. */
    public void row(List<? extends @Nullable String> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvTable::neutralize).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written: empty for null, with a leading apostrophe where a spreadsheet would run a formula. */
    public static String neutralize(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
