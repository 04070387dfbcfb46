package dev.partnerportal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The answer to one question within a response. */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private SurveyResponse response;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "number_value")
    private @Nullable Integer numberValue;

    /** Free text, or the option indexes of a multiple-choice answer ("0,2"). */
    @Column(name = "text_value", length = Answer.TEXT_MAX_LENGTH)
    private @Nullable String textValue;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, long questionId, Answer answer) {
        this.response = response;
        this.questionId = questionId;
        set(answer);
    }

    long getQuestionId() {
        return questionId;
    }

    void set(Answer answer) {
        this.numberValue = answer.number();
        this.textValue = answer.choices().isEmpty() ? answer.text() : answer.encodedChoices();
    }

    Answer answer(QuestionKind kind) {
        if (kind == QuestionKind.MULTIPLE_CHOICE) {
            return Answer.choices(Answer.decodeChoices(textValue));
        }
        return new Answer(numberValue, textValue, java.util.Set.of());
    }
}
