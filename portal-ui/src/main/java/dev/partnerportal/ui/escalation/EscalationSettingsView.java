package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.escalation.BusinessHours;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Holiday;
import dev.partnerportal.escalation.ResponseTarget;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Objects;

/** Administrators: targets per severity, business hours, reopening window and holidays; each save audited. */
@Route("admin/escalations")
@Menu(order = 906, title = "escalation.nav.settings")
@RolesAllowed(Role.Names.ADMIN)
public class EscalationSettingsView extends Div implements HasDynamicTitle {

    private final EscalationSettings settings;

    EscalationSettingsView(EscalationSettings settings) {
        this.settings = settings;
        addClassName("portal-page");
        setId("escalation-settings");
        render();
    }

    private void render() {
        removeAll();
        var hours = settings.businessHours();
        add(new H3(getTranslation("escalation.settings.targets", hours.dayEnd().getHour() - hours.dayStart().getHour())));
        settings.targets().forEach(this::targetRow);
        add(new H3(getTranslation("escalation.settings.hours")), hoursForm(hours));
        add(new H3(getTranslation("escalation.settings.holidays")), holidays());
    }

    private void targetRow(ResponseTarget target) {
        var respond = hoursField("escalation.settings.respond", target.respondHours());
        var resolve = hoursField("escalation.settings.resolve", target.resolveHours());
        respond.setId("respond-" + target.severity());
        resolve.setId("resolve-" + target.severity());
        var save = new Button(getTranslation("escalation.settings.save"), click -> attempt(() -> settings.changeTarget(
                new ResponseTarget(target.severity(), value(respond), value(resolve)))));
        save.setId("save-target-" + target.severity());
        var row = new HorizontalLayout(new Span(getTranslation("escalation.severity." + target.severity().name())),
                respond, resolve, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private IntegerField hoursField(String label, int value) {
        var field = new IntegerField(getTranslation(label));
        field.setMin(1);
        field.setMax(ResponseTarget.MAX_HOURS);
        field.setValue(value);
        return field;
    }

    private Div hoursForm(BusinessHours hours) {
        var zone = new ComboBox<String>(getTranslation("escalation.settings.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(hours.zone().getId());
        var start = new TimePicker(getTranslation("escalation.settings.dayStart"), hours.dayStart());
        var end = new TimePicker(getTranslation("escalation.settings.dayEnd"), hours.dayEnd());
        var days = new CheckboxGroup<DayOfWeek>(getTranslation("escalation.settings.workingDays"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        days.setValue(hours.workingDays());
        var reopen = new IntegerField(getTranslation("escalation.settings.reopenDays"));
        reopen.setMin(0);
        reopen.setMax(BusinessHours.MAX_REOPEN_DAYS);
        reopen.setValue(hours.reopenDays());
        var save = new Button(getTranslation("escalation.settings.save"), click -> attempt(() -> settings.changeBusinessHours(
                new BusinessHours(ZoneId.of(Objects.requireNonNullElse(zone.getValue(), "UTC")), start.getValue(),
                        end.getValue(), days.getValue(), value(reopen)))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-business-hours");
        return new Div(new HorizontalLayout(zone, start, end), days, reopen, save);
    }

    private Div holidays() {
        var list = new UnorderedList();
        for (var holiday : settings.holidays()) {
            var remove = new Button(getTranslation("escalation.settings.remove"),
                    click -> attempt(() -> settings.removeHoliday(holiday.day())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(holiday.day() + " · " + holiday.name()), remove));
        }
        var day = new DatePicker(getTranslation("escalation.settings.holidayDay"));
        var name = new TextField(getTranslation("escalation.settings.holidayName"));
        name.setMaxLength(Holiday.NAME_MAX_LENGTH);
        var add = new Button(getTranslation("escalation.settings.addHoliday"), click -> {
            if (day.getValue() != null) {
                attempt(() -> settings.addHoliday(new Holiday(day.getValue(), name.getValue())));
            }
        });
        add.setId("add-holiday");
        var row = new HorizontalLayout(day, name, add);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Div(list, row);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void attempt(Runnable change) {
        try {
            change.run();
            Notices.success(getTranslation("escalation.settings.saved"));
            render();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("escalation.settings.pageTitle");
    }
}
