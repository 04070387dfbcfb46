package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.SurveyDefinition;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.ui.layout.Notices;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Plans a wave: survey, name, dates, anonymity and audience. Fires a save event with the draft. */
final class WaveDialog extends Dialog {

    /** Tier codes as the program configures them (migration V20261122.01). */
    static final List<String> TIERS = List.of("PLATINUM", "GOLD", "SILVER", "REGISTERED");

    private final Select<SurveyDefinition> survey = new Select<>();
    private final TextField name = new TextField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Checkbox anonymous = new Checkbox();
    private final Select<AudienceKind> audienceKind = new Select<>();
    private final CheckboxGroup<String> tiers = new CheckboxGroup<>();
    private final TextField regions = new TextField();
    private final MultiSelectComboBox<OrganizationSummary> organizations = new MultiSelectComboBox<>();
    private final Span error = new Span();
    private final Binder<WaveForm> binder = new Binder<>();

    WaveDialog(List<SurveyDefinition> surveys, List<OrganizationSummary> organizationList, Instant now) {
        setHeaderTitle(getTranslation("survey.wave.title"));
        survey.setLabel(getTranslation("survey.wave.survey"));
        survey.setItems(surveys);
        survey.setItemLabelGenerator(SurveyDefinition::title);
        survey.setId("wave-survey");
        name.setLabel(getTranslation("survey.wave.name"));
        name.setMaxLength(WaveDraft.NAME_MAX_LENGTH);
        name.setId("wave-name");
        var zone = ZoneId.systemDefault();
        opens.setLabel(getTranslation("survey.wave.opens"));
        opens.setValue(now.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toLocalDateTime());
        closes.setLabel(getTranslation("survey.wave.closes"));
        closes.setValue(now.truncatedTo(ChronoUnit.MINUTES).plus(30, ChronoUnit.DAYS).atZone(zone).toLocalDateTime());
        anonymous.setLabel(getTranslation("survey.wave.anonymous"));
        anonymous.setId("wave-anonymous");
        audienceKind.setLabel(getTranslation("survey.wave.audience"));
        audienceKind.setItems(AudienceKind.values());
        audienceKind.setItemLabelGenerator(k -> getTranslation("survey.audience." + k.name()));
        audienceKind.setValue(AudienceKind.ALL);
        audienceKind.setId("wave-audience");
        tiers.setLabel(getTranslation("survey.wave.tiers"));
        tiers.setItems(TIERS);
        tiers.setId("wave-tiers");
        regions.setLabel(getTranslation("survey.wave.regions"));
        regions.setHelperText(getTranslation("survey.wave.regionsHelp"));
        organizations.setLabel(getTranslation("survey.wave.organizations"));
        organizations.setItems(LocaleFormats.sortedByName(organizationList, OrganizationSummary::name, getLocale()));
        organizations.setItemLabelGenerator(OrganizationSummary::name);
        audienceKind.addValueChangeListener(event -> showAudienceField());
        showAudienceField();
        bind();
        error.addClassName("portal-error");
        add(new VerticalLayout(survey, name, opens, closes, anonymous, audienceKind, tiers, regions, organizations, error));
        var save = new Button(getTranslation("survey.wave.save"), click -> save(zone));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-wave");
        getFooter().add(new Button(getTranslation("survey.cancel"), click -> close()), save);
    }

    private void showAudienceField() {
        tiers.setVisible(audienceKind.getValue() == AudienceKind.TIERS);
        regions.setVisible(audienceKind.getValue() == AudienceKind.REGIONS);
        organizations.setVisible(audienceKind.getValue() == AudienceKind.ORGANIZATIONS);
    }

    /** Survey, name and both dates are required, and the wave closes after it opens; the rest the domain checks. */
    private void bind() {
        var required = getTranslation("survey.wave.invalid");
        binder.forField(survey).asRequired(required).bind(f -> f.survey, (f, v) -> f.survey = v);
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(required, 1, WaveDraft.NAME_MAX_LENGTH))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(opens).asRequired(required).bind(f -> f.opens, (f, v) -> f.opens = v);
        binder.forField(closes).asRequired(required)
                .withValidator(close -> opens.getValue() == null || close.isAfter(opens.getValue()),
                        getTranslation("error.survey.wave-closes-before-opening"))
                .bind(f -> f.closes, (f, v) -> f.closes = v);
        binder.forField(audienceKind).asRequired(required).bind(f -> f.audienceKind, (f, v) -> f.audienceKind = v);
    }

    private void save(ZoneId zone) {
        var form = new WaveForm();
        if (!binder.writeBeanIfValid(form)) {
            error.setText(required());
            return;
        }
        try {
            Set<String> audience = switch (form.audienceKind) {
                case ALL -> Set.of();
                case TIERS -> tiers.getValue();
                case REGIONS -> Arrays.stream(regions.getValue().split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
                case ORGANIZATIONS -> organizations.getValue().stream().map(o -> Long.toString(o.id()))
                        .collect(Collectors.toSet());
            };
            // writeBeanIfValid succeeded, so every required field is set.
            fireEvent(new SaveEvent(this, new WaveDraft(form.survey.id(), form.name,
                    form.opens.atZone(zone).toInstant(), form.closes.atZone(zone).toInstant(),
                    anonymous.getValue(), form.audienceKind, audience)));
        } catch (RuleViolation e) {
            error.setText(Notices.message(e));
        }
    }

    private String required() {
        return getTranslation("survey.wave.invalid");
    }

    /** What the binder checks before the domain sees a draft. */
    private static final class WaveForm {
        @Nullable SurveyDefinition survey;
        @Nullable String name;
        @Nullable LocalDateTime opens;
        @Nullable LocalDateTime closes;
        @Nullable AudienceKind audienceKind;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<WaveDialog> {

        private final WaveDraft draft;

        SaveEvent(WaveDialog source, WaveDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        WaveDraft draft() {
            return draft;
        }
    }
}
