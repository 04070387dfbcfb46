package dev.partnerportal.ui.productaccess;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.productaccess.ProductAccessForm;
import dev.partnerportal.productaccess.ProductAccessKind;

/** The request form. Fires {@link RequestEvent} with what was entered; the view calls the service. */
class ProductAccessRequestForm extends FormLayout {

    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        ProductAccessKind kind = ProductAccessKind.DEMO_ENVIRONMENT;
        String product = "";
        String purpose = "";
        String people = "";
    }

    ProductAccessRequestForm() {
        setId("product-access-form");
        var kind = new Select<ProductAccessKind>();
        kind.setLabel(getTranslation("productaccess.field.kind"));
        kind.setItems(ProductAccessKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("productaccess.kind." + k.name()));
        kind.setId("product-access-kind");
        var product = new TextField(getTranslation("productaccess.field.product"));
        product.setMaxLength(ProductAccessForm.PRODUCT_MAX_LENGTH);
        product.setId("product-access-product");
        var purpose = new TextArea(getTranslation("productaccess.field.purpose"));
        purpose.setMaxLength(ProductAccessForm.PURPOSE_MAX_LENGTH);
        purpose.setId("product-access-purpose");
        var people = new TextArea(getTranslation("productaccess.field.people"));
        people.setMaxLength(ProductAccessForm.PEOPLE_MAX_LENGTH);
        people.setHelperText(getTranslation("productaccess.field.peopleHelp"));
        people.setId("product-access-people");
        binder.forField(kind).asRequired().bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(product).withValidator(v -> !v.isBlank() && v.strip().length() <= ProductAccessForm.PRODUCT_MAX_LENGTH,
                getTranslation("productaccess.field.required", ProductAccessForm.PRODUCT_MAX_LENGTH)).bind(d -> d.product, (d, v) -> d.product = v);
        binder.forField(purpose).withValidator(v -> !v.isBlank() && v.strip().length() <= ProductAccessForm.PURPOSE_MAX_LENGTH,
                getTranslation("productaccess.field.required", ProductAccessForm.PURPOSE_MAX_LENGTH)).bind(d -> d.purpose, (d, v) -> d.purpose = v);
        binder.forField(people).withValidator(v -> !v.isBlank() && v.strip().length() <= ProductAccessForm.PEOPLE_MAX_LENGTH,
                getTranslation("productaccess.field.required", ProductAccessForm.PEOPLE_MAX_LENGTH)).bind(d -> d.people, (d, v) -> d.people = v);
        binder.setBean(new Draft());
        var send = new Button(getTranslation("productaccess.send"), click -> {
            if (binder.validate().isOk()) {
                var draft = binder.getBean();
                fireEvent(new RequestEvent(this, new ProductAccessForm(draft.kind, draft.product, draft.purpose, draft.people)));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("product-access-send");
        add(kind, product, purpose, people, send);
        setColspan(purpose, 2);
        setColspan(people, 2);
    }

    /** Empties the form after a request was sent. */
    void clear() {
        binder.setBean(new Draft());
    }

    Registration addRequestListener(ComponentEventListener<RequestEvent> listener) {
        return addListener(RequestEvent.class, listener);
    }

    static final class RequestEvent extends ComponentEvent<ProductAccessRequestForm> {

        private final ProductAccessForm form;

        RequestEvent(ProductAccessRequestForm source, ProductAccessForm form) {
            super(source, false);
            this.form = form;
        }

        ProductAccessForm form() {
            return form;
        }
    }
}
