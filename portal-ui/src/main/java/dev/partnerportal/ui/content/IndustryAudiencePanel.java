package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.IndustryAudiences;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who the item is for by industry, next to tiers and regions: partners whose organization names one of the
 * chosen industries in its profile; none chosen means every industry. Saved on its own, at once.
 */
class IndustryAudiencePanel extends Div {

    IndustryAudiencePanel(IndustryAudiences audiences, ContentItemId item, List<String> industryTerms) {
        setId("industry-audience");
        var industries = new MultiSelectComboBox<String>(getTranslation("editor.audienceIndustries"));
        industries.setItems(industryTerms);
        industries.setValue(new LinkedHashSet<>(audiences.of(item)));
        industries.setHelperText(getTranslation("editor.audienceIndustries.help"));
        industries.setId("field-audience-industries");
        industries.setWidthFull();
        var save = new Button(getTranslation("editor.audienceIndustries.save"), click -> {
            try {
                audiences.address(item, industryTerms.stream().filter(industries.getValue()::contains).toList());
                Notices.success(getTranslation("editor.audienceIndustries.saved"));
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        save.setId("save-audience-industries");
        add(new H3(getTranslation("editor.audienceIndustries.title")), new Paragraph(getTranslation("editor.audienceIndustries.intro")),
                industries, save);
    }
}
