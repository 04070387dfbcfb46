package dev.partnerportal.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A question in a survey; its wording per language lives in {@code survey_question_text}. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "parent_ordinal")
    private @Nullable Integer parentOrdinal;

    @Column(name = "show_from")
    private @Nullable Integer showFrom;

    @Column(name = "show_to")
    private @Nullable Integer showTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "survey_question_text", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, QuestionText> texts = new HashMap<>();

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int ordinal, QuestionDraft draft) {
        this.survey = survey;
        this.ordinal = ordinal;
        this.kind = draft.kind();
        this.required = draft.required();
        this.parentOrdinal = draft.parentOrdinal();
        this.showFrom = draft.showFrom();
        this.showTo = draft.showTo();
        draft.texts().forEach((language, text) ->
                texts.put(language, new QuestionText(text.strip(), draft.options().getOrDefault(language, List.of()))));
    }

    long getId() {
        return Objects.requireNonNull(id, "not yet persisted");
    }

    QuestionKind getKind() {
        return kind;
    }

    Question view() {
        var textMap = new HashMap<String, String>();
        var optionMap = new HashMap<String, List<String>>();
        texts.forEach((language, text) -> {
            textMap.put(language, text.text());
            if (!text.options().isEmpty()) {
                optionMap.put(language, text.options());
            }
        });
        return new Question(getId(), ordinal, kind, required, textMap, optionMap, parentOrdinal, showFrom, showTo);
    }
}
