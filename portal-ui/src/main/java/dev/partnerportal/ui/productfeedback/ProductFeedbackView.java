package dev.partnerportal.ui.productfeedback;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.earlyaccess.OpenBeta;
import dev.partnerportal.earlyaccess.ParticipationStatus;
import dev.partnerportal.productfeedback.FeedbackItem;
import dev.partnerportal.productfeedback.ProductFeedback;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/**
 * A partner's product feedback: the organization's submissions with status and replies, and the ideas shown to
 * all partners with their votes, most votes first.
 */
@Route("product-feedback")
@Menu(order = 22, title = "productfeedback.nav.partner")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class ProductFeedbackView extends Div implements HasDynamicTitle {

    private final ProductFeedback feedback;
    private final EarlyAccess earlyAccess;
    private final Grid<FeedbackItem> grid = new Grid<>();

    ProductFeedbackView(ProductFeedback feedback, EarlyAccess earlyAccess) {
        this.feedback = feedback;
        this.earlyAccess = earlyAccess;
        addClassNames("portal-page", "portal-page-full");
        var submit = new Button(getTranslation("productfeedback.submit"), VaadinIcon.LIGHTBULB.create(), click -> openForm());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-feedback");
        grid.setId("feedback-grid");
        grid.addComponentColumn(this::votes).setHeader(getTranslation("productfeedback.votes")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::summary).setHeader(getTranslation("productfeedback.title")).setFlexGrow(4);
        grid.addComponentColumn(item -> FeedbackBadges.status(item.status())).setHeader(getTranslation("productfeedback.status"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.ownOrganization() ? getTranslation("productfeedback.ours")
                : getTranslation("productfeedback.othersIdea")).setHeader(getTranslation("productfeedback.from")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("productfeedback.empty"));
        grid.setSizeFull();
        add(new H2(getTranslation("productfeedback.pageTitle")),
                new Paragraph(getTranslation("productfeedback.intro")), submit, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> feedback.list(null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private Component votes(FeedbackItem item) {
        var votes = new Button(LocaleFormats.number(item.votes(), getLocale()),
                (item.votedByMe() ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_UP_O).create(), click -> {
            feedback.toggleVote(item.id());
            refresh();
        });
        votes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        votes.setId("vote-" + item.id());
        votes.setAriaLabel(getTranslation("productfeedback.vote", item.votes()));
        votes.setEnabled(item.visibility() == dev.partnerportal.productfeedback.FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS
                && item.status().openForVotes());
        return votes;
    }

    private Component summary(FeedbackItem item) {
        var head = new Span(getTranslation("productfeedback.kind." + item.kind().name()) + " · " + item.productArea()
                + (item.betaName() == null ? "" : " · " + item.betaName()));
        head.addClassName("productfeedback-meta");
        var box = new Div(new Span(item.title()), head);
        box.addClassName("productfeedback-summary");
        if (item.reply() != null) {
            var reply = new Paragraph(getTranslation("productfeedback.reply", item.reply()));
            reply.addClassName("productfeedback-reply");
            box.add(reply);
        }
        return box;
    }

    private void openForm() {
        var myBetas = earlyAccess.forMyOrganization().stream().filter(b -> b.status() == ParticipationStatus.ACCEPTED)
                .map(OpenBeta::beta).toList();
        new FeedbackDialog(myBetas, draft -> {
            feedback.submit(draft);
            Notices.success(getTranslation("productfeedback.submitted"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("productfeedback.pageTitle");
    }
}
