package dev.partnerportal.ui.mdf;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.mdf.AllocationView;
import dev.partnerportal.mdf.ClaimStatus;
import dev.partnerportal.mdf.FiscalQuarter;
import dev.partnerportal.mdf.FundRequestStatus;
import dev.partnerportal.mdf.FundRequestView;
import dev.partnerportal.mdf.MarketDevelopmentFunds;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Staff: every visible allocation and fund request with its results; set one organization's allocation or the
 * quarter's allocations by tier;
 * approve or reject a request; approve, reject or mark paid its claim.
 */
@Route("funds/desk")
@Menu(order = 17, title = "mdf.nav.desk")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class FundsDeskView extends Div implements HasDynamicTitle {

    static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};

    private final MarketDevelopmentFunds funds;
    private final Grid<AllocationView> allocations;
    private final Grid<FundRequestView> requests;
    private final Div decision = new Div();

    FundsDeskView(MarketDevelopmentFunds funds, PartnerDirectory directory, Clock clock) {
        this.funds = funds;
        addClassName("portal-page");
        setId("funds-desk");
        allocations = FundFormats.allocations(this);
        requests = FundFormats.requests(this);
        requests.asSingleSelect().addValueChangeListener(event -> showDecision(event.getValue()));
        decision.setId("mdf-decision");
        add(new Paragraph(getTranslation("mdf.desk.intro")), new H3(getTranslation("mdf.requests.title")), requests,
                decision, new H3(getTranslation("mdf.allocations.title")), allocations,
                new Details(getTranslation("mdf.allocate.title"), allocateOne(directory, FiscalQuarter.of(LocalDate.now(clock)))),
                new Details(getTranslation("mdf.byTier.title"), byTier(FiscalQuarter.of(LocalDate.now(clock)))));
        refresh();
    }

    /** One organization's allocation for a quarter: created, or changed (never below what is reserved). */
    private FormLayout allocateOne(PartnerDirectory directory, FiscalQuarter current) {
        var form = new FormLayout();
        form.setId("mdf-allocate");
        var organization = new Select<OrganizationSummary>();
        organization.setLabel(getTranslation("mdf.field.organization"));
        organization.setItems(directory.list(PageRequest.of(0, 500, Sort.by("name"))).getContent());
        organization.setItemLabelGenerator(OrganizationSummary::name);
        organization.setId("mdf-allocate-organization");
        var quarter = new TextField(getTranslation("mdf.field.quarter"));
        quarter.setValue(current.toString());
        quarter.setId("mdf-allocate-quarter");
        var amount = new BigDecimalField(getTranslation("mdf.field.amount"));
        amount.setId("mdf-allocate-amount");
        var currency = new TextField(getTranslation("mdf.field.currency"));
        currency.setValue("EUR");
        currency.setMaxLength(3);
        currency.setId("mdf-allocate-currency");
        var set = new Button(getTranslation("mdf.allocate.apply"), click -> {
            if (organization.getValue() == null || amount.getValue() == null) {
                Notices.warning(getTranslation("mdf.field.required"));
                return;
            }
            act(() -> {
                var allocation = funds.allocate(organization.getValue().organizationId(), FiscalQuarter.parse(quarter.getValue()),
                        amount.getValue(), currency.getValue());
                return getTranslation("mdf.allocate.done", allocation.organizationName(), allocation.quarter().toString());
            });
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setId("mdf-allocate-apply");
        form.add(organization, quarter, amount, currency, set);
        return form;
    }

    private FormLayout byTier(FiscalQuarter current) {
        var form = new FormLayout();
        form.setId("mdf-by-tier");
        var quarter = new TextField(getTranslation("mdf.field.quarter"));
        quarter.setValue(current.toString());
        quarter.setId("mdf-by-tier-quarter");
        var currency = new TextField(getTranslation("mdf.field.currency"));
        currency.setValue("EUR");
        currency.setMaxLength(3);
        currency.setId("mdf-by-tier-currency");
        form.add(quarter, currency);
        var amounts = new LinkedHashMap<String, BigDecimalField>();
        for (var tier : TIERS) {
            var amount = new BigDecimalField(getTranslation("mdf.byTier.amount", tier));
            amount.setId("mdf-by-tier-" + tier.toLowerCase(java.util.Locale.ROOT));
            amounts.put(tier, amount);
            form.add(amount);
        }
        var apply = new Button(getTranslation("mdf.byTier.apply"), click -> act(() -> {
            var byTier = new LinkedHashMap<String, BigDecimal>();
            amounts.forEach((tier, field) -> {
                if (field.getValue() != null) {
                    byTier.put(tier, field.getValue());
                }
            });
            int count = funds.allocateByTier(FiscalQuarter.parse(quarter.getValue()), Map.copyOf(byTier), currency.getValue());
            return getTranslation("mdf.byTier.done", count);
        }));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("mdf-by-tier-apply");
        form.add(apply);
        return form;
    }

    private void showDecision(@Nullable FundRequestView request) {
        decision.removeAll();
        if (request == null) {
            return;
        }
        decision.add(new H3(request.title()), new Paragraph(request.plan()),
                new Paragraph(getTranslation("mdf.desk.dates", request.startsOn(), request.endsOn(), request.expectedLeads())));
        if (request.reason() != null) {
            decision.add(new Paragraph(getTranslation("mdf.desk.reason", request.reason())));
        }
        var reason = new TextField(getTranslation("mdf.field.reason"));
        reason.setMaxLength(MarketDevelopmentFunds.REASON_MAX_LENGTH);
        reason.setId("mdf-reason");
        if (request.status() == FundRequestStatus.SUBMITTED) {
            var approve = new Button(getTranslation("mdf.approve"), click -> act(() -> {
                funds.approve(request.id());
                return getTranslation("mdf.approved");
            }));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("mdf-approve");
            var reject = new Button(getTranslation("mdf.reject"), click -> act(() -> {
                funds.reject(request.id(), reason.getValue());
                return getTranslation("mdf.rejected");
            }));
            reject.setId("mdf-reject");
            decision.add(new HorizontalLayout(approve, reason, reject));
        }
        for (var claim : request.claims()) {
            var line = new Paragraph(getTranslation("mdf.desk.claim", getTranslation("mdf.claimStatus." + claim.status().name()),
                    FundFormats.money(this, claim.actualCost(), claim.currency())));
            decision.add(line);
            claim.proofs().forEach(proof -> decision.add(new Anchor("/api/mdf/proofs/" + proof.id(), proof.fileName())));
            var actions = new HorizontalLayout();
            if (claim.status() == ClaimStatus.SUBMITTED) {
                var approve = new Button(getTranslation("mdf.claim.approve"), click -> act(() -> {
                    funds.decideClaim(claim.id(), ClaimStatus.APPROVED, null);
                    return getTranslation("mdf.claim.approved");
                }));
                approve.setId("mdf-claim-approve");
                var reject = new Button(getTranslation("mdf.claim.reject"), click -> act(() -> {
                    funds.decideClaim(claim.id(), ClaimStatus.REJECTED, reason.getValue());
                    return getTranslation("mdf.claim.rejected");
                }));
                reject.setId("mdf-claim-reject");
                actions.add(approve, reason, reject);
            } else if (claim.status() == ClaimStatus.APPROVED) {
                var paid = new Button(getTranslation("mdf.claim.markPaid"), click -> act(() -> {
                    funds.decideClaim(claim.id(), ClaimStatus.PAID, null);
                    return getTranslation("mdf.claim.paid");
                }));
                paid.setId("mdf-claim-paid");
                actions.add(paid);
            }
            decision.add(actions);
        }
    }

    private void act(Supplier<String> action) {
        try {
            Notices.success(action.get());
            refresh();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    private void refresh() {
        allocations.setItems(funds.allocations());
        requests.setItems(funds.requests());
        decision.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mdf.desk.pageTitle");
    }
}
