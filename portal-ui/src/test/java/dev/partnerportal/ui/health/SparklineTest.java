package dev.partnerportal.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.health.OrganizationHealth.SnapshotPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend line's coordinates on a fixed 0–100 scale. */
class SparklineTest {

    @Test
    void pointsSpanTheWidthOldestFirstOnAFixedScale() {
        var day = LocalDate.of(2026, 11, 2);

        var svg = Sparkline.svg(List.of(new SnapshotPoint(day.minusWeeks(2), 0), new SnapshotPoint(day.minusWeeks(1), 50),
                new SnapshotPoint(day, 100)));

        // x from 3 to 117, y from 29 (score 0) to 3 (score 100) in a 120 × 32 box
        assertThat(svg).contains("points=\"3.0,29.0 60.0,16.0 117.0,3.0\"")
                .contains("<circle cx=\"117.0\" cy=\"3.0\"");
    }

    @Test
    void oneSnapshotIsADotAndNoneAnEmptyFrame() {
        assertThat(Sparkline.svg(List.of(new SnapshotPoint(LocalDate.of(2026, 11, 2), 40))))
                .doesNotContain("polyline").contains("<circle cx=\"60.0\" cy=\"18.6\"");
        assertThat(Sparkline.svg(List.of())).doesNotContain("polyline").doesNotContain("circle");
    }
}
