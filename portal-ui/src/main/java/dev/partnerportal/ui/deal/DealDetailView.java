package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.deal.CoSelling;
import dev.partnerportal.deal.DealConflict;
import dev.partnerportal.deal.DealDetail;
import dev.partnerportal.deal.DealRegistrationId;
import dev.partnerportal.deal.Deals;
import dev.partnerportal.deal.NewDeal;
import dev.partnerportal.deal.RegistrationStatus;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Facts;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One deal: its facts and state, the stage form while open, and co-selling requests. Staff also see the
 * conflicts found on submission and decide the registration and extension requests; partners ask for an
 * extension. The service finds nothing for another organization's deal, which answers "not found".
 */
@Route("deal")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER, Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class DealDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Deals deals;
    private final CoSelling coSelling;
    private final Clock clock;
    private final boolean staff;
    private long id;
    private String title = "";

    DealDetailView(Deals deals, CoSelling coSelling, AuthenticationContext authentication, Clock clock) {
        this.deals = deals;
        this.coSelling = coSelling;
        this.clock = clock;
        this.staff = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER);
        addClassName("portal-page");
        setId("deal-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.id = id;
        render(deals.find(new DealRegistrationId(id)).orElseThrow(NotFoundException::new));
    }

    private void refresh() {
        deals.find(new DealRegistrationId(id)).ifPresent(this::render);
    }

    private void render(DealDetail detail) {
        removeAll();
        var s = detail.summary();
        title = getTranslation("deal.detail.pageTitle", s.customerCompany());
        var status = new Span(getTranslation("deal.status." + s.status().name()));
        status.addClassName("portal-badge");
        status.setId("deal-status");
        var stage = new Span(getTranslation("deal.stage." + s.stage().name()));
        stage.setId("deal-stage-now");
        add(new RouterLink(getTranslation("deal.back"), DealsView.class), new H2(s.customerCompany()),
                Facts.of(Facts.fact(getTranslation("deal.column.partner"), new Span(s.organizationName())),
                        Facts.fact(getTranslation("deal.field.domain"), new Span(s.customerDomain())),
                        Facts.fact(getTranslation("deal.field.country"), new Span(s.country())),
                        Facts.fact(getTranslation("deal.field.products"), new Span(String.join(", ", s.products()))),
                        Facts.fact(getTranslation("deal.field.value"), new Span(DealFormats.money(this, s.estimatedValue(), s.currency()))),
                        Facts.fact(getTranslation("deal.field.expectedClose"), new Span(s.expectedClose().toString())),
                        Facts.fact(getTranslation("deal.field.stage"), stage),
                        Facts.fact(getTranslation("deal.column.status"), status),
                        Facts.fact(getTranslation("deal.column.protectedUntil"), new Span(s.protectedUntil() == null ? "–"
                                : getTranslation(s.protectedNow() ? "deal.detail.protected" : "deal.detail.protectionEnded",
                                s.protectedUntil().toString())))));
        if (s.decisionReason() != null) {
            add(new Paragraph(getTranslation("deal.detail.decisionReason", s.decisionReason())));
        }
        if (s.finalAmount() != null) {
            var won = new Paragraph(getTranslation("deal.detail.won", DealFormats.money(this, s.finalAmount(), s.currency()), s.closedOn()));
            won.setId("deal-won");
            add(won);
        }
        if (s.lostReason() != null) {
            add(new Paragraph(getTranslation("deal.detail.lost", s.lostReason())));
        }
        if (s.notes() != null) {
            add(new Paragraph(s.notes()));
        }
        if (staff) {
            add(conflicts(detail));
            if (s.status() == RegistrationStatus.SUBMITTED && !s.closed()) {
                add(decision(detail));
            }
        }
        add(extension(detail));
        if (!s.closed()) {
            var form = new StageChangeForm(s);
            form.addChangeListener(event -> run(() -> deals.change(s.id(), event.change())));
            add(new H3(getTranslation("deal.change.heading")), form);
        } else {
            add(new Paragraph(getTranslation("deal.detail.closed")));
        }
        add(new CoSellingPanel(detail, coSelling, staff, LocalDate.now(clock), this::refresh));
    }

    private Div conflicts(DealDetail detail) {
        var box = new Div(new H3(getTranslation("deal.conflicts.heading")));
        box.setId("deal-conflicts");
        if (detail.conflicts().isEmpty()) {
            box.add(new Paragraph(getTranslation("deal.conflicts.none")));
            return box;
        }
        var list = new UnorderedList();
        for (DealConflict c : detail.conflicts()) {
            var text = c.directAccount()
                    ? getTranslation("deal.conflicts.direct", c.otherCompany(), getTranslation("deal.match." + c.matchedOn().name()))
                    : getTranslation("deal.conflicts.registration", c.otherOrganizationName(), c.otherCompany(), c.otherDomain(),
                    getTranslation("deal.status." + c.otherStatus()), getTranslation("deal.match." + c.matchedOn().name()));
            Component item = c.otherRegistration() == null ? new Span(text)
                    : new RouterLink(text, DealDetailView.class, c.otherRegistration().value());
            list.add(new ListItem(item));
        }
        box.add(list);
        box.addClassName("portal-deal-conflicts");
        return box;
    }

    private HorizontalLayout decision(DealDetail detail) {
        var reason = new TextField(getTranslation("deal.decision.reason"));
        reason.setMaxLength(NewDeal.REASON_MAX_LENGTH);
        reason.setId("deal-decision-reason");
        var approve = new Button(getTranslation("deal.decision.approve"),
                click -> run(() -> deals.approve(detail.summary().id(), reason.getValue())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("deal-approve");
        var reject = new Button(getTranslation("deal.decision.reject"),
                click -> run(() -> deals.reject(detail.summary().id(), reason.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("deal-reject");
        var row = new HorizontalLayout(reason, approve, reject);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setId("deal-decision");
        return row;
    }

    private Div extension(DealDetail detail) {
        var s = detail.summary();
        var box = new Div();
        box.setId("deal-extension");
        if (s.extensionRequested()) {
            box.add(new Paragraph(getTranslation("deal.extension.pending", s.extensionReason())));
            if (staff) {
                var grant = new Button(getTranslation("deal.extension.grant"), click -> run(() -> deals.decideExtension(s.id(), true)));
                grant.setId("deal-extension-grant");
                var refuse = new Button(getTranslation("deal.extension.refuse"), click -> run(() -> deals.decideExtension(s.id(), false)));
                box.add(new HorizontalLayout(grant, refuse));
            }
        } else if (!staff && s.protectedNow() && !s.closed()) {
            var reason = new TextField(getTranslation("deal.extension.reason"));
            reason.setMaxLength(NewDeal.REASON_MAX_LENGTH);
            reason.setId("deal-extension-reason");
            var ask = new Button(getTranslation("deal.extension.request"), click -> run(() -> deals.requestExtension(s.id(), reason.getValue())));
            ask.setId("deal-extension-request");
            var row = new HorizontalLayout(reason, ask);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    private void run(Supplier<Optional<?>> action) {
        try {
            action.get();
            Notices.success(getTranslation("deal.saved"));
            refresh();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
