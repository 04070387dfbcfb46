package dev.partnerportal.survey;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo surveys, written in all five portal languages: a partner NPS survey with two closed waves that already
 * have answers (so results and the trend show something) and an open wave for Gold partners, and a discovery
 * survey for new partners, ready for a wave. Only in demo mode and only into an empty table.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    private final Surveys surveys;
    private final SurveyWaves waves;
    private final SurveyResponses responses;
    private final FollowUpTasks tasks;
    private final UserAccounts users;
    private final PartnerRegistry organizations;
    private final Clock clock;

    DemoSurveys(Surveys surveys, SurveyWaves waves, SurveyResponses responses, FollowUpTasks tasks, UserAccounts users,
                PartnerRegistry organizations, Clock clock) {
        this.surveys = surveys;
        this.waves = waves;
        this.responses = responses;
        this.tasks = tasks;
        this.users = users;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (surveys.count() > 0 || users.findByEmail("alice@northwind.test").isEmpty()) {
            return;
        }
        var now = clock.instant();
        var survey = surveys.save(new Survey(NpsTemplate.texts(), NpsTemplate.questions(), now));
        surveys.save(new Survey(DiscoveryTemplate.texts(), DiscoveryTemplate.questions(), now));
        var q2 = waves.save(new SurveyWave(survey, new WaveDraft(survey.id(), "Q2 2026", now.minus(Duration.ofDays(150)),
                now.minus(Duration.ofDays(120)), false, AudienceKind.ALL, Set.of()), now));
        var q3 = waves.save(new SurveyWave(survey, new WaveDraft(survey.id(), "Q3 2026", now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()), now));
        waves.save(new SurveyWave(survey, new WaveDraft(survey.id(), "Q4 2026 (Gold)", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), false, AudienceKind.TIERS, Set.of("GOLD")), now));

        var questions = survey.definition().questions();
        answer(q2, "alice@northwind.test", Map.of(questions.get(0).id(), Answer.number(7),
                questions.get(1).id(), Answer.text("Faster deal registration approvals.")));
        answer(q2, "carol@contoso.test", Map.of(questions.get(0).id(), Answer.number(5),
                questions.get(1).id(), Answer.text("More training in our time zone.")));
        answer(q3, "alice@northwind.test", Map.of(questions.get(0).id(), Answer.number(9),
                questions.get(2).id(), Answer.number(5), questions.get(4).id(), Answer.yes(true)));
        answer(q3, "carol@contoso.test", Map.of(questions.get(0).id(), Answer.number(8),
                questions.get(1).id(), Answer.text("Clearer tier requirements.")));
        var bob = answer(q3, "bob@northwind.test", Map.of(questions.get(0).id(), Answer.number(4),
                questions.get(1).id(), Answer.text("Support tickets take too long."),
                questions.get(3).id(), Answer.choices(Set.of(3))));
        var northwind = organizations.findByName("Northwind Traders").orElseThrow();
        tasks.save(new FollowUpTask(bob.getId(), q3.id().value(), northwind.id(),
                organizations.partnerManager(northwind.organizationId()).map(m -> m.value()).orElse(null), 4, q3.getClosesAt()));
        log.info("Demo surveys created: Partner NPS with waves Q2 and Q3 (closed) and Q4 for Gold partners (open), "
                + "and Partner discovery");
    }

    private SurveyResponse answer(SurveyWave wave, String email, Map<Long, Answer> answers) {
        var user = users.findByEmail(email).orElseThrow();
        var organization = organizations.find(user.organization()).orElseThrow();
        var respondent = new Respondent("user:" + user.id().value(), null, user.id().value(), null, organization.id(),
                organization.tierCode(), organization.region());
        var response = new SurveyResponse(wave.id().value(), wave.respondentKey(respondent.person()), respondent,
                wave.isAnonymous(), wave.getOpensAt().plus(Duration.ofDays(2)));
        response.replaceAnswers(answers);
        Instant submittedAt = wave.getOpensAt().plus(Duration.ofDays(3));
        response.submit(submittedAt);
        return responses.save(response);
    }
}
