package dev.partnerportal.mdf;

import dev.partnerportal.partner.PartnerRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: every partner has an allocation for the current quarter by tier, and Northwind ran an approved
 * webinar with a submitted claim whose proof is a small generated invoice PDF. Nothing happens on a database
 * that has allocations already.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoFunds implements ApplicationRunner {

    static final Map<String, BigDecimal> BY_TIER = Map.of("REGISTERED", new BigDecimal("5000.00"),
            "SILVER", new BigDecimal("10000.00"), "GOLD", new BigDecimal("25000.00"),
            "PLATINUM", new BigDecimal("50000.00"));

    private final PartnerRegistry organizations;
    private final FundAllocations allocations;
    private final FundRequestRecords requests;
    private final ClaimRecords claims;
    private final ClaimProofs proofs;
    private final Clock clock;

    DemoFunds(PartnerRegistry organizations, FundAllocations allocations, FundRequestRecords requests,
              ClaimRecords claims, ClaimProofs proofs, Clock clock) {
        this.organizations = organizations;
        this.allocations = allocations;
        this.requests = requests;
        this.claims = claims;
        this.proofs = proofs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (allocations.count() > 0) {
            return;
        }
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var quarter = FiscalQuarter.of(today);
        for (var org : organizations.all()) {
            allocations.save(new FundAllocation(org.id(), quarter, BY_TIER.getOrDefault(org.tierCode(),
                    BY_TIER.get("REGISTERED")), "EUR"));
        }
        organizations.findByName("Northwind Traders").ifPresent(org -> {
            var allocation = allocations.findByOrganizationIdAndQuarter(org.id(), quarter.toString()).orElseThrow();
            var request = new FundRequestRecord(allocation, new NewFundRequest(ActivityType.WEBINAR,
                    "Cloud migration webinar", "A one-hour webinar for 200 mid-market IT leads in the DACH region, "
                    + "with a follow-up e-mail campaign.", new BigDecimal("4000.00"), 40, quarter.firstDay(),
                    quarter.firstDay().plusDays(14)), null, now);
            request.approve(null, now);
            requests.saveAndFlush(request);
            allocations.reserve(allocation.getId(), request.getCost());
            var claim = claims.saveAndFlush(new ClaimRecord(request, new BigDecimal("3650.00"), null, now));
            proofs.save(new ClaimProof(claim.getId(), "invoice-webinar.pdf", "application/pdf",
                    invoice("Invoice 2026-114: webinar platform and promotion, EUR 3,650.00")));
        });
    }

    /** A one-page PDF with one line of text, as a demo invoice. */
    static byte[] invoice(String line) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
