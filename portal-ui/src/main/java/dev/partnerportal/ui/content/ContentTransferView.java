package dev.partnerportal.ui.content;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.partnerportal.content.ContentBundles;
import dev.partnerportal.content.ImportReport;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bulk export and import of Markdown bundles. The import runs on a background thread with the editor's
 * security context; the page polls while it runs, and a progress bar follows the files (pushed with
 * {@code UI.access}), then the per-file report appears.
 */
@Route("content/transfer")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR, Role.Names.CHANNEL_MANAGER})
public class ContentTransferView extends Div implements HasDynamicTitle {

    private final ContentBundles bundles;
    private final ProgressBar progress = new ProgressBar();
    private final Div report = new Div();

    ContentTransferView(ContentBundles bundles) {
        this.bundles = bundles;
        addClassName("portal-page");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            bundles.export(out);
            var bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "content-export.zip", "application/zip", bytes.length);
        }), getTranslation("transfer.export"));
        export.setId("export-link");
        // The bundle limit holds on the server: a larger body is refused while it arrives, before the import sees it.
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(ContentBundles.MAX_ZIP_BYTES));
        var upload = new Upload(new BoundedUpload(ContentBundles.MAX_ZIP_BYTES, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> start(ui, bytes))),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setMaxFileSize(ContentBundles.MAX_ZIP_BYTES);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".zip");
        upload.setMaxFiles(1);
        progress.setId("import-progress");
        progress.setVisible(false);
        report.setId("import-report");
        add(new H2(getTranslation("transfer.pageTitle")), new Paragraph(getTranslation("transfer.intro")),
                new H3(getTranslation("transfer.exportHeading")), export,
                new H3(getTranslation("transfer.importHeading")), upload, progress, report);
    }

    /** Starts the import in the background; progress and the report come back through {@code UI.access}. */
    void start(UI ui, byte[] bundle) {
        report.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(300);
        var security = SecurityContextHolder.getContext();
        // A virtual thread per import: imports are rare, and the request thread must not wait for one.
        Thread.ofVirtual().name("content-import").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                var result = bundles.importZip(bundle, (done, total) -> ui.access(() -> progress.setValue(done / (double) total)));
                ui.access(() -> show(result));
            } catch (RuntimeException e) {
                ui.access(() -> report.add(new Paragraph(getTranslation("transfer.failed"))));
                throw e;
            } finally {
                SecurityContextHolder.clearContext();
                ui.access(() -> ui.setPollInterval(-1));
            }
        });
    }

    void show(ImportReport result) {
        progress.setVisible(false);
        report.removeAll();
        if (result.succeeded()) {
            report.add(new Paragraph(getTranslation("transfer.done", result.created(), result.updated(), result.unchanged())));
            return;
        }
        report.add(new Paragraph(getTranslation("transfer.rejected")));
        var list = new UnorderedList();
        result.errors().forEach(error -> list.add(new ListItem(
                (error.file().isEmpty() ? "" : error.file() + ": ") + Notices.message(error.violation()))));
        report.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.pageTitle");
    }
}
