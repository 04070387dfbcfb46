package dev.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A module listener that fails once is completed by the retry job, and takes effect once (ADR 012). */
abstract class EventPublicationRetriesContract {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FlakyReaction reaction;
    @Autowired
    EventPublicationRetries retries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void aListenerThatFailsOnceIsCompletedOnRetryAndTakesEffectOnce() {
        var key = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new FlakyReaction.Happened(key)));
        EventReactions.awaitSettled(context);

        assertThat(reaction.effects(key)).isZero();
        assertThat(publication(key, "status")).isEqualTo("FAILED");
        assertThat(publication(key, "completion_date")).isNull();

        retries.resubmitFailed();
        EventReactions.awaitSettled(context);
        assertThat(publication(key, "status")).as("too young to retry yet").isEqualTo("FAILED");
        assertThat(reaction.effects(key)).isZero();

        clock.advance(Duration.ofSeconds(31));
        retries.resubmitFailed();
        EventReactions.awaitSettled(context);

        assertThat(reaction.effects(key)).isEqualTo(1);
        assertThat(publication(key, "status")).isEqualTo("COMPLETED");
        assertThat(publication(key, "completion_date")).isNotNull();
        assertThat(jdbc.queryForObject("select completion_attempts from event_publication where serialized_event like ?",
                Integer.class, "%" + key + "%")).isEqualTo(2);

        retries.resubmitFailed();
        EventReactions.awaitSettled(context);
        assertThat(reaction.effects(key)).as("a completed publication is not run again").isEqualTo(1);
    }

    private Object publication(String key, String column) {
        return jdbc.queryForObject("select " + column + " from event_publication where serialized_event like ?",
                Object.class, "%" + key + "%");
    }
}
