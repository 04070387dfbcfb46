package dev.partnerportal.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One person's answers in one wave: a draft until submitted, then final. The pair (wave, respondent key)
 * is unique in the database, which is what makes "one response per person" hold under concurrency.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "wave_id", nullable = false)
    private long waveId;

    @Column(name = "respondent_key", nullable = false, length = 64)
    private String respondentKey;

    /** Only for attributed waves. */
    @Column(name = "user_id")
    private @Nullable Long userId;

    /** Only for attributed waves. */
    @Column(name = "invitation_id")
    private @Nullable Long invitationId;

    /** Kept for anonymous waves too: breakdowns need it, and hide groups below the threshold. */
    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "tier_code", length = 40)
    private @Nullable String tierCode;

    @Column(name = "region", length = 40)
    private @Nullable String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected SurveyResponse() {
    }

    SurveyResponse(long waveId, String respondentKey, Respondent respondent, boolean anonymous, Instant now) {
        this.waveId = waveId;
        this.respondentKey = respondentKey;
        if (!anonymous) {
            this.userId = respondent.userId();
            this.invitationId = respondent.invitationId();
        }
        this.organizationId = respondent.organizationId();
        this.tierCode = respondent.tierCode();
        this.region = respondent.region();
        this.status = Status.DRAFT;
        this.startedAt = now;
    }

    long getId() {
        return Objects.requireNonNull(id, "not yet persisted");
    }

    long getWaveId() {
        return waveId;
    }

    String getRespondentKey() {
        return respondentKey;
    }

    boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    @Nullable Long getOrganizationId() {
        return organizationId;
    }

    @Nullable Long getUserId() {
        return userId;
    }

    @Nullable Long getInvitationId() {
        return invitationId;
    }

    @Nullable String getTierCode() {
        return tierCode;
    }

    @Nullable String getRegion() {
        return region;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    /** Replaces the draft's answers (updating rows in place, so the unique key per question never clashes). */
    void replaceAnswers(Map<Long, Answer> given) {
        if (isSubmitted()) {
            throw new AlreadyAnsweredException();
        }
        answers.removeIf(existing -> !given.containsKey(existing.getQuestionId()));
        var byQuestion = new HashMap<Long, SurveyAnswer>();
        answers.forEach(a -> byQuestion.put(a.getQuestionId(), a));
        given.forEach((questionId, answer) -> {
            var existing = byQuestion.get(questionId);
            if (existing != null) {
                existing.set(answer);
            } else {
                answers.add(new SurveyAnswer(this, questionId, answer));
            }
        });
    }

    void submit(Instant now) {
        if (isSubmitted()) {
            throw new AlreadyAnsweredException();
        }
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
    }

    /** The answers by question id; {@code kinds} says how each was stored. */
    Map<Long, Answer> answers(Map<Long, QuestionKind> kinds) {
        var result = new HashMap<Long, Answer>();
        answers.forEach(a -> result.put(a.getQuestionId(), a.answer(kinds.getOrDefault(a.getQuestionId(), QuestionKind.FREE_TEXT))));
        return result;
    }
}
