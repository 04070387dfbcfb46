package dev.partnerportal.ui.lead;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.lead.NewLead;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The new-lead form for staff. Fires {@link CreateEvent} with what was entered; the view calls the service,
 * which checks every rule again.
 */
class LeadForm extends FormLayout {

    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        String company = "";
        String domain = "";
        String country = "";
        String region = "";
        String industry = "";
        String minimumTier = "";
        String partnerType = "";
        String contactName = "";
        String contactEmail = "";
        String contactPhone = "";
        String products = "";
        BigDecimal value = BigDecimal.ZERO;
        String currency = "EUR";
        String notes = "";
    }

    LeadForm() {
        setId("lead-form");
        var company = text("company", NewLead.COMPANY_MAX_LENGTH);
        var domain = text("domain", NewLead.DOMAIN_MAX_LENGTH);
        var country = text("country", 2);
        var region = text("region", NewLead.REGION_MAX_LENGTH);
        var industry = text("industry", NewLead.INDUSTRY_MAX_LENGTH);
        var tier = text("minimumTier", 20);
        var type = text("partnerType", 20);
        var contactName = text("contactName", NewLead.CONTACT_NAME_MAX_LENGTH);
        var contactEmail = text("contactEmail", NewLead.EMAIL_MAX_LENGTH);
        var contactPhone = text("contactPhone", NewLead.PHONE_MAX_LENGTH);
        var products = text("products", NewLead.PRODUCTS_MAX_LENGTH);
        products.setHelperText(getTranslation("lead.field.productsHelp"));
        var value = new BigDecimalField(getTranslation("lead.field.estimatedValue"));
        value.setId("lead-estimatedValue");
        var currency = text("currency", 3);
        var notes = new TextArea(getTranslation("lead.field.notes"));
        notes.setMaxLength(NewLead.NOTES_MAX_LENGTH);
        notes.setId("lead-notes");
        var required = getTranslation("lead.field.required");
        binder.forField(company).asRequired(required).bind(d -> d.company, (d, v) -> d.company = v);
        binder.forField(domain).asRequired(getTranslation("error.lead.domain-invalid")).bind(d -> d.domain, (d, v) -> d.domain = v);
        binder.forField(country).asRequired(required).bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(region).bind(d -> d.region, (d, v) -> d.region = v);
        binder.forField(industry).bind(d -> d.industry, (d, v) -> d.industry = v);
        binder.forField(tier).bind(d -> d.minimumTier, (d, v) -> d.minimumTier = v);
        binder.forField(type).bind(d -> d.partnerType, (d, v) -> d.partnerType = v);
        binder.forField(contactName).asRequired(required).bind(d -> d.contactName, (d, v) -> d.contactName = v);
        binder.forField(contactEmail).asRequired(required).bind(d -> d.contactEmail, (d, v) -> d.contactEmail = v);
        binder.forField(contactPhone).bind(d -> d.contactPhone, (d, v) -> d.contactPhone = v);
        binder.forField(products).asRequired(required).bind(d -> d.products, (d, v) -> d.products = v);
        binder.forField(value).asRequired(required).withValidator(v -> v.signum() >= 0, required)
                .bind(d -> d.value, (d, v) -> d.value = v);
        binder.forField(currency).asRequired(required).bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.readBean(new Draft());

        var create = new Button(getTranslation("lead.create"), click -> {
            var d = new Draft();
            if (binder.writeBeanIfValid(d)) {
                Set<String> productSet = Arrays.stream(d.products.split(";")).map(String::strip)
                        .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
                fireEvent(new CreateEvent(this, new NewLead(d.company, blankToNull(d.domain), d.country,
                        blankToNull(d.region), blankToNull(d.industry), blankToNull(d.minimumTier),
                        blankToNull(d.partnerType), d.contactName, d.contactEmail, blankToNull(d.contactPhone),
                        productSet, d.value, d.currency, blankToNull(d.notes), null)));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("lead-create");
        add(company, domain, country, region, industry, tier, type, contactName, contactEmail, contactPhone, products,
                value, currency, notes, create);
        setColspan(notes, 2);
    }

    /** Empties the form after a lead was created. */
    void clear() {
        binder.readBean(new Draft());
    }

    private TextField text(String field, int maxLength) {
        var text = new TextField(getTranslation("lead.field." + field));
        text.setMaxLength(maxLength);
        text.setId("lead-" + field);
        return text;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<LeadForm> {
        private final NewLead lead;

        CreateEvent(LeadForm source, NewLead lead) {
            super(source, false);
            this.lead = lead;
        }

        NewLead lead() {
            return lead;
        }
    }
}
