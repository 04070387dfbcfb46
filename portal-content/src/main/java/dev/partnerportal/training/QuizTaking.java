package dev.partnerportal.training;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.shared.CallerContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking quizzes. Questions are drawn and ordered at random per attempt, scored here against the answer key,
 * and every attempt is kept. Attempts are limited ({@code maxAttempts} until a pass, then the count starts
 * again) and a failed attempt is followed by a cool-down. Attempts belong to their person: anyone else's
 * attempt id is answered as not found. Parallel requests cannot beat the limit: starts of a quiz take turns on
 * the quiz row, so a person has at most one open attempt, and a submission locks its attempt row, so the
 * same attempt is scored (and can earn an award) once.
 */
@Service
public class QuizTaking {

    private static final Random RANDOM = new SecureRandom();

    private final Quizzes quizzes;
    private final QuizQuestions questions;
    private final QuizAttempts attempts;
    private final Training training;
    private final Certifications certifications;
    private final CallerContext callers;
    private final Clock clock;
    private final ActivityRecorder activity;

    QuizTaking(Quizzes quizzes, QuizQuestions questions, QuizAttempts attempts, Training training,
               Certifications certifications, CallerContext callers, Clock clock, ActivityRecorder activity) {
        this.activity = activity;
        this.quizzes = quizzes;
        this.questions = questions;
        this.attempts = attempts;
        this.training = training;
        this.certifications = certifications;
        this.callers = callers;
        this.clock = clock;
    }

    /** A quiz's rules and the caller's standing on it. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<QuizOverview> overview(String quizKey) {
        var caller = callers.require();
        return quizzes.findByQuizKey(quizKey).filter(this::forCaller).map(quiz -> {
            var history = attempts.findByUserIdAndQuizIdOrderByIdDesc(caller.userId().value(), quiz.id());
            var best = history.stream().filter(a -> !a.open()).mapToInt(QuizAttempt::scorePercent).max();
            return new QuizOverview(quiz.quizKey(), quiz.title(), quiz.courseCode(), quiz.passPercent(),
                    quiz.questionsPerAttempt(), quiz.maxAttempts(), attemptsLeft(quiz, history), nextAttemptAt(quiz, history),
                    history.stream().anyMatch(QuizAttempt::passed), best.isPresent() ? best.getAsInt() : null);
        });
    }

    /**
     * Starts an attempt, or returns the caller's open one unchanged (so reloading cannot redraw questions).
     *
     * @throws QuizUnavailableException when no attempts are left or the cool-down runs
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<QuizSheet> start(String quizKey) {
        var caller = callers.require();
        var found = quizzes.findLockedByQuizKey(quizKey).filter(this::forCaller);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var quiz = found.get();
        var history = attempts.findByUserIdAndQuizIdOrderByIdDesc(caller.userId().value(), quiz.id());
        var open = history.stream().filter(QuizAttempt::open).findFirst();
        if (open.isPresent()) {
            return Optional.of(sheet(quiz, open.get()));
        }
        if (attemptsLeft(quiz, history) == 0) {
            throw new QuizUnavailableException(QuizUnavailableException.Reason.NO_ATTEMPTS_LEFT, null);
        }
        var next = nextAttemptAt(quiz, history);
        if (next != null) {
            throw new QuizUnavailableException(QuizUnavailableException.Reason.COOLING_DOWN, next);
        }
        var bank = new ArrayList<>(questions.findByQuizIdAndRetiredAtIsNullOrderByPosition(quiz.id()).stream().map(QuizQuestion::id).toList());
        Collections.shuffle(bank, RANDOM);
        var attempt = attempts.save(new QuizAttempt(quiz.id(), caller.userId().value(), caller.organization().orElseThrow().value(),
                bank.subList(0, Math.min(quiz.questionsPerAttempt(), bank.size())), clock.instant()));
        return Optional.of(sheet(quiz, attempt));
    }

    /**
     * Scores the caller's open attempt. {@code answers} maps question ids to the chosen option indexes; a
     * question without an answer counts as wrong. A pass is reported to the certifications, which may award one.
     * Empty when the attempt is not the caller's or was submitted already.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<QuizResult> submit(long attemptId, Map<Long, Set<Integer>> answers) {
        var caller = callers.require();
        var attempt = attempts.findLockedById(attemptId).filter(a -> a.userId() == caller.userId().value() && a.open());
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        var quiz = quizzes.findById(attempt.get().quizId()).orElseThrow();
        if (!forCaller(quiz)) {
            return Optional.empty();
        }
        var bank = questions.findAllById(attempt.get().questionIds()).stream()
                .collect(Collectors.toMap(QuizQuestion::id, Function.identity()));
        var rightByQuestion = new LinkedHashMap<Long, Boolean>();
        for (var id : attempt.get().questionIds()) {
            var question = bank.get(id);
            rightByQuestion.put(id, question != null && question.isAnsweredBy(answers.getOrDefault(id, Set.of())));
        }
        int right = (int) rightByQuestion.values().stream().filter(Boolean::booleanValue).count();
        int score = rightByQuestion.isEmpty() ? 0 : right * 100 / rightByQuestion.size();
        boolean passed = score >= quiz.passPercent();
        var recorded = new LinkedHashMap<Long, Set<Integer>>();
        rightByQuestion.keySet().forEach(id -> recorded.put(id, answers.getOrDefault(id, Set.of())));
        attempt.get().submit(recorded, score, passed, clock.instant());
        attempts.flush();
        var certification = passed
                ? certifications.recordQuizPassed(quiz.quizKey(), training.completedCourseCodes(caller)).orElse(null)
                : null;
        activity.trained(caller, ActivityKind.QUIZ_RESULT, quiz.id(), score, passed);
        if (certification != null) {
            activity.trained(caller, ActivityKind.CERTIFIED, quiz.id(), score, true);
        }
        var history = attempts.findByUserIdAndQuizIdOrderByIdDesc(caller.userId().value(), quiz.id());
        return Optional.of(new QuizResult(attemptId, score, quiz.passPercent(), passed, right, rightByQuestion.size(),
                rightByQuestion, attemptsLeft(quiz, history), nextAttemptAt(quiz, history), certification));
    }

    /** A quiz answers to its course's audience (see {@link Training}); outside it, it does not exist for the caller. */
    private boolean forCaller(Quiz quiz) {
        return training.quizCourseForCaller(quiz.courseCode());
    }

