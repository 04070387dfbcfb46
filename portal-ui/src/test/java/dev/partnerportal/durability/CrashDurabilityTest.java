package dev.partnerportal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every answered write survives {@code kill -9} of the embedded default, and the search index agrees with
 * the database after each restart. The real portal runs in a child JVM on one data folder; while an
 * administrator writes and publishes content, a partner saves survey answers and another signs in, the
 * child is killed with SIGKILL after a random number of acknowledged writes, restarted, and every
 * acknowledged write is looked up through the API. In the suite: 1 kill (each restart of the
 * real portal takes most of the time). The full loop (docs/operations.md):
 * {@code ./mvnw -B -pl portal-ui -am test -Dtest=CrashDurabilityTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dportal.e2e.skip=true -Dportal.durability.kills=20}.
 */
class CrashDurabilityTest {

    private static final Logger log = LoggerFactory.getLogger(CrashDurabilityTest.class);
    private static final int KILLS = Integer.getInteger("portal.durability.kills", 1);
    private static final Duration INDEX_PATIENCE = Duration.ofMinutes(2);

    private final Workload workload = new Workload();

    /** One kill: writes acknowledged before it, acknowledged writes missing after the restart, index agreement. */
    record Round(int round, int acknowledged, int lostDrafts, int lostPublications, int lostSignIns, int lostSurveyDrafts,
                 long published, long indexed) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNineAndTheIndexCatchesUp() throws Exception {
        var folder = Files.createDirectories(Path.of("target", "durability", UUID.randomUUID().toString()));
        var rounds = new ArrayList<Round>();
        var portal = PortalProcess.start(folder, "portal-0.log");
        for (int roundNumber = 1; roundNumber <= KILLS; roundNumber++) {
            int killAfter = ThreadLocalRandom.current().nextInt(20, 41);
            var writers = workload.start(portal.port(), roundNumber);
            awaitAcknowledged(killAfter, writers);
            portal.kill();
            workload.stop();
            for (var writer : writers) {
                writer.join();
            }

            portal = PortalProcess.start(folder, "portal-" + roundNumber + ".log");
            workload.connect(portal.port());
            var lostSoFar = rounds.isEmpty() ? new Round(0, 0, 0, 0, 0, 0, 0, 0) : totals(rounds);
            var round = verify(roundNumber, workload.acknowledged.get());
            rounds.add(new Round(roundNumber, round.acknowledged(), round.lostDrafts() - lostSoFar.lostDrafts(),
                    round.lostPublications() - lostSoFar.lostPublications(), round.lostSignIns() - lostSoFar.lostSignIns(),
                    round.lostSurveyDrafts(), round.published(), round.indexed()));
            log.info("Durability {}", rounds.getLast());
        }
        portal.kill();

        var lost = rounds.stream().mapToInt(r -> r.lostDrafts() + r.lostPublications() + r.lostSignIns() + r.lostSurveyDrafts()).sum();
        log.info("Durability: {} kills, {} acknowledged writes, {} lost", rounds.size(),
                rounds.stream().mapToInt(Round::acknowledged).sum(), lost);
        assertThat(rounds).hasSize(KILLS).allSatisfy(round -> {
            assertThat(round.lostDrafts()).as("drafts lost in %s", round).isZero();
            assertThat(round.lostPublications()).as("publications lost in %s", round).isZero();
            assertThat(round.lostSignIns()).as("sign-ins (API tokens) lost in %s", round).isZero();
            assertThat(round.lostSurveyDrafts()).as("survey answers lost in %s", round).isZero();
            assertThat(round.indexed()).as("search documents after the restart in %s", round).isEqualTo(round.published());
        });
    }

    /** Losses found so far: the lookups are cumulative, each round reports only what it newly lost. */
    private static Round totals(List<Round> rounds) {
        return new Round(0, 0, rounds.stream().mapToInt(Round::lostDrafts).sum(),
                rounds.stream().mapToInt(Round::lostPublications).sum(), rounds.stream().mapToInt(Round::lostSignIns).sum(),
                0, 0, 0);
    }

    private void awaitAcknowledged(int target, List<Thread> writers) throws InterruptedException {
        while (workload.acknowledged.get() < target) {
            if (writers.stream().noneMatch(Thread::isAlive)) {
                throw new IllegalStateException("every writer stopped before " + target + " acknowledged writes");
            }
            Thread.sleep(5);
        }
    }

    /** Looks up every write acknowledged so far in the restarted portal, then waits for the index to agree. */
    private Round verify(int round, int acknowledged) throws InterruptedException {
        var admin = workload.token("admin@vendor.test");
        var alice = workload.token("alice@northwind.test");
        int lostDrafts = 0;
        int lostPublications = 0;
        for (long id : workload.drafts) {
            var item = workload.call("GET", "/api/content/" + id, admin, null);
            if (item.status() != 200) {
                log.warn("Acknowledged content item {} answers {} after the restart", id, item.status());
                lostDrafts++;
            } else if (workload.published.contains(id)
                    && !workload.read(item.body()).get("item").get("status").asString().equals("PUBLISHED")) {
                lostPublications++;
            }
        }
        int lostSignIns = 0;
        for (var token : workload.tokens) {
            var me = workload.call("GET", "/api/me", token, null);
            if (me.status() != 200) {
                log.warn("Acknowledged sign-in {} answers {} after the restart: {}", token.substring(0, 8), me.status(), me.body());
                lostSignIns++;
            }
        }
        int lostSurveyDrafts = workload.storedSurveyDraft(alice) >= workload.lastAcknowledgedSurvey.get() ? 0 : 1;

        long published = total(workload.call("GET", "/api/content?status=PUBLISHED&q=" + Workload.MARKER + "&size=1", admin, null));
        long indexed = -1;
        var deadline = Instant.now().plus(INDEX_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var search = workload.call("GET", "/api/search?size=1&q=" + Workload.MARKER, admin, null);
            if (search.status() == 200) {
                indexed = total(search);
                if (indexed == published) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        return new Round(round, acknowledged, lostDrafts, lostPublications, lostSignIns, lostSurveyDrafts, published, indexed);
    }

    private long total(Workload.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return workload.read(answer.body()).get("total").asLong();
    }
}
