package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.survey.WaveResults.TrendPoint;
import dev.partnerportal.testsupport.SignIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Each organization's NPS across the attributed waves it answered; anonymous waves and drafts never count. */
abstract class CompanyNpsContract {

    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyResults results;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PartnerRegistry organizations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void answer(String user, SurveyFixtures.Wave wave, int score) {
        SignIn.as(provider, user);
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(score)));
        SignIn.out();
    }

    /** Waves of other tests share the database; only this test's waves count. */
    private static List<TrendPoint> only(List<TrendPoint> trend, SurveyFixtures.Wave... waves) {
        var ids = Set.of(waves).stream().map(SurveyFixtures.Wave::id).toList();
        return trend.stream().filter(point -> ids.contains(point.wave())).toList();
    }

    @Test
    void eachCompanyGetsItsOwnScorePerAttributedWaveOldestFirst() {
        var first = fixtures.npsWave(false, AudienceKind.ALL);
        var second = fixtures.npsWave(false, AudienceKind.ALL);
        var anonymous = fixtures.npsWave(true, AudienceKind.ALL);
        var drafted = fixtures.npsWave(false, AudienceKind.ALL);
        answer("alice@northwind.test", first, 10);
        answer("bob@northwind.test", first, 6);
        answer("carol@contoso.test", first, 9);
        answer("alice@northwind.test", second, 9);
        answer("bob@northwind.test", second, 8);
        answer("alice@northwind.test", anonymous, 0);
        answer("bob@northwind.test", anonymous, 0);
        SignIn.as(provider, "bob@northwind.test");
        collection.saveDraft(drafted.id(), Map.of(drafted.question(1), Answer.number(0)));
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();

        SignIn.as(provider, "manager@vendor.test");
        var trend = only(results.companyTrend(northwind), first, second, anonymous, drafted);
        var trends = results.companyTrends(List.of(northwind, contoso));

        assertThat(trend).extracting(TrendPoint::wave).containsExactly(first.id(), second.id());
        assertThat(trend).extracting(point -> point.nps().value())
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("50.0"));
        assertThat(trend).extracting(point -> point.nps().total()).containsExactly(2, 2);
        assertThat(only(trends.get(northwind), first, second, anonymous, drafted)).isEqualTo(trend);
        var contosos = only(trends.get(contoso), first, second, anonymous, drafted);
        assertThat(contosos).extracting(TrendPoint::wave).containsExactly(first.id());
        assertThat(contosos.getFirst().nps()).isEqualTo(new NpsScore(1, 0, 0));
        assertThat(results.companyTrends(List.<OrganizationId>of())).isEmpty();
    }

    @Test
    void partnersSeeNoCompanyScores() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> results.companyTrend(northwind)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.companyTrends(List.of(northwind))).isInstanceOf(AccessDeniedException.class);
    }
}
