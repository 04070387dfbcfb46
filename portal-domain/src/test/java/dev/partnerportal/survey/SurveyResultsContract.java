package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.WaveResults.Dimension;
import dev.partnerportal.survey.WaveResults.FreeTextFilter;
import dev.partnerportal.survey.WaveResults.GroupScore;
import dev.partnerportal.testsupport.SignIn;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Results on H2 and PostgreSQL: hand-computed NPS, breakdowns, anonymity threshold, trend, free text, CSV. */
abstract class SurveyResultsContract {

    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyDesigner designer;
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

    /** Alice 10 and Bob 9 (Northwind, Gold, EMEA), Carol 3 (Contoso, Registered, North America). */
    private SurveyFixtures.Wave answeredByTheDemoPartners(boolean anonymous) {
        var wave = fixtures.npsWave(anonymous, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(10), wave.question(3), Answer.number(5)));
        SignIn.as(provider, "bob@northwind.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9), wave.question(3), Answer.number(4),
                wave.question(4), Answer.choices(java.util.Set.of(0, 3))));
        SignIn.as(provider, "carol@contoso.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(3),
                wave.question(2), Answer.text("=HYPERLINK(\"http://evil.test\",\"click\")")));
        SignIn.as(provider, "manager@vendor.test");
        return wave;
    }

    private static List<String> labels(WaveResults result, Dimension dimension) {
        return result.breakdowns().stream().filter(b -> b.dimension() == dimension).findFirst().orElseThrow()
                .groups().stream().map(g -> g.label() + " " + g.nps().value()).toList();
    }

    @Test
    void theScoreDistributionAndBreakdownsMatchTheHandComputedValues() {
        var wave = answeredByTheDemoPartners(false);

        var result = results.results(wave.id(), Locale.ENGLISH).orElseThrow();

        // 2 promoters, 1 detractor of 3: 66.7 % - 33.3 % = 33.3
        assertThat(result.responses()).isEqualTo(3);
        assertThat(result.nps()).isEqualTo(new NpsScore(2, 0, 1));
        assertThat(result.nps().value()).isEqualByComparingTo("33.3");
        assertThat(result.npsDistribution()).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1);
        assertThat(labels(result, Dimension.ORGANIZATION)).containsExactly("Contoso Ltd -100.0", "Northwind Traders 100.0");
        assertThat(labels(result, Dimension.TIER)).containsExactly("GOLD 100.0", "REGISTERED -100.0");
        assertThat(labels(result, Dimension.REGION)).containsExactly("EMEA 100.0", "North America -100.0");
        var rating = result.questions().get(2);
        assertThat(rating.answered()).isEqualTo(2);
        assertThat(rating.average()).isEqualByComparingTo("4.5");
        assertThat(result.questions().get(3).buckets()).extracting(WaveResults.Bucket::count).containsExactly(1, 0, 0, 1);
    }

    @Test
    void anonymousBreakdownsHideGroupsBelowFiveResponses() {
        var wave = fixtures.npsWave(true, AudienceKind.ALL);
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        SignIn.as(provider, "manager@vendor.test");
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            tokens.add(designer.invite(wave.id(), "person" + i + "-" + wave.id() + "@example.test", i < 5 ? northwind : contoso));
        }
        SignIn.out();
        for (int i = 0; i < 7; i++) {
            collection.submitByLink(tokens.get(i), Map.of(wave.question(1), Answer.number(i < 5 ? 10 : 2)));
        }
        SignIn.as(provider, "manager@vendor.test");

        var result = results.results(wave.id(), Locale.ENGLISH).orElseThrow();

        assertThat(result.responses()).isEqualTo(7);
        assertThat(result.nps().value()).isEqualByComparingTo("42.9"); // (5 - 2) / 7 = 42.86 %
        var byOrganization = result.breakdowns().stream().filter(b -> b.dimension() == Dimension.ORGANIZATION).findFirst().orElseThrow();
        assertThat(byOrganization.groups()).extracting(GroupScore::label, GroupScore::responses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Northwind Traders", 5));
        assertThat(byOrganization.hiddenGroups()).isEqualTo(1);
        assertThat(labels(result, Dimension.TIER)).containsExactly("GOLD 100.0");
    }

    @Test
    void attributedBreakdownsShowEveryGroupWhateverItsSize() {
        var wave = answeredByTheDemoPartners(false);

        var result = results.results(wave.id(), Locale.ENGLISH).orElseThrow();

        assertThat(result.breakdowns()).allSatisfy(b -> assertThat(b.hiddenGroups()).isZero());
    }

    @Test
    void freeTextIsFilteredAndAnonymousWavesNameNobody() {
        var attributed = answeredByTheDemoPartners(false);
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId().value();

        assertThat(results.freeText(attributed.id(), FreeTextFilter.NONE)).singleElement()
                .satisfies(a -> assertThat(a.organization()).isEqualTo("Contoso Ltd"));
        assertThat(results.freeText(attributed.id(), new FreeTextFilter(null, null, null, "hyperlink"))).hasSize(1);
        assertThat(results.freeText(attributed.id(), new FreeTextFilter(null, null, null, "nothing like it"))).isEmpty();
        assertThat(results.freeText(attributed.id(), new FreeTextFilter(null, contoso, null, null))).hasSize(1);
        assertThat(results.freeText(attributed.id(), new FreeTextFilter(null, null, "GOLD", null))).isEmpty();

        var anonymous = answeredByTheDemoPartners(true);
        assertThat(results.freeText(anonymous.id(), FreeTextFilter.NONE)).singleElement()
                .satisfies(a -> assertThat(a.organization()).isNull());
        assertThatThrownBy(() -> results.freeText(anonymous.id(), new FreeTextFilter(null, contoso, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.ANONYMOUS_FILTER));
    }

    @Test
    void theCsvExportNeutralizesFormulasAndLeavesOutOrganizationsOfAnonymousWaves() throws Exception {
        var wave = answeredByTheDemoPartners(false);
        var csv = new StringBuilder();
        results.exportCsv(wave.id(), csv);

        var records = CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.getFirst().get(5)).startsWith("How likely");
        var carol = records.stream().filter(r -> r.get(2).equals("Contoso Ltd")).findFirst().orElseThrow();
        assertThat(carol.get(5)).isEqualTo("3");
        assertThat(carol.get(6)).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        var bob = records.stream().filter(r -> r.get(8).contains("Training")).findFirst().orElseThrow();
        assertThat(bob.get(8)).isEqualTo("Training; Technical support");

        var anonymous = answeredByTheDemoPartners(true);
        var anonymousCsv = new StringBuilder();
        results.exportCsv(anonymous.id(), anonymousCsv);
        assertThat(anonymousCsv.toString()).doesNotContain("Contoso", "Northwind", "GOLD", "EMEA");
    }

    @Test
    void theTrendFollowsTheDemoSurveyAcrossItsWaves() {
        SignIn.as(provider, "manager@vendor.test");
        var q3 = designer.waves(PageRequest.of(0, 200)).stream().filter(w -> w.name().equals("Q3 2026")).findFirst().orElseThrow();

        var trend = results.trend(q3.id());

        // Q2: 7 and 5 -> 0 % - 50 % = -50; Q3: 9, 8 and 4 -> 33.3 % - 33.3 % = 0
        assertThat(trend).extracting(t -> t.name() + " " + t.nps().value()).containsExactly("Q2 2026 -50.0", "Q3 2026 0.0");
    }
}
