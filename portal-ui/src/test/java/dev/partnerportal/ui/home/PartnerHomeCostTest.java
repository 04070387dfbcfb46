package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.testsupport.StatementCount;
import dev.partnerportal.ui.content.LibraryView;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one visit to the partner home costs the server beyond its own work. It is the most visited view, the largest,
 * and the slowest step of the load test (docs/benchmarks/capacity.md, "What limited it").
 */
@PortalWebTest
class PartnerHomeCostTest extends PortalBrowserlessTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SurveyDesigner designer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final List<Long> waves = new ArrayList<>();

    private StatementCount statements;

    @AfterEach
    void closeTheWavesAndStatistics() {
        if (statements != null) {
            statements.close();
        }
        // Closed by SQL (the product has no "close now"), so other tests' partner homes do not list them.
        waves.forEach(id -> jdbc.update("update survey_wave set closes_at = opens_at + interval '1' minute where id = ?", id));
    }

    /**
     * The home lists the survey waves open to the organization, with the person's progress in each; that is read for
     * all open waves at once. Measured on 2026-12-01: 84 statements with one wave open or four; before, 99, and five
     * more for every open wave (the invitation, the response, the survey and the texts of each of its questions).
     */
    @Test
    void aVisitToThePartnerHomeCostsTheSameStatementsHoweverManySurveyWavesAreOpen() {
        signInAs("bob@northwind.test");
        statements = StatementCount.on(entityManagerFactory);
        long before = homeVisit();

        signInAs("manager@vendor.test");
        var northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        for (int i = 0; i < 3; i++) {
            var survey = designer.createSurvey("Home cost " + UUID.randomUUID(), NpsTemplate.questions());
            waves.add(designer.planWave(new WaveDraft(survey, "Home cost " + i, clock.instant().minus(Duration.ofHours(1)),
                    clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ORGANIZATIONS,
                    Set.of(Long.toString(northwind)))).value());
        }
        signInAs("bob@northwind.test");
        long after = homeVisit();

        assertThat(before).as("statements of one visit to the partner home").isPositive();
        // Questions' texts are read 50 questions to a statement: fifteen more questions may start one more batch.
        assertThat(after).as("statements of one visit with three more survey waves open (%d before)", before)
                .isBetween(before, before + 1);
    }

    /** The fewest statements of three visits to the home, each coming from the library. */
    private long homeVisit() {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            navigate(LibraryView.class);
            fewest = Math.min(fewest, statements.of(() -> navigate(PartnerHomeView.class)));
        }
        return fewest;
    }

    /**
     * Views and layouts are created for every navigation. A proxied one costs Spring a match of every advisor against
     * every method of the view, each time (it caches that only for beans it does not proxy): that was 45% of the
     * processor under load while JSR-250 method security proxied every view carrying {@code @RolesAllowed}.
     */
    @Test
    void viewsAndTheirLayoutAreCreatedWithoutProxies() {
        signInAs("bob@northwind.test");
        navigate(LibraryView.class);
        navigate(PartnerHomeView.class);

        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).hasSizeGreaterThan(1);
        assertThat(chain).allSatisfy(target -> assertThat(AopUtils.isAopProxy(target))
                .as("%s is a proxy", target.getClass().getName()).isFalse());
    }
}
