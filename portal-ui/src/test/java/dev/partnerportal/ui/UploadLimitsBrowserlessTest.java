package dev.partnerportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentBundles;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.content.ContentEditorView;
import dev.partnerportal.ui.content.ContentTransferView;
import dev.partnerportal.ui.partner.OrganizationProfileView;
import dev.partnerportal.ui.upload.EndlessBody;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each Vaadin upload (logo, attachment, content bundle) refuses a body ten times its limit on the server,
 * having read no more than the limit plus one byte, and stores nothing. The handler is the one the page's
 * upload component actually posts to.
 */
@PortalWebTest
class UploadLimitsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentAttachments attachments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLogoUploadRefusesTenTimesItsLimit() throws IOException {
        signInAs("alice@northwind.test");
        navigate(OrganizationProfileView.class);
        var logos = count("organization_logo");

        var body = sendTenTimes("logo-upload", OrganizationProfiles.LOGO_MAX_BYTES);

        assertThat(body.bytesRead()).isEqualTo(OrganizationProfiles.LOGO_MAX_BYTES + 1);
        assertThat(count("organization_logo")).isEqualTo(logos);
    }

    @Test
    void theAttachmentUploadRefusesTenTimesItsLimit() throws IOException {
        signInAs("editor@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Upload limit " + UUID.randomUUID(), "Summary", "Body"));
        navigate("content/edit/" + item.id().value(), ContentEditorView.class);
        var rows = count("content_attachment");

        var body = sendTenTimes("attachment-upload", attachments.maxBytes());

        assertThat(body.bytesRead()).isEqualTo(attachments.maxBytes() + 1);
        assertThat(count("content_attachment")).isEqualTo(rows);
    }

    @Test
    void theBundleUploadRefusesTenTimesItsLimit() throws IOException {
        signInAs("editor@vendor.test");
        navigate(ContentTransferView.class);
        var items = count("content_item");

        var body = sendTenTimes("import-upload", ContentBundles.MAX_ZIP_BYTES);

        assertThat(body.bytesRead()).isEqualTo(ContentBundles.MAX_ZIP_BYTES + 1);
        assertThat(count("content_item")).isEqualTo(items);
    }

    /** Posts ten times {@code limit} bytes, without a declared size, to the handler behind the upload with this id. */
    private EndlessBody sendTenTimes(String uploadId, long limit) throws IOException {
        var upload = find(Upload.class).withId(uploadId).single();
        var target = URI.create(upload.getElement().getAttribute("target"));
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target).orElseThrow();
        var handler = (UploadHandler) resource.getElementRequestHandler();
        var body = new EndlessBody(10 * limit);
        var event = body.asUpload("large.bin", -1);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        return body;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
