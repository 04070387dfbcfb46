package dev.partnerportal.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One question of a survey, readable in every language it was written in (English as fallback). */
public record Question(long id, int ordinal, QuestionKind kind, boolean required, Map<String, String> texts,
                       Map<String, List<String>> options, @Nullable Integer parentOrdinal,
                       @Nullable Integer showFrom, @Nullable Integer showTo) {

    public Question {
        texts = Map.copyOf(texts);
        options = Map.copyOf(options);
    }

    /** The wording in {@code locale}'s language, or in English when there is none. */
    public String text(Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get(QuestionDraft.FALLBACK_LANGUAGE));
    }

    /** The options in {@code locale}'s language, or in English when there are none. */
    public List<String> options(Locale locale) {
        return options.getOrDefault(locale.getLanguage(), options.getOrDefault(QuestionDraft.FALLBACK_LANGUAGE, List.of()));
    }

    public boolean isFollowUp() {
        return parentOrdinal != null;
    }

    /** True when this question is shown, given the answer to its parent (always for non-follow-ups). */
    public boolean isShownAfter(@Nullable Answer parentAnswer) {
        if (parentOrdinal == null) {
            return true;
        }
        if (parentAnswer == null || parentAnswer.number() == null) {
            return false;
        }
        int value = parentAnswer.number();
        return value >= showFrom && value <= showTo;
    }
}
