package dev.partnerportal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.OrganizationId;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The plan prints on one page, with its text readable back, and Arabic does not break it; its headings, states
 * and dates are in the reader's language.
 */
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

        try (var document = Loader.loadPDF(PlanPdf.render(plan, Locale.ENGLISH))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Joint business plan: Northwind Traders", "Nov 2, 2026 to Jan 24, 2027 (12 weeks)", "Approved",
                    "Win new logos — signed deals: 12", "Mid-market retail in EMEA", "Expected return",
                    "Week 1 · Partner · Owner 1", "open, 10%, OVERDUE");
        }
    }

    /** Per language: title, period, objectives heading, a section, the commitments heading and an overdue commitment. */
    static final List<List<String>> LANGUAGES = List.of(
            List.of("en", "Joint business plan: Northwind Traders", "(12 weeks)", "Measurable objectives", "Expected return",
                    "12-week commitments", "Week 1 · Partner"),
            List.of("ar", "خطة العمل المشتركة", "الأهداف القابلة للقياس", "العائد المتوقع", "التزامات الأسابيع الاثني عشر",
                    "متأخر"),
            List.of("hu", "Közös üzleti terv: Northwind Traders", "2026. nov. 2. – 2027. jan. 24. (12 hét)", "Mérhető célok",
                    "Várható megtérülés", "12 hetes vállalások", "1. hét · Partner", "LEJÁRT"),
            List.of("ko", "공동 사업 계획: Northwind Traders", "(12주)", "측정 가능한 목표", "기대 효과", "12주 실행 약속",
                    "1주차 · 파트너", "기한 초과"),
            List.of("vi", "Kế hoạch kinh doanh chung: Northwind Traders", "(12 tuần)", "Mục tiêu đo lường được",
                    "Lợi ích kỳ vọng", "Cam kết trong 12 tuần", "Tuần 1 · Đối tác", "QUÁ HẠN"));

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void theFixedWordsAndDatesAreInTheReadersLanguage(List<String> expected) throws IOException {
        var sections = new java.util.EnumMap<PlanSection, String>(PlanSection.class);
        sections.put(PlanSection.EXPECTED_RETURN, "Revenue 1.2M");
        var commitments = List.of(new PlanCommitment(1, PlanSide.PARTNER, "Kick-off workshop", "Jane", 1,
                LocalDate.of(2026, 11, 8), CommitmentStatus.OPEN, 40, true, null));
        var plan = new JointPlan(1, new OrganizationId(7), "Northwind Traders", LocalDate.of(2026, 11, 2), 12, 3, 2,
                PlanStatus.APPROVED, 2, sections, List.of(new PlanObjective("Win new logos", "signed deals", "12")),
                commitments, Instant.parse("2026-11-02T09:00:00Z"), "manager@vendor.test", null, false);

        try (var document = Loader.loadPDF(PlanPdf.render(plan, Locale.forLanguageTag(expected.getFirst())))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains(expected.subList(1, expected.size()).stream()
                    .map(label -> Normalizer.normalize(label, Normalizer.Form.NFKC)).toList());
            assertThat(text).contains("Revenue 1.2M", "Kick-off workshop");
            if (!expected.getFirst().equals("en")) {
                assertThat(text).doesNotContain("Measurable objectives", "Expected return", "OVERDUE", "weeks");
            }
        }
    }

    @Test
    void arabicTextDoesNotBreakThePrint() throws IOException {
        var plan = new JointPlan(1, new OrganizationId(7), "شركة الشمال", LocalDate.of(2026, 11, 2), 26, 1, 1,
                PlanStatus.DRAFT, null, Map.of(PlanSection.TARGET_MARKET, "قطاع التجزئة in the Gulf"), List.of(), List.of(),
                Instant.parse("2026-11-02T09:00:00Z"), "carol@contoso.test", PlanSide.PARTNER, false);

        try (var document = Loader.loadPDF(PlanPdf.render(plan, Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("in the Gulf", "(26 weeks)");
        }
    }
}
