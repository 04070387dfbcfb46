package dev.partnerportal.ui.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;

/**
 * The language menu of the top bar and the sign-in page: every offered language under its own name, so a
 * reader finds theirs whatever the page is in. Picking one shows the page again in that language.
 */
public class LanguageSwitcher extends Composite<Select<Locale>> implements LocaleChangeObserver {

    public LanguageSwitcher(UiLocales locales) {
        var select = getContent();
        select.setId("language-switcher");
        select.addClassName("portal-language-switcher");
        select.setItems(SupportedLanguages.LOCALES);
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setValue(SupportedLanguages.bestMatch(getLocale()));
        select.addValueChangeListener(change -> select.getUI().ifPresent(ui -> {
            // Following a change made elsewhere (the account page) is not a new choice.
            if (change.getValue() != null && !change.getValue().equals(SupportedLanguages.bestMatch(ui.getLocale()))) {
                locales.switchTo(ui, change.getValue());
            }
        }));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setAriaLabel(getTranslation("language.switcher"));
        getContent().setValue(SupportedLanguages.bestMatch(event.getLocale()));
    }
}
