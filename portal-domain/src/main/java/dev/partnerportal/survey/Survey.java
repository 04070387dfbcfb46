package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A questionnaire: its questions in order. It is run in one or more {@link SurveyWave}s. */
@Entity
@Table(name = "survey")
class Survey {

    static final int TITLE_MAX_LENGTH = SurveyDefinition.TITLE_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The program's discovery survey; see {@link SurveyDesigner#markDiscovery}. */
    @Column(nullable = false)
    private boolean discovery;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {
    }

    Survey(String title, List<QuestionDraft> drafts, Instant createdAt) {
        var trimmed = Objects.requireNonNull(title, "title").strip();
        if (trimmed.isEmpty() || trimmed.length() > TITLE_MAX_LENGTH) {
            throw new RuleViolation(SurveyError.TITLE_LENGTH, TITLE_MAX_LENGTH);
        }
        if (drafts.isEmpty()) {
            throw new RuleViolation(SurveyError.NO_QUESTIONS);
        }
        this.title = trimmed;
        this.createdAt = createdAt;
        for (var draft : drafts) {
            int ordinal = questions.size() + 1;
            if (draft.parentOrdinal() != null) {
                var parent = draft.parentOrdinal() < ordinal ? questions.get(draft.parentOrdinal() - 1) : null;
                if (parent == null || parent.getKind() == QuestionKind.FREE_TEXT || parent.getKind() == QuestionKind.MULTIPLE_CHOICE) {
                    throw new RuleViolation(SurveyError.FOLLOW_UP_PARENT);
                }
            }
            questions.add(new SurveyQuestion(this, ordinal, draft));
        }
    }

    SurveyId id() {
        return new SurveyId(Objects.requireNonNull(id, "not yet persisted"));
    }

    String getTitle() {
        return title;
    }

    boolean isDiscovery() {
        return discovery;
    }

    void markDiscovery(boolean discovery) {
        this.discovery = discovery;
    }

    List<SurveyQuestion> getQuestions() {
        return questions;
    }

    SurveyDefinition definition() {
        return new SurveyDefinition(id(), title, questions.stream().map(SurveyQuestion::view).toList());
    }
}