    private QuizSheet sheet(Quiz quiz, QuizAttempt attempt) {
        var bank = questions.findAllById(attempt.questionIds()).stream()
                .collect(Collectors.toMap(QuizQuestion::id, Function.identity()));
        var sheets = attempt.questionIds().stream().map(bank::get).filter(java.util.Objects::nonNull).map(question -> {
            var options = new ArrayList<QuizSheet.Option>();
            var texts = question.options();
            for (int i = 0; i < texts.size(); i++) {
                options.add(new QuizSheet.Option(i, texts.get(i)));
            }
            if (question.kind() != QuestionKind.TRUE_FALSE) {
                // Seeded by attempt and question, so the open attempt shows the same order after a reload.
                Collections.shuffle(options, new Random(attempt.id() * 31 + question.id()));
            }
            return new QuizSheet.QuestionSheet(question.id(), question.kind(), question.text(), List.copyOf(options));
        }).toList();
        return new QuizSheet(attempt.id(), quiz.quizKey(), quiz.title(), quiz.passPercent(), sheets);
    }

    /** Attempts left until a pass: submitted attempts since the last pass count against the limit. */
    private static int attemptsLeft(Quiz quiz, List<QuizAttempt> newestFirst) {
        int used = 0;
        for (var attempt : newestFirst) {
            if (attempt.passed()) {
                break;
            }
            if (!attempt.open()) {
                used++;
            }
        }
        return Math.max(0, quiz.maxAttempts() - used);
    }

    /** When the cool-down after the latest failed attempt ends, if it has not yet. */
    private @Nullable Instant nextAttemptAt(Quiz quiz, List<QuizAttempt> newestFirst) {
        return newestFirst.stream().filter(a -> !a.open()).findFirst().filter(a -> !a.passed())
                .map(a -> a.submittedAt().plus(quiz.cooldown())).filter(until -> until.isAfter(clock.instant())).orElse(null);
    }
}
