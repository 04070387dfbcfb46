package dev.partnerportal.survey;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CsvTable;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.WaveResults.Breakdown;
import dev.partnerportal.survey.WaveResults.Dimension;
import dev.partnerportal.survey.WaveResults.FreeTextAnswer;
import dev.partnerportal.survey.WaveResults.FreeTextFilter;
import dev.partnerportal.survey.WaveResults.GroupScore;
import dev.partnerportal.survey.WaveResults.TrendPoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the answers say: scores, distributions, breakdowns, trend, free text and CSV. Staff only; partners never see results. */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    /** Breakdown groups of anonymous waves with fewer responses than this are hidden. */
    public static final int ANONYMITY_THRESHOLD = 5;

    private final SurveyWaves waves;
    private final SurveyResponses responses;
    private final PartnerRegistry organizations;
    private final Clock clock;
    private final AuditTrail audit;

    SurveyResults(SurveyWaves waves, SurveyResponses responses, PartnerRegistry organizations, Clock clock,
                  AuditTrail audit) {
        this.audit = audit;
        this.waves = waves;
        this.responses = responses;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The results of one wave, with option labels in {@code locale}'s language. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public Optional<WaveResults> results(WaveId id, Locale locale) {
        return waves.findById(id.value()).map(wave -> compute(wave, locale));
    }

    /** NPS of every wave of the wave's survey that has NPS answers, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<TrendPoint> trend(WaveId id) {
        var wave = waves.findById(id.value()).orElseThrow(SurveyNotFoundException::new);
        var definition = wave.getSurvey().definition();
        var kinds = SurveyCollection.kinds(definition);
        var points = new ArrayList<TrendPoint>();
        for (var each : waves.findBySurvey(wave.getSurvey().id().value())) {
            var scores = responses.findSubmitted(each.id().value()).stream()
                    .map(r -> AnswerRules.npsScore(definition, r.answers(kinds))).filter(s -> s != null).toList();
            if (!scores.isEmpty()) {
                points.add(new TrendPoint(each.id(), each.getName(), each.getOpensAt(), NpsScore.of(scores)));
            }
        }
        return points;
    }

    /**
     * One organization's NPS in each attributed wave it answered, oldest wave first: the trend on its partner page.
     * Anonymous waves never give a per-company figure.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<TrendPoint> companyTrend(OrganizationId organization) {
        return companyTrends(List.of(organization)).getOrDefault(organization, List.of());
    }

    /**
     * {@link #companyTrend} for several organizations in one read (the desk); organizations without an NPS answer in
     * an attributed wave are absent. As in a wave's breakdown by organization, an attributed wave names its
     * respondents, so a company's figure is shown whatever its count; the anonymity threshold is for anonymous waves.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public Map<OrganizationId, List<TrendPoint>> companyTrends(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var byWave = responses.findSubmittedInAttributedWaves(organizations.stream().map(OrganizationId::value).toList())
                .stream().collect(Collectors.groupingBy(SurveyResponse::getWaveId));
        var ordered = waves.findAllById(byWave.keySet()).stream()
                .filter(wave -> !wave.isAnonymous())
                .sorted(Comparator.comparing(SurveyWave::getOpensAt).thenComparing(wave -> wave.id().value()))
                .toList();
        var trends = new HashMap<OrganizationId, List<TrendPoint>>();
        for (var wave : ordered) {
            var definition = wave.getSurvey().definition();
            var kinds = SurveyCollection.kinds(definition);
            var scores = new TreeMap<Long, List<Integer>>();
            for (var response : byWave.get(wave.id().value())) {
                var score = AnswerRules.npsScore(definition, response.answers(kinds));
                if (score != null && response.getOrganizationId() != null) {
                    scores.computeIfAbsent(response.getOrganizationId(), k -> new ArrayList<>()).add(score);
                }
            }
            scores.forEach((organization, values) -> trends.computeIfAbsent(new OrganizationId(organization), k -> new ArrayList<>())
                    .add(new TrendPoint(wave.id(), wave.getName(), wave.getOpensAt(), NpsScore.of(values))));
        }
        return trends;
    }

    /** Free-text answers, newest first. Anonymous waves reveal no organization and refuse to filter by one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<FreeTextAnswer> freeText(WaveId id, FreeTextFilter filter) {
        var wave = waves.findById(id.value()).orElseThrow(SurveyNotFoundException::new);
        if (wave.isAnonymous() && (filter.organizationId() != null || filter.tierCode() != null)) {
            throw new RuleViolation(SurveyError.ANONYMOUS_FILTER);
        }
        var definition = wave.getSurvey().definition();
        var kinds = SurveyCollection.kinds(definition);
        var names = organizationNames();
        var needle = filter.contains() == null || filter.contains().isBlank() ? null
                : filter.contains().strip().toLowerCase(Locale.ROOT);
        var result = new ArrayList<FreeTextAnswer>();
        for (var response : responses.findSubmitted(id.value())) {
            if (filter.organizationId() != null && !filter.organizationId().equals(response.getOrganizationId())
                    || filter.tierCode() != null && !filter.tierCode().equals(response.getTierCode())) {
                continue;
            }
            var answers = response.answers(kinds);
            for (var question : definition.questions()) {
                var answer = answers.get(question.id());
                if (question.kind() != QuestionKind.FREE_TEXT || answer == null || answer.text() == null
                        || filter.questionId() != null && filter.questionId() != question.id()
                        || needle != null && !answer.text().toLowerCase(Locale.ROOT).contains(needle)) {
                    continue;
                }
                boolean named = !wave.isAnonymous();
                result.add(new FreeTextAnswer(question.id(), question.ordinal(), answer.text(),
                        named && response.getOrganizationId() != null ? names.get(response.getOrganizationId()) : null,
                        named ? response.getTierCode() : null, named ? response.getRegion() : null,
                        response.getSubmittedAt()));
            }
        }
        result.sort(Comparator.comparing(FreeTextAnswer::submittedAt).reversed());
        return result;
    }

    /**
     * Writes the wave's submitted responses as CSV (one row per response, one column per question, English
     * headers). Cells that a spreadsheet would run as formulas are neutralized; anonymous waves leave out
     * organization, tier and region.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public void exportCsv(WaveId id, Appendable out) {
        var wave = waves.findById(id.value()).orElseThrow(SurveyNotFoundException::new);
        var definition = wave.getSurvey().definition();
        var kinds = SurveyCollection.kinds(definition);
        var names = organizationNames();
        var header = new ArrayList<String>(List.of("response", "submitted_at", "organization", "tier", "region"));
        definition.questions().forEach(q -> header.add(q.text(Locale.ENGLISH)));
        try (var table = CsvTable.start(out, header)) {
            int number = 0;
            for (var response : responses.findSubmitted(id.value())) {
                var row = new ArrayList<String>();
                row.add(Integer.toString(++number));
                row.add(String.valueOf(response.getSubmittedAt()));
                boolean named = !wave.isAnonymous();
                row.add(named && response.getOrganizationId() != null ? names.get(response.getOrganizationId()) : "");
                row.add(named ? response.getTierCode() : "");
                row.add(named ? response.getRegion() : "");
                var answers = response.answers(kinds);
                definition.questions().forEach(q -> row.add(cell(q, answers.get(q.id()))));
                table.row(row);
            }
        }
        audit.recordRead(AuditAction.SURVEY_RESPONSES_EXPORTED, null, "wave " + id.value());
    }

    private static String cell(Question question, @Nullable Answer answer) {
        if (answer == null) {
            return "";
        }
        var options = question.options(Locale.ENGLISH);
        return switch (question.kind()) {
            case FREE_TEXT -> answer.text();
            case MULTIPLE_CHOICE -> answer.choices().stream().sorted().map(options::get).collect(Collectors.joining("; "));
            case SINGLE_CHOICE -> options.get(answer.number());
            case YES_NO -> answer.number() == 1 ? "yes" : "no";
            default -> String.valueOf(answer.number());
        };
    }

    private Map<Long, String> organizationNames() {
        return organizations.all().stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name));
    }

    private WaveResults compute(SurveyWave wave, Locale locale) {
        var definition = wave.getSurvey().definition();
        var kinds = SurveyCollection.kinds(definition);
        var submitted = responses.findSubmitted(wave.id().value());
        var answerSets = submitted.stream().map(r -> r.answers(kinds)).toList();
        var questions = definition.questions().stream()
                .map(q -> QuestionTally.of(q, answerSets.stream().map(a -> a.get(q.id())).filter(a -> a != null).toList(), locale))
                .toList();
        var scores = new HashMap<SurveyResponse, Integer>();
        for (int i = 0; i < submitted.size(); i++) {
            var score = AnswerRules.npsScore(definition, answerSets.get(i));
            if (score != null) {
                scores.put(submitted.get(i), score);
            }
        }
        var distribution = new ArrayList<Integer>();
        for (int value = 0; value <= 10; value++) {
            int v = value;
            distribution.add((int) scores.values().stream().filter(s -> s == v).count());
        }
        var nps = scores.isEmpty() ? null : NpsScore.of(scores.values());
        var names = organizationNames();
        var breakdowns = nps == null ? List.<Breakdown>of() : List.of(
                breakdown(wave, Dimension.TIER, scores, SurveyResponse::getTierCode),
                breakdown(wave, Dimension.REGION, scores, SurveyResponse::getRegion),
                breakdown(wave, Dimension.ORGANIZATION, scores,
                        r -> r.getOrganizationId() == null ? null : names.get(r.getOrganizationId())));
        return new WaveResults(wave.summary(clock.instant()), submitted.size(), nps, distribution, questions, breakdowns);
    }

    private static Breakdown breakdown(SurveyWave wave, Dimension dimension, Map<SurveyResponse, Integer> scores,
                                       Function<SurveyResponse, @Nullable String> key) {
        var groups = new TreeMap<String, List<Integer>>();
        scores.forEach((response, score) -> {
            var label = key.apply(response);
            if (label != null) {
                groups.computeIfAbsent(label, k -> new ArrayList<>()).add(score);
            }
        });
        var shown = new ArrayList<GroupScore>();
        int hidden = 0;
        for (var group : groups.entrySet()) {
            if (wave.isAnonymous() && group.getValue().size() < ANONYMITY_THRESHOLD) {
                hidden++;
            } else {
                shown.add(new GroupScore(group.getKey(), group.getValue().size(), NpsScore.of(group.getValue())));
            }
        }
        return new Breakdown(dimension, shown, hidden);
    }
}
