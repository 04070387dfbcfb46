package dev.partnerportal.survey;

import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey's title and introduction per language tag ("en", "ko"). The English title is required; every other
 * text is optional and falls back to English on its own (a Korean title with an English introduction is fine).
 * Blank texts count as missing.
 */
public record SurveyTexts(Map<String, String> titles, Map<String, String> intros) {

    public static final int TITLE_MAX_LENGTH = SurveyDefinition.TITLE_MAX_LENGTH;
    public static final int INTRO_MAX_LENGTH = 2000;

    public SurveyTexts {
        titles = stripped(titles);
        intros = stripped(intros);
        if (!titles.containsKey(PortalLanguages.FALLBACK)) {
            throw new RuleViolation(SurveyError.TITLE_LENGTH, TITLE_MAX_LENGTH);
        }
        titles.values().forEach(title -> {
            if (title.length() > TITLE_MAX_LENGTH) {
                throw new RuleViolation(SurveyError.TITLE_LENGTH, TITLE_MAX_LENGTH);
            }
        });
        intros.values().forEach(intro -> {
            if (intro.length() > INTRO_MAX_LENGTH) {
                throw new RuleViolation(SurveyError.INTRO_LENGTH, INTRO_MAX_LENGTH);
            }
        });
    }

    /** A survey with an English title only. */
    public static SurveyTexts english(String title) {
        return new SurveyTexts(Map.of(PortalLanguages.FALLBACK, title), Map.of());
    }

    /** The same texts with {@code language}'s title and introduction (either may be null) added. */
    public SurveyTexts with(String language, @Nullable String title, @Nullable String intro) {
        var newTitles = new HashMap<>(titles);
        var newIntros = new HashMap<>(intros);
        if (title != null) {
            newTitles.put(language, title);
        }
        if (intro != null) {
            newIntros.put(language, intro);
        }
        return new SurveyTexts(newTitles, newIntros);
    }

    public String englishTitle() {
        return titles.get(PortalLanguages.FALLBACK);
    }

    private static Map<String, String> stripped(Map<String, String> texts) {
        var kept = new HashMap<String, String>();
        texts.forEach((language, text) -> {
            if (language != null && text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        return Map.copyOf(kept);
    }
}
