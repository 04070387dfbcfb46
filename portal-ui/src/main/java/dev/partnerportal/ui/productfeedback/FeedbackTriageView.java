package dev.partnerportal.ui.productfeedback;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.productfeedback.FeedbackItem;
import dev.partnerportal.productfeedback.FeedbackStatus;
import dev.partnerportal.productfeedback.ProductFeedback;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** Staff triage: every submission they may see, newest first, filtered by status; a dialog decides on one. */
@Route("product-feedback/triage")
@Menu(order = 32, title = "productfeedback.nav.triage")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class FeedbackTriageView extends Div implements HasDynamicTitle {

    private final ProductFeedback feedback;
    private final Grid<FeedbackItem> grid = new Grid<>();
    private final Select<FeedbackStatus> filter = new Select<>();

    FeedbackTriageView(ProductFeedback feedback) {
        this.feedback = feedback;
        addClassNames("portal-page", "portal-page-full");
        filter.setLabel(getTranslation("productfeedback.status"));
        filter.setItems(FeedbackStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("productfeedback.allStatuses"));
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("productfeedback.allStatuses")
                : getTranslation("productfeedback.status." + s.name()));
        filter.setId("triage-filter");
        filter.addValueChangeListener(change -> refresh());
        grid.setId("triage-grid");
        grid.addColumn(item -> LocaleFormats.date(item.submittedAt(), getLocale())).setHeader(getTranslation("productfeedback.submittedAt")).setAutoWidth(true);
        grid.addColumn(FeedbackItem::organizationName).setHeader(getTranslation("productfeedback.organization")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("productfeedback.kind." + item.kind().name())).setHeader(getTranslation("productfeedback.kind"));
        grid.addColumn(FeedbackItem::title).setHeader(getTranslation("productfeedback.title")).setFlexGrow(4);
        grid.addComponentColumn(item -> FeedbackBadges.status(item.status())).setHeader(getTranslation("productfeedback.status")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("productfeedback.visibility." + item.visibility().name()))
                .setHeader(getTranslation("productfeedback.visibility")).setAutoWidth(true);
        grid.addColumn(FeedbackItem::votes).setHeader(getTranslation("productfeedback.votes")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
            var open = new Button(getTranslation("productfeedback.triage.open"), click -> openTriage(item));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("triage-" + item.id());
            return open;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("productfeedback.empty"));
        grid.setSizeFull();
        add(filter, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> feedback.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private void openTriage(FeedbackItem item) {
        new TriageDialog(item, triage -> {
            feedback.triage(item.id(), triage);
            Notices.success(getTranslation("productfeedback.triaged"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("productfeedback.triage.pageTitle");
    }
}
