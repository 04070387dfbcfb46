package dev.partnerportal.ui.productaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.productaccess.ProductAccessStatus;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** Staff: every product access request of the partners they may see; waiting ones can be decided. */
@Route("product-access/requests")
@Menu(order = 34, title = "productaccess.nav.staff")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class ProductAccessRequestsView extends Div implements HasDynamicTitle {

    private final ProductAccess access;
    private final ProductAccessGrid grid = new ProductAccessGrid(true);

    ProductAccessRequestsView(ProductAccess access, Clock clock) {
        this.access = access;
        addClassNames("portal-page", "portal-page-full");
        setId("product-access-requests");
        grid.setId("product-access-requests-grid");
        grid.addComponentColumn(request -> {
            var decide = new Button(getTranslation("productaccess.decide"),
                    click -> new ProductAccessDecisionDialog(access, request, LocalDate.now(clock), this::refresh).open());
            decide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            decide.setId("decide-" + request.id().value());
            decide.setVisible(request.status() == ProductAccessStatus.REQUESTED);
            return decide;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("productaccess.noneStaff"));
        add(new Paragraph(getTranslation("productaccess.staffIntro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(access.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("productaccess.staffPageTitle");
    }
}
