package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk import and export over HTTP: idempotent import, a per-file error report, and the export zip. */
@PortalWebTest
class BundleApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String bearer) {
        try {
            return http.send(request.header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> importZip(byte[] zip, String bearer) {
        var boundary = "----portal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bundle.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/content/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), bearer);
    }

    private static byte[] zip(String name, String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aBundleOverTheLimitIsRefusedWith413AndImportsNothing() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var items = items();

        var response = importZip(new byte[dev.partnerportal.content.ContentBundles.MAX_ZIP_BYTES + 1], admin);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("larger than 20 MB");
        assertThat(items()).isEqualTo(items);
    }

    private long items() {
        return jdbc.queryForObject("select count(*) from content_item", Long.class);
    }

    @Test
    void importIsIdempotentBadBundlesAreReportedPerFileAndExportContainsTheItems() throws IOException {
        var editor = api.tokenFor("editor@vendor.test", DEMO_PASSWORD);
        var slug = "bundle-" + UUID.randomUUID().toString().substring(0, 8);
        var good = zip(slug + ".md", "---\ntype: PLAYBOOK\ntitle: Bundle " + slug + "\n---\nBody\n");

        var first = importZip(good, editor);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(api.read(new String(first.body(), StandardCharsets.UTF_8)).get("created").asInt()).isEqualTo(1);
        var before = items();
        var again = api.read(new String(importZip(good, editor).body(), StandardCharsets.UTF_8));
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(items()).isEqualTo(before);

        var bad = importZip(zip("broken.md", "---\ntype: PLAYBOOK\n---\n"), editor);
        assertThat(bad.statusCode()).isEqualTo(400);
        var problem = api.read(new String(bad.body(), StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get(0).get("file").asString()).isEqualTo("broken.md");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("title is required");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("publishing.field-required");
        assertThat(items()).isEqualTo(before);
        assertThat(importZip(good, api.tokenFor("alice@northwind.test", DEMO_PASSWORD)).statusCode()).isEqualTo(403);

        var export = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/content/export")).GET(), editor);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        var names = new java.util.ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains(slug + ".md", "commerce-suite-retail.md").hasSize((int) before);
    }
}
