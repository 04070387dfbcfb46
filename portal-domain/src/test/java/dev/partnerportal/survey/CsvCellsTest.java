package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spreadsheet formula injection is neutralized in exported cells. */
class CsvCellsTest {

    @Test
    void cellsThatWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(CsvCells.neutralize("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCells.neutralize("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvCells.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralize("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextAndEmptyCellsStayAsTheyAre() {
        assertThat(CsvCells.neutralize("Great program = good")).isEqualTo("Great program = good");
        assertThat(CsvCells.neutralize("9")).isEqualTo("9");
        assertThat(CsvCells.neutralize("")).isEmpty();
        assertThat(CsvCells.neutralize(null)).isEmpty();
    }
}
