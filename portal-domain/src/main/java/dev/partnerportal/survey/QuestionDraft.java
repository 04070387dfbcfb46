package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question as the survey builder describes it. Texts and options are keyed by language tag ("en",
 * "ar"); English is required and is what other languages fall back to. A follow-up names the ordinal of an
 * earlier question and the answer range ({@code showFrom..showTo}) that shows it.
 */
public record QuestionDraft(QuestionKind kind, boolean required, Map<String, String> texts,
                            Map<String, List<String>> options, @Nullable Integer parentOrdinal,
                            @Nullable Integer showFrom, @Nullable Integer showTo) {

    public static final int TEXT_MAX_LENGTH = 500;
    public static final int OPTIONS_MAX_LENGTH = 2000;
    public static final String FALLBACK_LANGUAGE = "en";

    public QuestionDraft {
        Objects.requireNonNull(kind, "kind");
        texts = Map.copyOf(texts);
        options = Map.copyOf(options);
        var english = texts.get(FALLBACK_LANGUAGE);
        if (english == null || english.isBlank()) {
            throw new RuleViolation(SurveyError.QUESTION_TEXT_REQUIRED);
        }
        texts.values().forEach(text -> {
            if (text.isBlank() || text.length() > TEXT_MAX_LENGTH) {
                throw new RuleViolation(SurveyError.QUESTION_TEXT_LENGTH, TEXT_MAX_LENGTH);
            }
        });
        if (kind.hasOptions() != !options.getOrDefault(FALLBACK_LANGUAGE, List.of()).isEmpty()) {
            throw new RuleViolation(kind.hasOptions() ? SurveyError.OPTIONS_REQUIRED : SurveyError.OPTIONS_NOT_ALLOWED);
        }
        var englishOptions = options.getOrDefault(FALLBACK_LANGUAGE, List.of());
        options.forEach((language, list) -> {
            if (list.size() != englishOptions.size() || list.stream().anyMatch(String::isBlank)
                    || String.join("\n", list).length() > OPTIONS_MAX_LENGTH || list.stream().anyMatch(o -> o.contains("\n"))) {
                throw new RuleViolation(SurveyError.OPTIONS_MISMATCH, language);
            }
        });
        if ((parentOrdinal == null) != (showFrom == null) || (showFrom == null) != (showTo == null)) {
            throw new RuleViolation(SurveyError.FOLLOW_UP_INCOMPLETE);
        }
        if (showFrom != null && showFrom > showTo) {
            throw new RuleViolation(SurveyError.FOLLOW_UP_RANGE_EMPTY);
        }
    }

    /** A question in English only. */
    public static QuestionDraft of(QuestionKind kind, boolean required, String english, String... options) {
        return new QuestionDraft(kind, required, Map.of(FALLBACK_LANGUAGE, english),
                options.length == 0 ? Map.of() : Map.of(FALLBACK_LANGUAGE, List.of(options)), null, null, null);
    }

    /** The same question with its wording in another language added. */
    public QuestionDraft translated(String language, String text, String... translatedOptions) {
        var newTexts = new java.util.HashMap<>(texts);
        newTexts.put(language, text);
        var newOptions = new java.util.HashMap<>(options);
        if (translatedOptions.length > 0) {
            newOptions.put(language, List.of(translatedOptions));
        }
        return new QuestionDraft(kind, required, newTexts, newOptions, parentOrdinal, showFrom, showTo);
    }

    /** The same question shown only when question {@code parent} was answered within {@code from..to}. */
    public QuestionDraft shownWhen(int parent, int from, int to) {
        return new QuestionDraft(kind, required, texts, options, parent, from, to);
    }
}
