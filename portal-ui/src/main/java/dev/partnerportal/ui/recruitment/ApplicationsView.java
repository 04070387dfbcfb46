package dev.partnerportal.ui.recruitment;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.recruitment.Recruitment;
import dev.partnerportal.recruitment.SubmittedApplication;
import dev.partnerportal.shared.ErrorKind;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** Applications waiting for a decision, with their ideal-partner-profile score. */
@Route("applications")
@Menu(order = 20, title = "nav.applications")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class ApplicationsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Grid<SubmittedApplication> grid = new Grid<>();
    private final Recruitment recruitment;

    ApplicationsView(Recruitment recruitment) {
        this.recruitment = recruitment;
        addClassNames("portal-page", "portal-page-full");
        grid.setId("applications-grid");
        grid.addColumn(SubmittedApplication::companyName).setHeader(getTranslation("applications.column.company"))
                .setSortProperty("companyName").setFlexGrow(2);
        grid.addColumn(a -> getTranslation("partnerType." + a.partnerType().name()))
                .setHeader(getTranslation("applications.column.type"));
        grid.addColumn(SubmittedApplication::region).setHeader(getTranslation("applications.column.region"))
                .setSortProperty("region");
        grid.addComponentColumn(a -> scoreBar(a.score())).setHeader(getTranslation("applications.column.score"))
                .setSortProperty("score");
        grid.addColumn(a -> LocaleFormats.date(a.submittedAt(), getLocale())).setHeader(getTranslation("applications.column.submitted"))
                .setSortProperty("submittedAt");
        grid.setEmptyStateText(getTranslation("applications.empty"));
        grid.setItems(query -> recruitment.open(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> review(click.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    /** A link with {@code ?application=<id>} (a notification's) opens that application's review, if it is open. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("application")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf)
                .flatMap(recruitment::find).ifPresent(this::review);
    }

    private void review(SubmittedApplication application) {
        new ReviewDialog(application, decision -> {
            try {
                if (decision.approve()) {
                    recruitment.approve(decision.applicationId());
                    Notices.success(getTranslation("applications.approved", application.companyName()));
                } else {
                    recruitment.reject(decision.applicationId(), decision.reason());
                    Notices.success(getTranslation("applications.rejected", application.companyName()));
                }
                grid.getDataProvider().refreshAll();
                return true;
            } catch (RuleViolation refused) {
                Notices.refused(refused);
                grid.getDataProvider().refreshAll();
                // Decided meanwhile or the name is taken: nothing to fix in the dialog. A bad reason: fix it there.
                return refused.kind() != ErrorKind.INVALID;
            }
        }).open();
    }

    /** The score as a bar people can compare at a glance, with the number for screen readers and precision. */
    static Span scoreBar(int score) {
        var bar = new Span();
        bar.addClassName("portal-score-bar");
        bar.getStyle().set("--portal-score", score + "%");
        var label = new Span(Integer.toString(score));
        label.addClassName("portal-score-label");
        var wrapper = new Span(bar, label);
        wrapper.addClassName("portal-score");
        wrapper.getElement().setAttribute("title", score + " / 100");
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.pageTitle");
    }
}
