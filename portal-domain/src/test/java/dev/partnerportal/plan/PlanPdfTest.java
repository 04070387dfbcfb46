package dev.partnerportal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.OrganizationId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The plan prints on one page, with its text readable back, and Arabic does not break it. */
class PlanPdfTest {

    @Test
    void aFullPlanPrintsOnOnePageWithItsSectionsAndCommitments() throws IOException {
        var long600 = "Joint pursuits in retail and logistics. ".repeat(15);
        var sections = new java.util.EnumMap<PlanSection, String>(PlanSection.class);
        for (var section : PlanSection.values()) {
            sections.put(section, section == PlanSection.TARGET_MARKET ? "Mid-market retail in EMEA" : long600);
        }
        var commitments = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(week -> new PlanCommitment(week,
                week % 2 == 0 ? PlanSide.VENDOR : PlanSide.PARTNER, "Commitment of week " + week, "Owner " + week, week,
                LocalDate.of(2026, 11, 8).plusWeeks(week - 1), CommitmentStatus.OPEN, 10, week < 3, null)).toList();
        var plan = new JointPlan(1, new OrganizationId(7), "Northwind Traders", LocalDate.of(2026, 11, 2), 12, 3, 2,
                PlanStatus.APPROVED, 2, sections, List.of(new PlanObjective("Win new logos", "signed deals", "12")),
                commitments, Instant.parse("2026-11-02T09:00:00Z"), "manager@vendor.test", null, false);

        try (var document = Loader.loadPDF(PlanPdf.render(plan))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Joint business plan: Northwind Traders", "2026-11-02 to 2027-01-24 (12 weeks)",
                    "Win new logos — signed deals: 12", "Mid-market retail in EMEA", "Expected return",
                    "Week 1 · PARTNER", "OVERDUE");
        }
    }

    @Test
    void arabicTextDoesNotBreakThePrint() throws IOException {
        var plan = new JointPlan(1, new OrganizationId(7), "شركة الشمال", LocalDate.of(2026, 11, 2), 26, 1, 1,
                PlanStatus.DRAFT, null, Map.of(PlanSection.TARGET_MARKET, "قطاع التجزئة in the Gulf"), List.of(), List.of(),
                Instant.parse("2026-11-02T09:00:00Z"), "carol@contoso.test", PlanSide.PARTNER, false);

        try (var document = Loader.loadPDF(PlanPdf.render(plan))) {
            assertThat(new PDFTextStripper().getText(document)).contains("in the Gulf", "(26 weeks)");
        }
    }
}
