package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.PostgresTest;
import dev.partnerportal.testsupport.SignIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One person's quiz requests racing on a real PostgreSQL: sixteen parallel submissions of one attempt score it
 * once and award once; sixteen parallel starts open one attempt, so parallel tabs cannot beat the attempt limit.
 */
@SpringBootTest(classes = ContentTestApplication.class)
@PostgresTest
class ConcurrentQuizPostgresTest {

    private static final int RACERS = 16;

    @Autowired
    QuizTaking quizzes;
    @Autowired
    Training training;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        TrainingFixtures.reset(jdbc);
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        TrainingFixtures.reset(jdbc);
    }

    @Test
    void parallelSubmissionsOfOneAttemptCountOnceAndAwardOnce() throws Exception {
        var bob = SignIn.as(provider, "bob@northwind.test");
        training.course("sales-fundamentals").orElseThrow().lessons()
                .forEach(lesson -> training.completeLesson("sales-fundamentals", lesson.itemId()));
        var sheet = quizzes.start(QuizTakingContract.QUIZ).orElseThrow();
        var key = TrainingFixtures.answerKey(jdbc, QuizTakingContract.QUIZ);
        var answers = new HashMap<Long, Set<Integer>>();
        sheet.questions().forEach(q -> answers.put(q.questionId(), key.get(q.questionId())));

        var results = race(bob, () -> quizzes.submit(sheet.attemptId(), answers).isPresent());

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(results).filteredOn(scored -> !scored).hasSize(RACERS - 1);
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is not null", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from certification_award a join portal_user u on u.id = a.user_id
                where u.email = 'bob@northwind.test'""", Long.class)).isEqualTo(1);
    }

    @Test
    void parallelStartsOpenOneAttempt() throws Exception {
        var carol = SignIn.as(provider, "carol@contoso.test");

        var attemptIds = race(carol, () -> quizzes.start(QuizTakingContract.QUIZ).orElseThrow().attemptId());

        assertThat(Set.copyOf(attemptIds)).hasSize(1);
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(1);
    }

    /** Runs the work on {@link #RACERS} threads at once, each signed in as the same person. */
    private static <T> List<T> race(Authentication who, Callable<T> work) throws Exception {
        var barrier = new CyclicBarrier(RACERS);
        var tasks = new ArrayList<Callable<T>>();
        for (int i = 0; i < RACERS; i++) {
            tasks.add(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(who);
                SecurityContextHolder.setContext(context);
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                    return work.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        var outcomes = new ArrayList<T>();
        try {
            for (var future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        return outcomes;
    }
}
