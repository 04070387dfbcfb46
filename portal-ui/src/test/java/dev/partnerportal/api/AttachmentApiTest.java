package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attachments over HTTP: multipart upload checked by content, downloads as attachments, audience by API. */
@PortalWebTest
class AttachmentApiTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

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

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<byte[]> upload(long itemId, String fileName, String claimedType, byte[] content, String bearer) {
        var boundary = "----portal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(at("/api/content/" + itemId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), bearer);
    }

    private long goldOnlyItem(String admin) {
        var json = """
                {"type":"PLAYBOOK","title":"Attachment API %s","tiers":["GOLD"]}""".formatted(UUID.randomUUID());
        var created = send(at("/api/content").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), admin);
        var id = api.read(new String(created.body(), StandardCharsets.UTF_8)).get("id").asLong();
        send(at("/api/content/" + id + "/publish").POST(HttpRequest.BodyPublishers.noBody()), admin);
        return id;
    }

    @Test
    void uploadsOverTheLimitAreRefusedWithAProblemBodyAndStoreNothing() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var item = goldOnlyItem(admin);
        var rows = jdbc.queryForObject("select count(*) from content_attachment", Long.class);
        var justOver = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, justOver, 0, PNG.length);

        var overAttachmentLimit = upload(item, "big.png", "image/png", justOver, admin);
        assertThat(overAttachmentLimit.statusCode()).isEqualTo(400);
        assertThat(new String(overAttachmentLimit.body(), StandardCharsets.UTF_8)).contains("larger than the limit of 20 MB");
        var overRequestLimit = upload(item, "bigger.png", "image/png", new byte[27 * 1024 * 1024], admin);
        assertThat(overRequestLimit.statusCode()).isEqualTo(413);
        assertThat(overRequestLimit.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        assertThat(jdbc.queryForObject("select count(*) from content_attachment", Long.class)).isEqualTo(rows);
    }

    @Test
    void anUploadIsCheckedByContentAndDownloadedAsAnAttachmentByTheRightAudienceOnly() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var item = goldOnlyItem(admin);
        var rows = jdbc.queryForObject("select count(*) from content_attachment", Long.class);

        var spoofed = upload(item, "logo.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), admin);
        assertThat(spoofed.statusCode()).isEqualTo(400);
        assertThat(new String(spoofed.body(), StandardCharsets.UTF_8)).contains("is not a PDF, DOCX, PPTX, PNG or JPEG file");
        var traversal = upload(item, "../../logo.png", "image/png", PNG, admin);
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from content_attachment", Long.class)).isEqualTo(rows);

        var stored = upload(item, "logo.png", "application/octet-stream", PNG, admin);
        assertThat(stored.statusCode()).isEqualTo(201);
        var attachmentId = api.read(new String(stored.body(), StandardCharsets.UTF_8)).get("id").asLong();
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        assertThat(send(at("/api/attachments/" + attachmentId).GET(), alice).statusCode())
                .as("a new file is a change to approve before partners see it").isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from content_item where id = ?", String.class, item)).isEqualTo("DRAFT");
        assertThat(send(at("/api/content/" + item + "/publish").POST(HttpRequest.BodyPublishers.noBody()), admin).statusCode())
                .isEqualTo(200);

        var download = send(at("/api/attachments/" + attachmentId).GET(), alice);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("logo.png");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(send(at("/api/content/" + item + "/attachments").GET(), alice).statusCode()).isEqualTo(200);

        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        assertThat(send(at("/api/attachments/" + attachmentId).GET(), carol).statusCode()).isEqualTo(404);
        assertThat(send(at("/api/content/" + item + "/attachments").GET(), carol).statusCode()).isEqualTo(404);
        assertThat(upload(item, "logo.png", "image/png", PNG, carol).statusCode()).isEqualTo(403);
    }
}
