package dev.partnerportal.ui.mdf;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.mdf.ActivityType;
import dev.partnerportal.mdf.NewFundRequest;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fund request form. Fires {@link SubmitEvent}; the view calls the service, which checks every rule again. */
class FundRequestForm extends FormLayout {

    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        ActivityType type = ActivityType.EVENT;
        String title = "";
        String plan = "";
        BigDecimal cost = BigDecimal.ZERO;
        Integer expectedLeads = 0;
        LocalDate startsOn = LocalDate.now();
        LocalDate endsOn = LocalDate.now();
    }

    FundRequestForm() {
        setId("mdf-request-form");
        var type = new Select<ActivityType>();
        type.setLabel(getTranslation("mdf.field.activityType"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("mdf.activity." + t.name()));
        type.setId("mdf-activity-type");
        var title = new TextField(getTranslation("mdf.field.title"));
        title.setMaxLength(NewFundRequest.TITLE_MAX_LENGTH);
        title.setId("mdf-title");
        var plan = new TextArea(getTranslation("mdf.field.plan"));
        plan.setMaxLength(NewFundRequest.PLAN_MAX_LENGTH);
        plan.setId("mdf-plan");
        var cost = new BigDecimalField(getTranslation("mdf.field.cost"));
        cost.setHelperText(getTranslation("mdf.field.costHelp"));
        cost.setId("mdf-cost");
        var leads = new IntegerField(getTranslation("mdf.field.expectedLeads"));
        leads.setMin(0);
        leads.setMax(NewFundRequest.EXPECTED_LEADS_MAX);
        leads.setId("mdf-expected-leads");
        var starts = new DatePicker(getTranslation("mdf.field.startsOn"));
        starts.setId("mdf-starts-on");
        var ends = new DatePicker(getTranslation("mdf.field.endsOn"));
        ends.setId("mdf-ends-on");
        var required = getTranslation("mdf.field.required");
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(plan).asRequired(required).bind(d -> d.plan, (d, v) -> d.plan = v);
        binder.forField(cost).asRequired(required).withValidator(v -> v.signum() > 0, required).bind(d -> d.cost, (d, v) -> d.cost = v);
        binder.forField(leads).asRequired(required).bind(d -> d.expectedLeads, (d, v) -> d.expectedLeads = v);
        binder.forField(starts).asRequired(required).bind(d -> d.startsOn, (d, v) -> d.startsOn = v);
        binder.forField(ends).asRequired(required).bind(d -> d.endsOn, (d, v) -> d.endsOn = v);
        binder.readBean(new Draft());
        var submit = new Button(getTranslation("mdf.request.submit"), click -> {
            var d = new Draft();
            if (binder.writeBeanIfValid(d)) {
                fireEvent(new SubmitEvent(this, new NewFundRequest(d.type, d.title, d.plan, d.cost, d.expectedLeads,
                        d.startsOn, d.endsOn)));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("mdf-submit");
        add(type, title, plan, cost, leads, starts, ends, submit);
        setColspan(plan, 2);
    }

    void clear() {
        binder.readBean(new Draft());
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static final class SubmitEvent extends ComponentEvent<FundRequestForm> {
        private final NewFundRequest request;

        SubmitEvent(FundRequestForm source, NewFundRequest request) {
            super(source, false);
            this.request = request;
        }

        NewFundRequest request() {
            return request;
        }
    }
}
