package dev.partnerportal.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts come out as standalone SVG, with their labels as text, and travel as image data URLs. */
class SurveyChartsTest {

    @Test
    void theDistributionIsAnSvgBarChartWithTheScaleLabelsAndNpsColours() {
        var svg = SurveyCharts.bars(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                List.of(1, 0, 0, 0, 0, 0, 2, 1, 0, 3, 4), true);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains(">0<", ">10<");
        assertThat(svg).containsIgnoringCase("rgb(198,40,40)").containsIgnoringCase("rgb(46,125,50)");
    }

    @Test
    void theTrendIsALineThroughEveryWave() {
        var svg = SurveyCharts.trend(List.of("Q2 2026", "Q3 2026"), List.of(-50.0, 0.0));

        assertThat(svg).startsWith("<svg").contains(">Q2 2026<", ">Q3 2026<", ">-100<", ">100<");
    }

    @Test
    void labelsFromUsersCannotBreakOutOfTheSvgAndTheImageNeverRunsScript() {
        var svg = SurveyCharts.bars(List.of("<script>alert(1)</script>"), List.of(1), false);
        var image = SurveyCharts.image(svg, "chart", "chart");

        assertThat(svg).doesNotContain("<script>");
        assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
        var decoded = new String(Base64.getDecoder().decode(image.getSrc().substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(svg);
    }
}
