package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.training.PathForm;
import dev.partnerportal.training.TrainingAuthoring;
import dev.partnerportal.training.TrainingAuthoring.PathDraft;
import dev.partnerportal.ui.layout.Notices;
import org.jspecify.annotations.Nullable;

/** The learning-path catalog as editors keep it: in partners' order, with new, edit, move and retire. */
class PathsPanel extends Div {

    private final TrainingAuthoring authoring;
    private final Grid<PathDraft> grid = new Grid<>();

    PathsPanel(TrainingAuthoring authoring) {
        this.authoring = authoring;
        grid.addColumn(PathDraft::title).setHeader(getTranslation("trainingAdmin.title")).setFlexGrow(2);
        grid.addColumn(PathDraft::code).setHeader(getTranslation("trainingAdmin.code"));
        grid.addColumn(p -> String.join(", ", p.courseCodes())).setHeader(getTranslation("trainingAdmin.path.courses")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.retired() ? "trainingAdmin.path.retired" : "trainingAdmin.path.live"))
                .setHeader(getTranslation("trainingAdmin.path.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("trainingAdmin.actions")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setId("paths-grid");
        var create = new Button(getTranslation("trainingAdmin.path.new"), click -> open(null));
        create.setId("new-path");
        add(new H3(getTranslation("trainingAdmin.paths")), create, grid);
        refresh();
    }

    private HorizontalLayout actions(PathDraft path) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("training-path-actions");
        actions.add(action("trainingAdmin.edit", "path-edit-" + path.code(), () -> open(path)));
        if (!path.retired()) {
            actions.add(action("trainingAdmin.moveUp", "path-up-" + path.code(), () -> authoring.movePath(path.code(), -1)),
                    action("trainingAdmin.moveDown", "path-down-" + path.code(), () -> authoring.movePath(path.code(), 1)),
                    action("trainingAdmin.path.retire", "path-retire-" + path.code(), () -> {
                        authoring.retirePath(path.code());
                        Notices.success(getTranslation("trainingAdmin.path.retiredNotice", path.title()));
                    }));
        } else {
            actions.add(new Span());
        }
        return actions;
    }

    private Button action(String label, String id, Runnable work) {
        var button = new Button(getTranslation(label), click -> {
            try {
                work.run();
            } catch (RuleViolation e) {
                Notices.error(Notices.message(e));
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId(id);
        return button;
    }

    private void open(@Nullable PathDraft existing) {
        var dialog = new PathDialog[1];
        dialog[0] = new PathDialog(authoring.courseCatalog(), existing, (PathForm form) -> {
            try {
                if (existing == null) {
                    authoring.createPath(form);
                } else {
                    authoring.updatePath(existing.code(), form);
                }
                dialog[0].close();
                Notices.success(getTranslation("trainingAdmin.saved"));
                refresh();
            } catch (RuleViolation e) {
                dialog[0].showError(getTranslation("trainingAdmin.invalid", Notices.message(e)));
            }
        });
        dialog[0].open();
    }

    private void refresh() {
        grid.setItems(authoring.paths());
    }
}
