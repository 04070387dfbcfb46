package dev.partnerportal.ui.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.IndexStatus;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The search index as administrators see it: whether it answers, how many items it holds against how many
 * are published, and a full rebuild from the database with a progress bar. Searches keep working during a
 * rebuild requested here.
 */
@Route("admin/search-index")
@Menu(order = 915, title = "nav.searchIndex")
@RolesAllowed(Role.Names.ADMIN)
public class SearchIndexView extends Div implements HasDynamicTitle {

    private final ContentSearch search;
    private final Paragraph state = new Paragraph();
    private final Span documents = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button rebuild = new Button();
    private @Nullable Registration polling;

    SearchIndexView(ContentSearch search) {
        this.search = search;
        addClassNames("portal-page", "search-index-page");
        state.setId("search-index-state");
        documents.setId("search-index-documents");
        progress.setId("search-index-progress");
        progress.setMin(0);
        progress.setMax(1);
        progressText.setId("search-index-progress-text");
        rebuild.setText(getTranslation("searchIndex.rebuild"));
        rebuild.setId("search-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> {
            search.rebuild();
            startPolling();
            refresh();
        });
        add(new Paragraph(getTranslation("searchIndex.intro")), state, documents, new Div(progress, progressText), rebuild);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (search.status().rebuilding()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(500);
            if (polling == null) {
                polling = ui.addPollListener(e -> refresh());
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void refresh() {
        IndexStatus status = search.status();
        state.setText(getTranslation(status.rebuilding() ? "searchIndex.state.rebuilding"
                : status.serving() ? "searchIndex.state.ready" : "searchIndex.state.unavailable"));
        documents.setText(getTranslation("searchIndex.documents", status.documents(), status.published(), status.checkpoint()));
        progress.setVisible(status.rebuilding());
        progress.setValue(status.progress());
        progressText.setText(status.rebuilding()
                ? getTranslation("searchIndex.progress", status.rebuildDone(), status.rebuildTotal()) : "");
        rebuild.setEnabled(!status.rebuilding());
        if (!status.rebuilding()) {
            stopPolling();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.searchIndex");
    }
}
