package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.FollowUp;
import dev.partnerportal.survey.FollowUpDesk;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** Detractor follow-ups of the signed-in partner manager (all of them for administrators). */
@Route("follow-ups")
@Menu(order = 31, title = "nav.followUps")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class FollowUpsView extends Div implements HasDynamicTitle {

    private final FollowUpDesk desk;
    private final Grid<FollowUp> grid = new Grid<>();

    FollowUpsView(FollowUpDesk desk) {
        this.desk = desk;
        addClassNames("portal-page", "portal-page-full");
        grid.setId("follow-ups-grid");
        grid.addColumn(FollowUp::organizationName).setHeader(getTranslation("survey.followUps.organization")).setFlexGrow(2);
        grid.addColumn(f -> f.respondent() == null ? "" : f.respondent()).setHeader(getTranslation("survey.followUps.respondent")).setFlexGrow(2);
        grid.addColumn(FollowUp::score).setHeader(getTranslation("survey.followUps.score"));
        grid.addColumn(f -> f.surveyTitle() + " · " + f.waveName()).setHeader(getTranslation("survey.followUps.wave")).setFlexGrow(2);
        grid.addColumn(f -> SurveyFormats.date(f.openedAt(), getLocale())).setHeader(getTranslation("survey.followUps.opened"));
        grid.addColumn(f -> f.open() ? getTranslation("survey.followUps.open")
                : getTranslation("survey.followUps.closed") + ": " + f.resolution()).setHeader(getTranslation("survey.followUps.status")).setFlexGrow(3);
        grid.addComponentColumn(f -> {
            var close = new Button(getTranslation("survey.followUps.close"), click -> openClose(f));
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            close.setId("close-follow-up-" + f.id());
            close.setVisible(f.open());
            return close;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("survey.followUps.empty"));
        grid.setSizeFull();
        refresh();
        add(grid);
    }

    private void refresh() {
        grid.setItems(desk.myTasks());
    }

    private void openClose(FollowUp task) {
        var dialog = new Dialog(getTranslation("survey.followUps.closeTitle", task.organizationName()));
        var resolution = new TextArea(getTranslation("survey.followUps.resolution"));
        resolution.setMaxLength(FollowUp.RESOLUTION_MAX_LENGTH);
        resolution.setWidthFull();
        resolution.setId("follow-up-resolution");
        var save = new Button(getTranslation("survey.followUps.save"), click -> {
            try {
                desk.close(task.id(), resolution.getValue());
                dialog.close();
                refresh();
            } catch (RuleViolation e) {
                resolution.setInvalid(true);
                resolution.setErrorMessage(Notices.message(e));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-follow-up");
        dialog.add(resolution);
        dialog.getFooter().add(new Button(getTranslation("survey.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.followUps.pageTitle");
    }
}
