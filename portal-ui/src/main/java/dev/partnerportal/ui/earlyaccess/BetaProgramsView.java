package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.earlyaccess.BetaId;
import dev.partnerportal.earlyaccess.BetaSummary;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Role;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Staff run the early-access programs: open a beta, see its participants, decide on applications, invite. */
@Route("betas")
@Menu(order = 33, title = "earlyaccess.nav.staff")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class BetaProgramsView extends Div implements HasDynamicTitle {

    private final EarlyAccess earlyAccess;
    private final PartnerDirectory directory;
    private final Tiers tiers;
    private final Grid<BetaSummary> grid = new Grid<>();
    private final Div details = new Div();

    BetaProgramsView(EarlyAccess earlyAccess, PartnerDirectory directory, Tiers tiers) {
        this.earlyAccess = earlyAccess;
        this.directory = directory;
        this.tiers = tiers;
        addClassNames("portal-page", "portal-page-full");
        var open = new Button(getTranslation("earlyaccess.open"), VaadinIcon.FLASK.create(), click -> openBeta());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-beta");
        grid.setId("betas-grid");
        grid.addColumn(BetaSummary::name).setHeader(getTranslation("earlyaccess.name")).setFlexGrow(3);
        grid.addColumn(b -> BetaFormats.dates(b, getLocale())).setHeader(getTranslation("earlyaccess.dates")).setFlexGrow(2);
        grid.addColumn(b -> BetaFormats.eligibility(b, this)).setHeader(getTranslation("earlyaccess.eligibility")).setFlexGrow(3);
        grid.addColumn(b -> getTranslation("earlyaccess.places", b.participants(), b.capacity()))
                .setHeader(getTranslation("earlyaccess.capacity")).setAutoWidth(true);
        grid.addColumn(BetaSummary::pending).setHeader(getTranslation("earlyaccess.pending")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("earlyaccess.empty"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue() == null ? null : change.getValue().id()));
        add(open, grid, details);
        refresh(null);
    }

    private void refresh(@Nullable BetaId selected) {
        var programs = earlyAccess.programs();
        grid.setItems(programs);
        programs.stream().filter(b -> b.id().equals(selected)).findFirst().ifPresentOrElse(grid::select, () -> show(null));
    }

    private void show(@Nullable BetaId beta) {
        details.removeAll();
        if (beta != null) {
            earlyAccess.program(beta).ifPresent(summary ->
                    details.add(new ParticipantsPanel(earlyAccess, directory, summary, () -> refresh(beta))));
        }
    }

    private void openBeta() {
        new BetaDialog(tiers.rules(), draft -> {
            var id = earlyAccess.open(draft);
            Notices.success(getTranslation("earlyaccess.opened", draft.name()));
            refresh(id);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("earlyaccess.staff.pageTitle");
    }
}
