package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.PostgresTest;
import dev.partnerportal.testsupport.SignIn;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 1,000 submissions racing for the same 20 people (50 each, through their personal links) on a real
 * PostgreSQL: exactly one complete response per person, no duplicates and no partial rows. And one person
 * with an account racing through the portal and their personal link at once: one response.
 */
@SpringBootTest
@PostgresTest
class ConcurrentSubmissionPostgresTest {

    private static final int PEOPLE = 20;
    private static final int ATTEMPTS_EACH = 50;

    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    enum Outcome { SUBMITTED, ALREADY_ANSWERED }

    @Test
    void oneThousandConcurrentDoubleSubmissionsLeaveExactlyOneCompleteResponsePerPerson() throws Exception {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var tokens = new ArrayList<String>();
        SignIn.as(provider, "manager@vendor.test");
        for (int i = 0; i < PEOPLE; i++) {
            tokens.add(designer.invite(wave.id(), "racer" + i + "@example.test", null));
        }
        SignIn.out();
        var answers = Map.of(wave.question(1), Answer.number(10), wave.question(5), Answer.yes(true));

        var tasks = new ArrayList<Callable<Outcome>>();
        for (int attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
            for (var token : tokens) {
                tasks.add(() -> {
                    try {
                        collection.submitByLink(token, answers);
                        return Outcome.SUBMITTED;
                    } catch (AlreadyAnsweredException e) {
                        return Outcome.ALREADY_ANSWERED;
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        var outcomes = new ArrayList<Outcome>();
        try {
            for (Future<Outcome> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(outcomes).hasSize(PEOPLE * ATTEMPTS_EACH);
        assertThat(outcomes).filteredOn(o -> o == Outcome.SUBMITTED).hasSize(PEOPLE);
        assertThat(outcomes).filteredOn(o -> o == Outcome.ALREADY_ANSWERED).hasSize(PEOPLE * ATTEMPTS_EACH - PEOPLE);
        long waveId = wave.id().value();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class, waveId))
                .isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject("select count(distinct invitation_id) from survey_response where wave_id = ? and status = 'SUBMITTED'",
                Integer.class, waveId)).isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.wave_id = ?",
                Integer.class, waveId)).isEqualTo(PEOPLE * 2);
        assertThat(jdbc.queryForObject("""
                select count(*) from survey_response r where r.wave_id = ?
                and (select count(*) from survey_answer a where a.response_id = r.id) <> 2""", Integer.class, waveId))
                .as("no response without its answers").isZero();
    }

    @Test
    void aPersonRacingThroughThePortalAndTheirLinkAtOnceHasExactlyOneResponse() throws Exception {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "manager@vendor.test");
        var link = designer.invite(wave.id(), "alice@northwind.test", null);
        SignIn.out();
        var alice = SignIn.as(provider, "alice@northwind.test");
        SignIn.out();
        var answers = Map.of(wave.question(1), Answer.number(10), wave.question(5), Answer.yes(true));

        var tasks = new ArrayList<Callable<Outcome>>();
        for (int attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
            var throughPortal = attempt % 2 == 0;
            tasks.add(() -> {
                try {
                    if (throughPortal) {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(alice);
                        SecurityContextHolder.setContext(context);
                        collection.submit(wave.id(), answers);
                    } else {
                        collection.submitByLink(link, answers);
                    }
                    return Outcome.SUBMITTED;
                } catch (AlreadyAnsweredException e) {
                    return Outcome.ALREADY_ANSWERED;
                } finally {
                    SignIn.out();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        var outcomes = new ArrayList<Outcome>();
        try {
            for (Future<Outcome> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(outcomes).filteredOn(o -> o == Outcome.SUBMITTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o == Outcome.ALREADY_ANSWERED).hasSize(ATTEMPTS_EACH - 1);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class, wave.id().value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.wave_id = ?",
                Integer.class, wave.id().value())).isEqualTo(2);
    }
}
