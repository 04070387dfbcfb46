package dev.partnerportal.ui.lead;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import dev.partnerportal.lead.ImportReport;
import dev.partnerportal.lead.LeadImportRefused;
import dev.partnerportal.lead.Leads;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The CSV import: upload a file, choose whether only the valid rows may be imported, and import. The import
 * runs on its own thread with the signed-in person's rights while the page polls, so the progress bar moves;
 * the report lists every problem by line. By default a file with any wrong row imports nothing.
 */
class LeadImportPanel extends Div {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Leads leads;
    private final ProgressBar progress = new ProgressBar();
    private final Div report = new Div();
    private final Runnable imported;
    private @Nullable String csv;

    LeadImportPanel(Leads leads, Runnable imported) {
        this.leads = leads;
        this.imported = imported;
        setId("lead-import");
        var fileName = new Span();
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(MAX_BYTES));
        var upload = new Upload(new BoundedUpload(MAX_BYTES, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    csv = new String(bytes, StandardCharsets.UTF_8);
                    fileName.setText(metadata.fileName());
                })),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setId("lead-import-file");
        var validOnly = new Checkbox(getTranslation("lead.import.validRowsOnly"));
        validOnly.setId("lead-import-valid-only");
        var start = new Button(getTranslation("lead.import.start"), click -> start(validOnly.getValue()));
        start.setId("lead-import-start");
        progress.setVisible(false);
        progress.setId("lead-import-progress");
        report.setId("lead-import-report");
        var help = new Paragraph(getTranslation("lead.import.help", String.join(", ", Leads.IMPORT_COLUMNS),
                Leads.IMPORT_MAX_ROWS));
        help.addClassName("portal-hint");
        add(new H3(getTranslation("lead.import.title")), help, upload, fileName, validOnly, start, progress, report);
    }

    /** Sets the file to import as if it had been uploaded. */
    void setCsv(String content) {
        csv = content;
    }

    private void start(boolean validRowsOnly) {
        var content = csv;
        var ui = UI.getCurrent();
        if (content == null || ui == null) {
            Notices.warning(getTranslation("lead.import.noFile"));
            return;
        }
        report.removeAll();
        long total = Math.max(1, content.lines().filter(line -> !line.isBlank()).count() - 1);
        progress.setValue(0);
        progress.setVisible(true);
        var security = SecurityContextHolder.getContext();
        ui.setPollInterval(500);
        Thread.ofVirtual().name("lead-import").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                var result = leads.importCsv(content, validRowsOnly,
                        done -> ui.access(() -> progress.setValue(Math.min(1.0, done / (double) total))));
                ui.access(() -> show(result, false));
            } catch (LeadImportRefused refused) {
                ui.access(() -> show(refused.report(), true));
            } catch (RuleViolation refused) {
                ui.access(() -> Notices.refused(refused));
            } finally {
                SecurityContextHolder.clearContext();
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setValue(1.0);
                });
            }
        });
    }

    private void show(ImportReport result, boolean refused) {
        report.removeAll();
        var summary = new Paragraph(refused
                ? getTranslation("lead.import.refused", result.rows(), result.rows() - result.validRows())
                : getTranslation("lead.import.done", result.imported(), result.rows()));
        summary.setId("lead-import-summary");
        var problems = new UnorderedList();
        result.problems().forEach(problem -> problems.add(new ListItem(LeadFormats.problem(this, problem))));
        report.add(summary, problems);
        if (!refused) {
            imported.run();
        }
    }
}
