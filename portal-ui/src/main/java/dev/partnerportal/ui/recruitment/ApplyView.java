package dev.partnerportal.ui.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.recruitment.ApplicationForm;
import dev.partnerportal.recruitment.ApplicationScore;
import dev.partnerportal.recruitment.Recruitment;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.IntStream;

/** "Become a partner": open to anyone, with the ideal-partner-profile questions. */
@Route(value = "apply", autoLayout = false)
@AnonymousAllowed
public class ApplyView extends Div implements HasDynamicTitle {

    static final List<String> REGIONS = List.of("EMEA", "North America", "Latin America", "APAC");

    private final Binder<ApplicationDraft> binder = new Binder<>();
    private final TextField honeypot = new TextField();
    private final Paragraph error = new Paragraph();
    private final Div formArea = new Div();

    ApplyView(Recruitment recruitment) {
        addClassNames("portal-page", "portal-public-page");
        setId("apply");
        var company = new TextField(getTranslation("apply.company"));
        company.setMaxLength(OrganizationSummary.NAME_MAX_LENGTH);
        company.setId("apply-company");
        binder.forField(company).asRequired(getTranslation("apply.required"))
                .bind(d -> d.companyName, (d, v) -> d.companyName = v);
        var website = new TextField(getTranslation("apply.website"));
        website.setMaxLength(ApplicationForm.WEBSITE_MAX_LENGTH);
        website.setId("apply-website");
        website.setPlaceholder("https://");
        binder.forField(website).withValidator(new RegexpValidator(getTranslation("apply.websiteInvalid"), "^$|^https?://\\S+$"))
                .bind(d -> d.website, (d, v) -> d.website = v);
        var type = new Select<PartnerType>();
        type.setLabel(getTranslation("apply.type"));
        type.setId("apply-type");
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partnerType." + t.name()));
        binder.forField(type).asRequired(getTranslation("apply.required")).bind(d -> d.partnerType, (d, v) -> d.partnerType = v);
        var region = new Select<String>();
        region.setLabel(getTranslation("apply.region"));
        region.setId("apply-region");
        region.setItems(REGIONS);
        binder.forField(region).asRequired(getTranslation("apply.required")).bind(d -> d.region, (d, v) -> d.region = v);
        var contactName = new TextField(getTranslation("apply.contactName"));
        contactName.setMaxLength(ApplicationForm.CONTACT_NAME_MAX_LENGTH);
        contactName.setId("apply-contact-name");
        binder.forField(contactName).asRequired(getTranslation("apply.required"))
                .bind(d -> d.contactName, (d, v) -> d.contactName = v);
        var email = new EmailField(getTranslation("apply.contactEmail"));
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        email.setId("apply-email");
        binder.forField(email).asRequired(getTranslation("apply.required"))
                .withValidator(new EmailValidator(getTranslation("apply.emailInvalid")))
                .bind(d -> d.contactEmail, (d, v) -> d.contactEmail = v);

        var ready = question("ready");
        binder.forField(ready).asRequired(getTranslation("apply.answerRequired")).bind(d -> d.ready, (d, v) -> d.ready = v);
        var willing = question("willing");
        binder.forField(willing).asRequired(getTranslation("apply.answerRequired")).bind(d -> d.willing, (d, v) -> d.willing = v);
        var able = question("able");
        binder.forField(able).asRequired(getTranslation("apply.answerRequired")).bind(d -> d.able, (d, v) -> d.able = v);
        var values = question("values");
        binder.forField(values).asRequired(getTranslation("apply.answerRequired")).bind(d -> d.values, (d, v) -> d.values = v);
        var motivation = new TextArea(getTranslation("apply.motivation"));
        motivation.setMaxLength(ApplicationForm.MOTIVATION_MAX_LENGTH);
        motivation.setId("apply-motivation");
        binder.forField(motivation).bind(d -> d.motivation, (d, v) -> d.motivation = v);

        // People never see this field; bots that fill in every field do. See Recruitment#apply.
        honeypot.setLabel("Leave this empty");
        honeypot.addClassName("portal-honeypot");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.setId("apply-url");

        var submit = new Button(getTranslation("apply.submit"), click -> submit(recruitment));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.addClassName("portal-form-error");
        error.setVisible(false);

        var company2 = new FormLayout(company, website, type, region, contactName, email);
        var profile = new FormLayout(ready, willing, able, values, motivation);
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        formArea.add(new H2(getTranslation("apply.aboutCompany")), company2,
                new H2(getTranslation("apply.profile")), new Paragraph(getTranslation("apply.profileIntro")), profile,
                honeypot, error, submit);
        add(new H1(getTranslation("apply.heading")), new Paragraph(getTranslation("apply.intro")), formArea,
                new Anchor("login", getTranslation("apply.haveAccount")));
    }

    private RadioButtonGroup<Integer> question(String key) {
        var group = new RadioButtonGroup<Integer>(getTranslation("apply.question." + key));
        group.setItems(IntStream.rangeClosed(ApplicationScore.MIN_ANSWER, ApplicationScore.MAX_ANSWER).boxed().toList());
        group.setItemLabelGenerator(v -> getTranslation("apply.scale." + v));
        group.setId("apply-" + key);
        return group;
    }

    private void submit(Recruitment recruitment) {
        var draft = new ApplicationDraft();
        if (!binder.writeBeanIfValid(draft)) {
            showError(getTranslation("apply.fixFields"));
            return;
        }
        try {
            // The applicant's mail (confirmation, decision, first invitation) follows the language they applied in.
            recruitment.apply(draft.toForm(), honeypot.getValue(), VaadinRequest.getCurrent().getRemoteAddr(), getLocale());
            formArea.removeAll();
            var thanks = new Paragraph(getTranslation("apply.thanks"));
            thanks.setId("apply-thanks");
            formArea.add(thanks);
        } catch (RuleViolation refused) {
            showError(Notices.message(refused));
        } catch (ConstraintViolationException e) {
            showError(getTranslation("apply.fixFields"));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.pageTitle");
    }
}
