package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.survey.SurveyDefinition;
import dev.partnerportal.survey.SurveyId;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Chooses the program's discovery survey; the view saves the choice. */
class DiscoverySurveyDialog extends Dialog {

    DiscoverySurveyDialog(List<SurveyDefinition> surveys, @Nullable SurveyId current, Consumer<SurveyId> onSave) {
        setHeaderTitle(getTranslation("survey.discovery.title"));
        var choice = new ComboBox<SurveyDefinition>(getTranslation("survey.discovery.survey"));
        choice.setId("discovery-survey-choice");
        choice.setItems(surveys);
        choice.setItemLabelGenerator(SurveyDefinition::title);
        choice.setWidthFull();
        surveys.stream().filter(s -> s.id().equals(current)).findFirst().ifPresent(choice::setValue);
        var save = new Button(getTranslation("survey.discovery.save"), click -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("survey.discovery.required"));
                return;
            }
            onSave.accept(choice.getValue().id());
            close();
        });
        save.setId("discovery-survey-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("survey.discovery.explanation")), choice);
        getFooter().add(new Button(getTranslation("survey.cancel"), click -> close()), save);
    }
}
