package dev.partnerportal.ui.productaccess;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.productaccess.ProductAccessRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Requests with their state; staff see the organization as well. */
class ProductAccessGrid extends Grid<ProductAccessRequest> {

    ProductAccessGrid(boolean staff) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (staff) {
            addColumn(ProductAccessRequest::organizationName).setHeader(getTranslation("productaccess.column.partner"));
        }
        addColumn(r -> getTranslation("productaccess.kind." + r.kind().name())).setHeader(getTranslation("productaccess.field.kind"));
        addColumn(ProductAccessRequest::product).setHeader(getTranslation("productaccess.field.product")).setFlexGrow(2);
        addColumn(r -> dates.format(r.requestedAt().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("productaccess.column.requested"));
        addComponentColumn(r -> {
            var badge = new Span(getTranslation("productaccess.status." + r.status().name()));
            badge.addClassNames("portal-badge", "portal-product-access-" + r.status().name().toLowerCase(Locale.ROOT));
            return badge;
        }).setHeader(getTranslation("productaccess.column.status"));
        addColumn(r -> r.expiresOn() != null ? getTranslation("productaccess.until", dates.format(r.expiresOn()))
                : r.rejectionReason() != null ? r.rejectionReason() : "")
                .setHeader(getTranslation("productaccess.column.detail")).setFlexGrow(3);
        setAllRowsVisible(true);
    }
}
