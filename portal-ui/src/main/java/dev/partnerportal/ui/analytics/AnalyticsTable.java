package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.partnerportal.shared.CsvTable;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One dashboard table, declared once as columns and shown both as a grid whose cells wrap (nothing is cut on a
 * phone) and as a CSV file with the same columns, headers in the reader's language.
 */
final class AnalyticsTable<T> {

    private record Column<T>(String header, Function<T, ?> value) {
    }

    private final String id;
    private final List<Column<T>> columns = new ArrayList<>();

    AnalyticsTable(String id) {
        this.id = id;
    }

    /** Adds a column; {@code value} may answer null for an empty cell. */
    AnalyticsTable<T> column(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, value));
        return this;
    }

    /** A titled section with the grid (or a note that there is nothing) and the CSV link. */
    Component section(String title, String empty, String csvLabel, List<T> rows) {
        var section = new Div(new H3(title));
        section.addClassName("portal-analytics-section");
        section.setId(id);
        if (rows.isEmpty()) {
            section.add(new Paragraph(empty));
        } else {
            section.add(grid(rows));
        }
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = csv(rows).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".csv", "text/csv", bytes.length);
        }), csvLabel);
        csv.setId(id + "-csv");
        csv.addClassName("portal-analytics-csv");
        section.add(csv);
        return section;
    }

    Grid<T> grid(List<T> rows) {
        var grid = new Grid<T>();
        for (var column : columns) {
            grid.addColumn(row -> text(column.value().apply(row))).setHeader(column.header()).setAutoWidth(false)
                    .setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        grid.setId(id + "-grid");
        return grid;
    }

    /** The rows as RFC 4180 CSV with a header row; cells a spreadsheet would run as formulas are neutralized. */
    String csv(List<T> rows) {
        var out = new StringWriter();
        try (var table = CsvTable.start(out, columns.stream().map(Column::header).toList())) {
            for (var row : rows) {
                table.row(columns.stream().map(c -> text(c.value().apply(row))).toList());
            }
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
