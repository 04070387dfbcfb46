package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.deal.NewDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The registration form. Fires {@link RegisterEvent} with what was entered; the view calls the service. */
class RegisterDealForm extends FormLayout {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        String company = "";
        String domain = "";
        String country = "";
        String products = "";
        @Nullable BigDecimal value;
        String currency = "EUR";
        @Nullable LocalDate expectedClose;
        DealStage stage = DealStage.PROSPECTING;
        String notes = "";
    }

    RegisterDealForm(LocalDate today) {
        setId("register-deal");
        var company = new TextField(getTranslation("deal.field.company"));
        company.setMaxLength(NewDeal.COMPANY_MAX_LENGTH);
        company.setId("deal-company");
        var domain = new TextField(getTranslation("deal.field.domain"));
        domain.setMaxLength(NewDeal.DOMAIN_MAX_LENGTH);
        domain.setHelperText(getTranslation("deal.field.domainHelp"));
        domain.setId("deal-domain");
        var country = new TextField(getTranslation("deal.field.country"));
        country.setMaxLength(2);
        country.setHelperText(getTranslation("deal.field.countryHelp"));
        country.setId("deal-country");
        var products = new TextField(getTranslation("deal.field.products"));
        products.setHelperText(getTranslation("deal.field.productsHelp", NewDeal.MAX_PRODUCTS));
        products.setId("deal-products");
        var value = new BigDecimalField(getTranslation("deal.field.value"));
        value.setId("deal-value");
        var currency = new TextField(getTranslation("deal.field.currency"));
        currency.setMaxLength(3);
        currency.setId("deal-currency");
        var close = new DatePicker(getTranslation("deal.field.expectedClose"));
        close.setMin(today);
        close.setMax(today.plusYears(NewDeal.MAX_CLOSE_YEARS));
        close.setId("deal-close");
        var stage = new Select<DealStage>();
        stage.setLabel(getTranslation("deal.field.stage"));
        stage.setItems(Arrays.stream(DealStage.values()).filter(s -> !s.closed()).toList());
        stage.setItemLabelGenerator(s -> getTranslation("deal.stage." + s.name()));
        stage.setId("deal-stage");
        var notes = new TextArea(getTranslation("deal.field.notes"));
        notes.setMaxLength(NewDeal.NOTES_MAX_LENGTH);
        notes.setId("deal-notes");

        binder.forField(company).withValidator(v -> !v.isBlank() && v.strip().length() <= NewDeal.COMPANY_MAX_LENGTH,
                getTranslation("error.deal.company-required", NewDeal.COMPANY_MAX_LENGTH)).bind(d -> d.company, (d, v) -> d.company = v);
        binder.forField(domain).withValidator(v -> v.strip().contains(".") && !v.strip().contains(" "),
                getTranslation("error.deal.domain-invalid")).bind(d -> d.domain, (d, v) -> d.domain = v);
        binder.forField(country).withValidator(v -> COUNTRIES.contains(v.strip().toUpperCase(Locale.ROOT)),
                getTranslation("error.deal.country-invalid")).bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(products).withValidator(v -> tags(v).size() >= 1 && tags(v).size() <= NewDeal.MAX_PRODUCTS
                        && tags(v).stream().allMatch(t -> t.length() <= NewDeal.PRODUCT_MAX_LENGTH),
                getTranslation("error.deal.products-invalid", NewDeal.MAX_PRODUCTS, NewDeal.PRODUCT_MAX_LENGTH))
                .bind(d -> d.products, (d, v) -> d.products = v);
        binder.forField(value).asRequired(getTranslation("error.deal.amount-invalid"))
                .withValidator(v -> v.signum() > 0 && v.compareTo(NewDeal.MAX_AMOUNT) <= 0 && v.stripTrailingZeros().scale() <= 2,
                        getTranslation("error.deal.amount-invalid")).bind(d -> d.value, (d, v) -> d.value = v);
        binder.forField(currency).withValidator(RegisterDealForm::knownCurrency, getTranslation("error.deal.currency-invalid"))
                .bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(close).asRequired(getTranslation("error.deal.close-date-invalid", NewDeal.MAX_CLOSE_YEARS))
                .bind(d -> d.expectedClose, (d, v) -> d.expectedClose = v);
        binder.forField(stage).asRequired().bind(d -> d.stage, (d, v) -> d.stage = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.readBean(new Draft());

        var register = new Button(getTranslation("deal.register"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft) && draft.value != null && draft.expectedClose != null) {
                fireEvent(new RegisterEvent(this, new NewDeal(draft.company, draft.domain, draft.country,
                        tags(draft.products), draft.value, draft.currency, draft.expectedClose, draft.stage,
                        draft.notes.isBlank() ? null : draft.notes)));
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("deal-register");
        add(company, domain, country, products, value, currency, close, stage, notes, register);
        setColspan(notes, 2);
    }

    static Set<String> tags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean knownCurrency(String code) {
        try {
            return code.strip().length() == 3 && Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    static final class RegisterEvent extends ComponentEvent<RegisterDealForm> {
        private final NewDeal deal;

        RegisterEvent(RegisterDealForm source, NewDeal deal) {
            super(source, false);
            this.deal = deal;
        }

        NewDeal deal() {
            return deal;
        }
    }
}
