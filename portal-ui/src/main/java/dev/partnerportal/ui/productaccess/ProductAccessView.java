package dev.partnerportal.ui.productaccess;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** A partner's product access: the organization's requests with their state, and the form to ask for more. */
@Route("product-access")
@Menu(order = 24, title = "productaccess.nav.partner")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class ProductAccessView extends Div implements HasDynamicTitle {

    private final ProductAccess access;
    private final ProductAccessGrid grid = new ProductAccessGrid(false);
    private final Paragraph none = new Paragraph();

    ProductAccessView(ProductAccess access) {
        this.access = access;
        addClassName("portal-page");
        setId("product-access");
        grid.setId("product-access-list");
        none.setText(getTranslation("productaccess.none"));
        none.setId("product-access-none");
        var form = new ProductAccessRequestForm();
        form.addRequestListener(event -> {
            try {
                access.request(event.form());
                form.clear();
                Notices.success(getTranslation("productaccess.sent"));
                refresh();
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        add(new Paragraph(getTranslation("productaccess.intro")), none, grid,
                new H3(getTranslation("productaccess.request")), form);
        refresh();
    }

    private void refresh() {
        var mine = access.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("productaccess.pageTitle");
    }
}
