package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The co-branded cheat sheet PDF on the demo content. */
@SpringBootTest(classes = ContentTestApplication.class)
class CheatSheetPdfTest {

    @Autowired
    CheatSheetPdf pdf;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    OrganizationProfiles profiles;
    @Autowired
    ContentLibrary library;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String text(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aPartnerGetsTheCheatSheetWithTheirOrganizationAndContact() throws IOException {
        SignIn.as(provider, "alice@northwind.test");

        var text = text(pdf.cobranded("commerce-suite-retail", Locale.ENGLISH).orElseThrow());

        assertThat(text).contains("Northwind Traders", "alice@northwind.test", "Commerce Suite for retailers",
                "The pitch", "One stock figure everywhere");
    }

    @Test
    void theOrganizationsOwnContactAndLogoCoBrandTheSheet() throws IOException {
        SignIn.as(provider, "carol@contoso.test");
        var logo = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", logo);
        profiles.replaceMyLogo(logo.toByteArray());
        profiles.updateMine(new OrganizationProfile("Contoso Sales Desk", "sales@contoso.test", "+1 425 555 0100",
                "https://contoso.test", java.util.List.of("Retail")));

        var bytes = pdf.cobranded("commerce-suite-retail", Locale.ENGLISH).orElseThrow();

        assertThat(text(bytes)).contains("Contoso Ltd", "Contoso Sales Desk", "sales@contoso.test", "+1 425 555 0100")
                .doesNotContain("carol@contoso.test");
        try (var document = Loader.loadPDF(bytes)) {
            var images = java.util.stream.StreamSupport.stream(
                    document.getPage(0).getResources().getXObjectNames().spliterator(), false).count();
            assertThat(images).as("the logo is drawn").isEqualTo(1);
        }
    }

    @Test
    void anItemOutsideTheAudienceGivesNoPdf() {
        SignIn.as(provider, "carol@contoso.test");

        assertThat(pdf.cobranded("gold-partner-deal-desk-playbook", Locale.ENGLISH)).isEmpty();
        assertThat(pdf.cobranded("commerce-suite-retail", Locale.ENGLISH)).isPresent();
    }

    @Test
    void theRestApiSheetIsTheSameForAnIdAsForItsSlug() throws IOException {
        SignIn.as(provider, "alice@northwind.test");
        var id = library.findBySlug("commerce-suite-retail").orElseThrow().id();

        assertThat(text(pdf.cobranded(id, Locale.ENGLISH).orElseThrow())).contains("Northwind Traders", "Commerce Suite for retailers");
        assertThat(pdf.cobranded(new ContentItemId(Long.MAX_VALUE), Locale.ENGLISH)).isEmpty();
    }
}
