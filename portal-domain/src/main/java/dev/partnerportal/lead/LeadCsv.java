package dev.partnerportal.lead;

import dev.partnerportal.shared.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a lead import: RFC 4180 with a header row naming the columns (any order, case ignored), products
 * separated by semicolons in their cell. Cells that cannot even be read as their type become problems of
 * their row, like any rule a lead breaks.
 */
final class LeadCsv {

    /** The columns, in the order of the template. */
    static final List<String> COLUMNS = List.of("company", "domain", "country", "region", "industry", "minimum_tier",
            "partner_type", "contact_name", "contact_email", "contact_phone", "products", "estimated_value",
            "currency", "notes", "fund_request_id");
    static final Set<String> REQUIRED = Set.of("company", "country", "contact_name", "contact_email", "products",
            "estimated_value", "currency");
    /** The most data rows in one import. */
    static final int MAX_ROWS = 5000;

    /** One data row: its line in the file, the lead read from it, and problems reading its cells. */
    record Row(int line, NewLead lead, List<LeadProblem> problems) {
    }

    private LeadCsv() {
    }

    static List<Row> read(String csv) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            var header = parser.getHeaderNames().stream().map(String::toLowerCase).toList();
            if (!header.containsAll(REQUIRED)) {
                throw new RuleViolation(LeadError.CSV_MALFORMED, 1, String.join(", ", COLUMNS));
            }
            var rows = new ArrayList<Row>();
            for (var record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new RuleViolation(LeadError.CSV_TOO_LARGE, MAX_ROWS);
                }
                rows.add(row(record));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new RuleViolation(LeadError.CSV_MALFORMED, 0, String.join(", ", COLUMNS));
        }
    }

    private static Row row(CSVRecord record) {
        int line = (int) record.getRecordNumber() + 1;
        var problems = new ArrayList<LeadProblem>();
        BigDecimal value = null;
        var valueText = cell(record, "estimated_value");
        if (valueText != null) {
            try {
                value = new BigDecimal(valueText);
            } catch (NumberFormatException e) {
                problems.add(new LeadProblem(line, "estimatedValue", LeadError.VALUE_INVALID,
                        List.of(NewLead.VALUE_MAX.toPlainString())));
            }
        }
        UUID fundRequest = null;
        var fundText = cell(record, "fund_request_id");
        if (fundText != null) {
            try {
                fundRequest = UUID.fromString(fundText);
            } catch (IllegalArgumentException e) {
                problems.add(new LeadProblem(line, "fundRequestId", LeadError.FUND_REQUEST_UNKNOWN, List.of()));
            }
        }
        var products = cell(record, "products");
        var lead = new NewLead(orEmpty(cell(record, "company")), cell(record, "domain"), orEmpty(cell(record, "country")),
                cell(record, "region"), cell(record, "industry"), cell(record, "minimum_tier"),
                cell(record, "partner_type"), orEmpty(cell(record, "contact_name")),
                orEmpty(cell(record, "contact_email")), cell(record, "contact_phone"),
                products == null ? Set.of() : Set.copyOf(Arrays.stream(products.split(";")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList()),
                value == null && valueText == null ? null : value, orEmpty(cell(record, "currency")),
                cell(record, "notes"), fundRequest);
        return new Row(line, lead, problems);
    }

    private static @Nullable String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        var value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
