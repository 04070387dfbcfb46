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

/**
 * Staff: every visible allocation and fund request with its results; set the quarter's allocations by tier;
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

    FundsDeskView(MarketDevelopmentFunds funds, Clock clock) {
        this.funds = funds;
        addClassName("portal-page");
        setId("funds-desk");
        allocations = FundFormats.allocations(this);
        requests = FundFormats.requests(this);
        requests.asSingleSelect().addValueChangeListener(event -> showDecision(event.getValue()));
        decision.setId("mdf-decision");
        add(new Paragraph(getTranslation("mdf.desk.intro")), new H3(getTranslation("mdf.requests.title")), requests,
                decision, new H3(getTranslation("mdf.allocations.title")), allocations,
                new Details(getTranslation("mdf.byTier.title"), byTier(FiscalQuarter.of(LocalDate.now(clock)))));
        refresh();
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
