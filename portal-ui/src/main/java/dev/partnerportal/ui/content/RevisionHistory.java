package dev.partnerportal.ui.content;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.partnerportal.content.RevisionDiff;
import dev.partnerportal.content.RevisionSummary;
import dev.partnerportal.ui.i18n.LocaleFormats;
import java.util.List;

/** The revisions of an item, newest first; fires compare (with the previous revision) and restore events. */
class RevisionHistory extends Div {

    private final Div diff = new Div();

    RevisionHistory(List<RevisionSummary> revisions) {
        setId("history");
        var grid = new Grid<RevisionSummary>();
        grid.setId("history-grid");
        grid.addColumn(RevisionSummary::revision).setHeader(getTranslation("editor.history.revision")).setAutoWidth(true);
        grid.addColumn(RevisionSummary::savedBy).setHeader(getTranslation("editor.history.by")).setAutoWidth(true);
        grid.addColumn(r -> LocaleFormats.dateTime(r.savedAt(), getLocale())).setHeader(getTranslation("editor.history.at")).setAutoWidth(true);
        grid.addColumn(RevisionSummary::note).setHeader(getTranslation("editor.history.note"));
        grid.addComponentColumn(r -> {
            var compare = new Button(getTranslation("editor.history.compare"),
                    e -> fireEvent(new CompareEvent(this, r.revision() - 1, r.revision())));
            compare.setId("compare-" + r.revision());
            compare.setEnabled(r.revision() > 1);
            var restore = new Button(getTranslation("editor.history.restore"),
                    e -> fireEvent(new RestoreEvent(this, r.revision())));
            restore.setId("restore-" + r.revision());
            return new HorizontalLayout(compare, restore);
        }).setAutoWidth(true);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        diff.setId("diff");
        diff.addClassName("revision-diff");
        add(new H3(getTranslation("editor.history")), grid, diff);
    }

    Registration addCompareListener(ComponentEventListener<CompareEvent> listener) {
        return addListener(CompareEvent.class, listener);
    }

    Registration addRestoreListener(ComponentEventListener<RestoreEvent> listener) {
        return addListener(RestoreEvent.class, listener);
    }

    void showDiff(RevisionDiff revisionDiff) {
        diff.removeAll();
        for (var line : revisionDiff.lines()) {
            var prefix = switch (line.change()) {
                case ADDED -> "+ ";
                case REMOVED -> "- ";
                case SAME -> "  ";
            };
            var row = new Div(prefix + line.text());
            row.addClassName("diff-" + line.change().name().toLowerCase(java.util.Locale.ROOT));
            diff.add(row);
        }
    }

    static final class CompareEvent extends ComponentEvent<RevisionHistory> {
        private final int from;
        private final int to;

        CompareEvent(RevisionHistory source, int from, int to) {
            super(source, false);
            this.from = from;
            this.to = to;
        }

        int from() { return from; }
        int to() { return to; }
    }

    static final class RestoreEvent extends ComponentEvent<RevisionHistory> {
        private final int revision;

        RestoreEvent(RevisionHistory source, int revision) {
            super(source, false);
            this.revision = revision;
        }

        int revision() { return revision; }
    }
}
