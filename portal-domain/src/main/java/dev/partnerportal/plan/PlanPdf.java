package dev.partnerportal.plan;

import dev.partnerportal.shared.PdfLabels;
import dev.partnerportal.shared.PdfText;
import dev.partnerportal.shared.PdfText.Weight;
import dev.partnerportal.shared.OrganizationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The current plan as a one-page A4 PDF: header, objectives, then the partner's sections beside the vendor's and
 * the commitments of both sides; whatever does not fit the page is cut. Like the cheat sheet and the certificate
 * it draws text in any of the program's scripts with the embedded Noto fonts ({@link PdfText}). Headings, states
 * and dates are in the reader's language ({@link PdfLabels}); in Arabic the partner's column is on the right and
 * every right-to-left line is aligned to the right edge of its column.
 */
@Service
public class PlanPdf {

    private static final float MARGIN = 40;
    private static final float GAP = 16;
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float COLUMN = (PAGE_WIDTH - 2 * MARGIN - GAP) / 2;

    private final JointPlans plans;

    PlanPdf(JointPlans plans) {
        this.plans = plans;
    }

    /**
     * The current plan as a PDF with its fixed words in {@code language} (English if the PDFs do not speak it),
     * if the caller may see the organization and it has a plan.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> print(OrganizationId organization, Locale language) {
        return plans.current(organization).map(plan -> render(plan, language));
    }

    static byte[] render(JointPlan plan, Locale language) {
        var labels = PdfLabels.of(language);
        var full = PAGE_WIDTH - 2 * MARGIN;
        var partnerX = labels.rightToLeft() ? MARGIN + COLUMN + GAP : MARGIN;
        var vendorX = labels.rightToLeft() ? MARGIN : MARGIN + COLUMN + GAP;
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var pdfText = PdfText.of(document);
            try (var stream = new PDPageContentStream(document, page)) {
                var text = new Writer(stream, pdfText);
                var y = PDRectangle.A4.getHeight() - MARGIN;
                var title = labels.text("pdf.plan.title", plan.organizationName());
                y = text.line(Weight.BOLD, 16, title, MARGIN, full, y);
                var header = labels.text("pdf.plan.period", labels.date(plan.periodStart()), labels.date(plan.periodEnd()),
                        plan.periodWeeks()) + " · " + labels.text("pdf.plan.version", plan.version()) + " · "
                        + labels.text("pdf.plan.status." + plan.status().name())
                        + (plan.approvedVersion() == null ? "" : " · " + labels.text("pdf.plan.approvedVersion", plan.approvedVersion()));
                y = text.line(Weight.REGULAR, 9, header, MARGIN, full, y) - 6;
                y = text.line(Weight.BOLD, 11, labels.text("pdf.plan.objectives"), MARGIN, full, y);
                for (var objective : plan.objectives()) {
                    y = text.paragraph(Weight.REGULAR, 9, "• " + objective.asLine(), MARGIN, full, y);
                }
                y -= 6;
                var top = y;
                var partnerY = text.line(Weight.BOLD, 11, labels.text("pdf.plan.side.PARTNER"), partnerX, COLUMN, top);
                var vendorY = text.line(Weight.BOLD, 11, labels.text("pdf.plan.side.VENDOR"), vendorX, COLUMN, top);
                for (var section : PlanSection.values()) {
                    var x = section.side() == PlanSide.PARTNER ? partnerX : vendorX;
                    var at = section.side() == PlanSide.PARTNER ? partnerY : vendorY;
                    at = text.line(Weight.BOLD, 9, labels.text("pdf.plan.section." + section.name()), x, COLUMN, at - 2);
                    at = text.paragraph(Weight.REGULAR, 8.5f, plan.section(section), x, COLUMN, at);
                    if (section.side() == PlanSide.PARTNER) {
                        partnerY = at;
                    } else {
                        vendorY = at;
                    }
                }
                y = Math.min(partnerY, vendorY) - 6;
                y = text.line(Weight.BOLD, 11, labels.text("pdf.plan.commitments"), MARGIN, full, y);
                for (var c : plan.commitments()) {
                    y = text.paragraph(Weight.REGULAR, 8.5f, labels.text(c.overdue() ? "pdf.plan.commitmentOverdue" : "pdf.plan.commitment",
                            c.dueWeek(), labels.text("pdf.plan.side." + c.side().name()), c.ownerName(), c.description(),
                            labels.text("pdf.plan.commitmentStatus." + c.status().name()), labels.percent(c.progress())),
                            MARGIN, full, y);
                }
            }
            document.getDocumentInformation().setTitle(labels.text("pdf.plan.title", plan.organizationName()));
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            pdfText.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines from the top down and stops at the bottom margin, so the plan never spills onto a second page. */
    private record Writer(PDPageContentStream stream, PdfText text) {

        /** One line from {@code x}, or ending at {@code x + width} when it reads right to left; the next baseline. */
        float line(Weight weight, float size, String line, float x, float width, float y) throws IOException {
            if (y < MARGIN) {
                return y;
            }
            if (PdfText.rightToLeft(line)) {
                text.rightAligned(stream, weight, size, line, x + width, y);
            } else {
                text.show(stream, weight, size, line, x, y);
            }
            return y - size * 1.3f;
        }

        float paragraph(Weight weight, float size, String paragraph, float x, float width, float y) throws IOException {
            for (var part : paragraph.split("\n")) {
                for (var line : text.wrap(weight, size, part, width)) {
                    y = line(weight, size, line, x, width, y);
                }
            }
            return y;
        }
    }
}
