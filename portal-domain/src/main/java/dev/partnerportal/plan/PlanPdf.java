package dev.partnerportal.plan;

import dev.partnerportal.shared.PdfText;
import dev.partnerportal.shared.PdfText.Weight;
import dev.partnerportal.shared.OrganizationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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
 * it draws text in any of the program's scripts with the embedded Noto fonts ({@link PdfText}).
 */
@Service
public class PlanPdf {

    private static final float MARGIN = 40;
    private static final float GAP = 16;
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float COLUMN = (PAGE_WIDTH - 2 * MARGIN - GAP) / 2;
    private static final Map<PlanSection, String> LABELS = Map.of(
            PlanSection.TARGET_MARKET, "Target market and segments",
            PlanSection.PARTNER_STRATEGIES, "Strategies and tactics",
            PlanSection.PARTNER_ROLES, "Who does what",
            PlanSection.PARTNER_RESOURCES, "Resources committed",
            PlanSection.VENDOR_STRATEGIES, "Strategies and tactics",
            PlanSection.VENDOR_ROLES, "Who does what",
            PlanSection.VENDOR_RESOURCES, "Resources committed",
            PlanSection.EXPECTED_RETURN, "Expected return");

    private final JointPlans plans;

    PlanPdf(JointPlans plans) {
        this.plans = plans;
    }

    /** The current plan as a PDF, if the caller may see the organization and it has a plan. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> print(OrganizationId organization) {
        return plans.current(organization).map(PlanPdf::render);
    }

    static byte[] render(JointPlan plan) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var pdfText = PdfText.of(document);
            try (var stream = new PDPageContentStream(document, page)) {
                var text = new Writer(stream, pdfText);
                var y = PDRectangle.A4.getHeight() - MARGIN;
                y = text.line(Weight.BOLD, 16, "Joint business plan: " + plan.organizationName(), MARGIN, y);
                y = text.line(Weight.REGULAR, 9, plan.periodStart() + " to " + plan.periodEnd() + " (" + plan.periodWeeks()
                        + " weeks) · version " + plan.version() + " · " + plan.status()
                        + (plan.approvedVersion() == null ? "" : " · approved version " + plan.approvedVersion()), MARGIN, y) - 6;
                y = text.line(Weight.BOLD, 11, "Measurable objectives", MARGIN, y);
                for (var objective : plan.objectives()) {
                    y = text.paragraph(Weight.REGULAR, 9, "• " + objective.asLine(), MARGIN, PAGE_WIDTH - 2 * MARGIN, y);
                }
                y -= 6;
                var top = y;
                var partnerY = text.line(Weight.BOLD, 11, "Partner", MARGIN, top);
                var vendorY = text.line(Weight.BOLD, 11, "Vendor", MARGIN + COLUMN + GAP, top);
                for (var section : PlanSection.values()) {
                    var x = section.side() == PlanSide.PARTNER ? MARGIN : MARGIN + COLUMN + GAP;
                    var at = section.side() == PlanSide.PARTNER ? partnerY : vendorY;
                    at = text.line(Weight.BOLD, 9, LABELS.get(section), x, at - 2);
                    at = text.paragraph(Weight.REGULAR, 8.5f, plan.section(section), x, COLUMN, at);
                    if (section.side() == PlanSide.PARTNER) {
                        partnerY = at;
                    } else {
                        vendorY = at;
                    }
                }
                y = Math.min(partnerY, vendorY) - 6;
                y = text.line(Weight.BOLD, 11, "12-week commitments", MARGIN, y);
                for (var c : plan.commitments()) {
                    y = text.paragraph(Weight.REGULAR, 8.5f, "Week " + c.dueWeek() + " · " + c.side() + " · " + c.ownerName() + ": "
                            + c.description() + " (" + c.status() + ", " + c.progress() + "%" + (c.overdue() ? ", OVERDUE" : "")
                            + ")", MARGIN, PAGE_WIDTH - 2 * MARGIN, y);
                }
            }
            document.getDocumentInformation().setTitle("Joint business plan: " + plan.organizationName());
            pdfText.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines from the top down and stops at the bottom margin, so the plan never spills onto a second page. */
    private record Writer(PDPageContentStream stream, PdfText text) {

        float line(Weight weight, float size, String line, float x, float y) throws IOException {
            if (y < MARGIN) {
                return y;
            }
            text.show(stream, weight, size, line, x, y);
            return y - size * 1.3f;
        }

        float paragraph(Weight weight, float size, String paragraph, float x, float width, float y) throws IOException {
            for (var part : paragraph.split("\n")) {
                for (var line : text.wrap(weight, size, part, width)) {
                    y = line(weight, size, line, x, y);
                }
            }
            return y;
        }
    }
}
