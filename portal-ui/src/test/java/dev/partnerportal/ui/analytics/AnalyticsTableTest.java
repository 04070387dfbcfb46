package dev.partnerportal.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of a dashboard table has the grid's columns, quotes where RFC 4180 asks, and no formulas. */
class AnalyticsTableTest {

    record Row(String name, long count, Integer share) {
    }

    @Test
    void theCsvHasTheHeaderAndOneLinePerRowWithFormulasNeutralized() {
        var table = new AnalyticsTable<Row>("t").column("Partner", Row::name).column("Views", Row::count)
                .column("Helpful", Row::share);

        var csv = table.csv(List.of(new Row("Northwind, Inc.", 3, 50), new Row("=HYPERLINK(\"x\")", 0, null)));

        assertThat(csv).isEqualTo("Partner,Views,Helpful\r\n\"Northwind, Inc.\",3,50\r\n\"'=HYPERLINK(\"\"x\"\")\",0,\r\n");
    }
}
