package dev.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spreadsheet formula injection is neutralized in exported cells, headers included. */
class CsvTableTest {

    @Test
    void cellsThatWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(CsvTable.neutralize("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvTable.neutralize("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvTable.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvTable.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.neutralize("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextAndEmptyCellsStayAsTheyAre() {
        assertThat(CsvTable.neutralize("Great program = good")).isEqualTo("Great program = good");
        assertThat(CsvTable.neutralize("9")).isEqualTo("9");
        assertThat(CsvTable.neutralize("")).isEmpty();
        assertThat(CsvTable.neutralize(null)).isEmpty();
    }

    @Test
    void writesRfc4180RowsWithEveryCellNeutralized() {
        var out = new StringWriter();
        try (var table = CsvTable.start(out, List.of("name", "=header"))) {
            table.row(List.of("Ann, \"the\" first", "@SUM(A1)"));
            table.row(Arrays.asList("-1", null));
        }

        assertThat(out.toString()).isEqualTo("name,'=header\r\n\"Ann, \"\"the\"\" first\",'@SUM(A1)\r\n'-1,\r\n");
    }
}
