package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One attempt at a quiz: the questions drawn in their order, and once submitted the answers and the score. */
@Entity
@Table(name = "training_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private Long quizId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "question_order", nullable = false, length = 2000)
    private String questionOrder;
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;
    @Column(length = 4000)
    private @Nullable String answers;
    @Column(name = "score_percent")
    private @Nullable Integer scorePercent;
    private @Nullable Boolean passed;

    protected QuizAttempt() {
    }

    QuizAttempt(long quizId, long userId, long organizationId, List<Long> questionIds, Instant now) {
        this.quizId = quizId;
        this.userId = userId;
        this.organizationId = organizationId;
        this.questionOrder = Codes.encode(questionIds);
        this.startedAt = now;
    }

    /** Records the answers and the score; an attempt is submitted once. */
    void submit(Map<Long, Set<Integer>> chosen, int score, boolean pass, Instant now) {
        if (submittedAt != null) {
            throw new RuleViolation(TrainingError.ATTEMPT_SUBMITTED);
        }
        this.answers = new TreeMap<>(chosen).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        this.scorePercent = score;
        this.passed = pass;
        this.submittedAt = now;
    }

    Long id() { return id; }
    long quizId() { return quizId; }
    long userId() { return userId; }
    List<Long> questionIds() { return Codes.decodeIds(questionOrder); }
    Instant startedAt() { return startedAt; }
    @Nullable Instant submittedAt() { return submittedAt; }
    boolean open() { return submittedAt == null; }
    boolean passed() { return Boolean.TRUE.equals(passed); }
    int scorePercent() { return scorePercent == null ? 0 : scorePercent; }
}
