package dev.partnerportal.ui.productaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.productaccess.ProductAccessRequest;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import java.time.LocalDate;

/** Approve a request until a date, or reject it with a reason; refusals are shown on the field they concern. */
class ProductAccessDecisionDialog extends Dialog {

    ProductAccessDecisionDialog(ProductAccess access, ProductAccessRequest request, LocalDate today, Runnable decided) {
        setHeaderTitle(getTranslation("productaccess.decide.title", request.organizationName(), request.product()));
        var details = new Paragraph(getTranslation("productaccess.kind." + request.kind().name()) + " · "
                + request.purpose() + " · " + request.people());
        details.addClassName("portal-hint");
        var expiry = new DatePicker(getTranslation("productaccess.decide.expiresOn"));
        expiry.setId("product-access-expiry");
        expiry.setMin(today.plusDays(1));
        expiry.setMax(today.plusDays(ProductAccess.MAX_ACCESS_DAYS));
        expiry.setValue(today.plusDays(90));
        var reason = new TextArea(getTranslation("productaccess.decide.reason"));
        reason.setId("product-access-reason");
        reason.setMaxLength(ProductAccessRequest.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var approve = new Button(getTranslation("productaccess.decide.approve"), click -> {
            try {
                access.approve(request.id(), expiry.getValue());
                close();
                Notices.success(getTranslation("productaccess.decide.approved"));
                decided.run();
            } catch (RuleViolation refused) {
                expiry.setInvalid(true);
                expiry.setErrorMessage(Notices.message(refused));
            }
        });
        approve.setId("product-access-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("productaccess.decide.reject"), click -> {
            try {
                access.reject(request.id(), reason.getValue());
                close();
                Notices.success(getTranslation("productaccess.decide.rejected"));
                decided.run();
            } catch (RuleViolation refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notices.message(refused));
            }
        });
        reject.setId("product-access-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(details, expiry, reason);
        getFooter().add(new Button(getTranslation("productaccess.decide.cancel"), click -> close()), reject, approve);
    }
}
