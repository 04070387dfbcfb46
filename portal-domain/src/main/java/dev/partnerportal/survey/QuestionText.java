package dev.partnerportal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question's wording in one language, with its options one per line. */
@Embeddable
class QuestionText {

    @Column(name = "text", nullable = false, length = QuestionDraft.TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "options", length = QuestionDraft.OPTIONS_MAX_LENGTH)
    private @Nullable String options;

    protected QuestionText() {
    }

    QuestionText(String text, List<String> options) {
        this.text = text;
        this.options = options.isEmpty() ? null : String.join("\n", options);
    }

    String text() {
        return text;
    }

    List<String> options() {
        return options == null ? List.of() : Arrays.stream(options.split("\n")).toList();
    }
}
