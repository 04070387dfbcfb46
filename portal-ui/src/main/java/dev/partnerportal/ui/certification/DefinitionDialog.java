package dev.partnerportal.ui.certification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.certification.Certification;
import dev.partnerportal.certification.CertificationLevel;
import dev.partnerportal.certification.DefinitionForm;
import java.util.Arrays;
import java.util.function.Consumer;

/** Defines a certification: what earns it (course codes and a quiz key), for how long, and how it is renewed. */
class DefinitionDialog extends Dialog {

    private final Paragraph error = new Paragraph();

    DefinitionDialog(Consumer<DefinitionForm> onSave) {
        setHeaderTitle(getTranslation("certificationAdmin.define"));
        var code = new TextField(getTranslation("certificationAdmin.code"));
        code.setMaxLength(Certification.CODE_MAX_LENGTH);
        code.setId("definition-code");
        var name = new TextField(getTranslation("certificationAdmin.name"));
        name.setMaxLength(Certification.NAME_MAX_LENGTH);
        name.setId("definition-name");
        var level = new Select<CertificationLevel>();
        level.setLabel(getTranslation("certificationAdmin.level"));
        level.setItems(CertificationLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("certification.level." + l.name()));
        level.setValue(CertificationLevel.FOUNDATION);
        var courses = new TextField(getTranslation("certificationAdmin.courses"));
        courses.setHelperText(getTranslation("certificationAdmin.coursesHelp"));
        courses.setId("definition-courses");
        var quiz = new TextField(getTranslation("certificationAdmin.quiz"));
        quiz.setId("definition-quiz");
        var renewal = new TextField(getTranslation("certificationAdmin.renewalQuiz"));
        var months = new IntegerField(getTranslation("certificationAdmin.validity"));
        months.setMin(1);
        months.setMax(Certification.MAX_VALIDITY_MONTHS);
        months.setValue(12);
        months.setId("definition-months");
        error.addClassName("portal-form-error");
        add(new FormLayout(code, name, level, courses, quiz, renewal, months), error);
        var save = new Button(getTranslation("certificationAdmin.save"), click -> onSave.accept(new DefinitionForm(code.getValue(),
                name.getValue(), level.getValue(), Arrays.stream(courses.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
                quiz.getValue(), renewal.getValue(), months.getValue() == null ? 0 : months.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("definition-save");
        getFooter().add(new Button(getTranslation("certificationAdmin.cancel"), click -> close()), save);
    }

    void showError(String message) {
        error.setText(message);
    }
}
