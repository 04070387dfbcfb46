package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.deal.Deals;
import dev.partnerportal.deal.DirectAccountView;
import dev.partnerportal.deal.NewDeal;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The customers the vendor's direct team owns: partners' registrations of them conflict until the date shown. */
@Route("deals/direct-accounts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class DirectAccountsView extends Div implements HasDynamicTitle {

    private final Deals deals;
    private final Grid<DirectAccountView> grid = new Grid<>();

    static final class Draft {
        String company = "";
        String domain = "";
        @Nullable LocalDate until;
    }

    DirectAccountsView(Deals deals, Clock clock) {
        this.deals = deals;
        addClassName("portal-page");
        setId("direct-accounts");
        grid.addColumn(DirectAccountView::company).setHeader(getTranslation("deal.field.company")).setFlexGrow(2);
        grid.addColumn(DirectAccountView::domain).setHeader(getTranslation("deal.field.domain"));
        grid.addColumn(a -> a.protectedUntil().toString()).setHeader(getTranslation("deal.column.protectedUntil"));
        grid.addComponentColumn(a -> new Button(getTranslation("deal.directAccounts.remove"), click -> {
            deals.removeDirectAccount(a.id());
            refresh();
        })).setHeader("");
        grid.setAllRowsVisible(true);
        grid.setId("direct-account-list");
        var today = LocalDate.now(clock);
        var company = new TextField(getTranslation("deal.field.company"));
        company.setMaxLength(NewDeal.COMPANY_MAX_LENGTH);
        company.setId("direct-company");
        var domain = new TextField(getTranslation("deal.field.domain"));
        domain.setMaxLength(NewDeal.DOMAIN_MAX_LENGTH);
        domain.setId("direct-domain");
        var until = new DatePicker(getTranslation("deal.column.protectedUntil"));
        until.setMin(today.plusDays(1));
        until.setMax(today.plusYears(DirectAccountView.MAX_PROTECTION_YEARS));
        until.setId("direct-until");
        var binder = new Binder<Draft>();
        binder.forField(company).withValidator(v -> !v.isBlank(), getTranslation("error.deal.direct-account-invalid"))
                .bind(d -> d.company, (d, v) -> d.company = v);
        binder.forField(domain).withValidator(v -> v.contains("."), getTranslation("error.deal.domain-invalid"))
                .bind(d -> d.domain, (d, v) -> d.domain = v);
        binder.forField(until).asRequired(getTranslation("error.deal.direct-account-invalid")).bind(d -> d.until, (d, v) -> d.until = v);
        binder.readBean(new Draft());
        var add = new Button(getTranslation("deal.directAccounts.add"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft) && draft.until != null) {
                try {
                    deals.addDirectAccount(draft.company, draft.domain, draft.until);
                    Notices.success(getTranslation("deal.saved"));
                    binder.readBean(new Draft());
                    refresh();
                } catch (RuleViolation refused) {
                    Notices.refused(refused);
                }
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("direct-add");
        var form = new HorizontalLayout(company, domain, until, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(new RouterLink(getTranslation("deal.back"), DealsView.class),
                new Paragraph(getTranslation("deal.directAccounts.intro")), grid,
                new H3(getTranslation("deal.directAccounts.add")), form);
        refresh();
    }

    private void refresh() {
        grid.setItems(deals.directAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deal.directAccounts.pageTitle");
    }
}
