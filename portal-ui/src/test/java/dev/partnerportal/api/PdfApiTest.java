package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cheat sheet and certificate PDFs over real HTTP: co-branded for the caller, and another organization's award
 * or an item outside the caller's audience answers 404 with a problem body, exactly like an unknown id. Their fixed
 * words follow {@code ?lang=}, then {@code Accept-Language} (cheat sheet, plan), or the holder's preferred language
 * (certificate).
 */
@PortalWebTest
class PdfApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();
    String alice;
    String carol;
    String manager;

    @BeforeEach
    void signIn() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
    }

    private HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String token, String acceptLanguage) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void notFound(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(new String(response.body())).contains("\"status\":404").doesNotContain("Exception");
    }

    private long item(String slug) {
        return jdbc.queryForObject("select id from content_item where slug = ?", Long.class, slug);
    }

    @Test
    void theCheatSheetIsCoBrandedForTheCallersOrganization() throws Exception {
        var path = "/api/content/" + item("commerce-suite-retail") + "/cheat-sheet.pdf";

        assertThat(text(get(path, alice))).contains("Northwind Traders", "Commerce Suite for retailers");
        assertThat(text(get(path, carol))).contains("Contoso Ltd", "Commerce Suite for retailers").doesNotContain("Northwind");
    }

    @Test
    void anItemOutsideTheAudienceOrUnknownAnswersNotFound() throws Exception {
        var gold = "/api/content/" + item("gold-partner-deal-desk-playbook") + "/cheat-sheet.pdf";

        notFound(get(gold, carol));
        notFound(get("/api/content/" + Long.MAX_VALUE + "/cheat-sheet.pdf", carol));
        assertThat(get(gold, manager).statusCode()).isEqualTo(200);
    }

    @Test
    void aCertificateIsForItsHolderAndStaffAndAnotherOrganizationGetsNotFound() throws Exception {
        var award = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id
                where u.email = 'alice@northwind.test'""", Long.class);
        var path = "/api/certifications/" + award + "/certificate.pdf";

        assertThat(text(get(path, alice))).contains("awarded to", "Northwind Traders");
        assertThat(text(get(path, manager))).contains("awarded to");
        notFound(get(path, carol));
        notFound(get("/api/certifications/" + Long.MAX_VALUE + "/certificate.pdf", alice));
    }

    @Test
    void theCheatSheetHeadingsFollowLangThenAcceptLanguageThenEnglish() throws Exception {
        var path = "/api/content/" + item("commerce-suite-retail") + "/cheat-sheet.pdf";

        assertThat(text(get(path, alice))).contains("What it is", "The pitch");
        assertThat(text(get(path, alice, "ko-KR,ko;q=0.9,en;q=0.5"))).contains("제품 소개", "핵심 제안").doesNotContain("The pitch");
        assertThat(text(get(path + "?lang=hu", alice, "ko"))).contains("Mi ez?", "Az értékesítési üzenet").doesNotContain("핵심 제안");
        assertThat(text(get(path, alice, "de-DE,fr;q=0.8"))).contains("The pitch");
        assertThat(text(get(path, alice, "not a language;;q"))).contains("The pitch");
    }

    @Test
    void theCertificateIsInItsHoldersLanguageUnlessLangAsksForAnother() throws Exception {
        var award = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id
                where u.email = 'alice@northwind.test'""", Long.class);
        var path = "/api/certifications/" + award + "/certificate.pdf";
        var before = jdbc.queryForObject("select preferred_locale from portal_user where email = 'alice@northwind.test'", String.class);
        try {
            jdbc.update("update portal_user set preferred_locale = 'vi' where email = 'alice@northwind.test'");

            assertThat(text(get(path, alice))).contains("CHỨNG CHỈ", "được trao cho").doesNotContain("awarded to");
            assertThat(text(get(path, manager, "en-US"))).as("the holder's language, not the caller's").contains("được trao cho");
            assertThat(text(get(path + "?lang=ko", manager))).contains("인증서", "다음 분께 이 인증서를 수여합니다");
        } finally {
            jdbc.update("update portal_user set preferred_locale = ? where email = 'alice@northwind.test'", before);
        }
    }

    @Test
    void thePlanFollowsLangThenAcceptLanguage() throws Exception {
        var northwind = jdbc.queryForObject("select organization_id from portal_user where email = 'alice@northwind.test'", Long.class);
        var path = "/api/organizations/" + northwind + "/plan/pdf";

        assertThat(text(get(path, alice))).contains("Joint business plan: Northwind Traders", "Measurable objectives");
        assertThat(text(get(path, alice, "hu-HU"))).contains("Közös üzleti terv: Northwind Traders", "Mérhető célok");
        assertThat(text(get(path + "?lang=vi", alice, "hu"))).contains("Kế hoạch kinh doanh chung: Northwind Traders");
    }

    @Test
    void bothPdfsAreInTheOpenApiDocument() {
        var paths = api.read(api.get("/v3/api-docs", null).body()).get("paths");

        assertThat(paths.has("/api/content/{id}/cheat-sheet.pdf")).isTrue();
        assertThat(paths.has("/api/certifications/{id}/certificate.pdf")).isTrue();
    }
}
