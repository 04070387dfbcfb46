package dev.partnerportal.ui.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * The language menu of the top bar and the sign-in page: every offered language under its own name, so a
 * reader finds theirs whatever the page is in. Picking one shows the page again in that language.
 */
public class LanguageSwitcher extends Composite<Select<Locale>> {

    public LanguageSwitcher(UiLocales locales) {
        var select = getContent();
        select.setId("language-switcher");
        select.addClassName("portal-language-switcher");
        select.setItems(SupportedLanguages.LOCALES);
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setAriaLabel(getTranslation("language.switcher"));
        select.setValue(SupportedLanguages.bestMatch(getLocale()));
        select.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(change.getOldValue())) {
                select.getUI().ifPresent(ui -> locales.switchTo(ui, change.getValue()));
            }
        });
    }
}
