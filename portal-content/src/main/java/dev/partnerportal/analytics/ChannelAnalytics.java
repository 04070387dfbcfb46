package dev.partnerportal.analytics;

import dev.partnerportal.activity.ActivityFigures;
import dev.partnerportal.activity.ActivityRollup;
import dev.partnerportal.activity.ActivePeople;
import dev.partnerportal.activity.ContentUse;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.activity.QueryUse;
import dev.partnerportal.activity.TrainingSteps;
import dev.partnerportal.certification.CertificationFilter;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.content.ContentFacts;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationStatus;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.SurveyResults;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel dashboards, for channel managers and administrators only. A channel manager limited to their own
 * partners (see {@link PartnerVisibility}) sees only those organizations in every per-organization figure;
 * program-wide figures (content, search, the training funnel) count every partner's people. Days before today
 * are rolled up first when the scheduled roll-up has not run yet.
 */
@Service
@Transactional(readOnly = true)
public class ChannelAnalytics {

    /** Rows a content or query table shows at most. */
    public static final int TOP = 50;

    private final ActivityFigures figures;
    private final ActivityRollup rollup;
    private final ContentFacts content;
    private final PartnerRegistry partners;
    private final PartnerVisibility visibility;
    private final UserAccounts accounts;
    private final Certifications certifications;
    private final SurveyResults surveys;
    private final CallerContext callers;
    private final Clock clock;

    ChannelAnalytics(ActivityFigures figures, ActivityRollup rollup, ContentFacts content, PartnerRegistry partners,
                     PartnerVisibility visibility, UserAccounts accounts, Certifications certifications,
                     SurveyResults surveys, CallerContext callers, Clock clock) {
        this.figures = figures;
        this.rollup = rollup;
        this.content = content;
        this.partners = partners;
        this.visibility = visibility;
        this.accounts = accounts;
        this.certifications = certifications;
        this.surveys = surveys;
        this.callers = callers;
        this.clock = clock;
    }

    /** Engagement of every active partner organization the caller may see, most active share first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<PartnerEngagement> engagement(DayRange range) {
        rollup.catchUp();
        var active = figures.activePeople(range, null);
        return visibleOrganizations().stream()
                .map(o -> engagement(o, active.getOrDefault(o.organizationId(), ActivePeople.NONE)))
                .sorted(Comparator.comparingInt(PartnerEngagement::activeShare).reversed()
                        .thenComparing(PartnerEngagement::name))
                .toList();
    }

    /** The {@link #TOP} most viewed items in the range, with downloads and helpful answers. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<ContentPerformance> content(DayRange range) {
        rollup.catchUp();
        return performance(figures.contentUse(range, null), range);
    }

    /** Content performance summed by content type ({@code byType}) or by language, most viewed first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<ContentGroup> contentGroups(DayRange range, boolean byType) {
        rollup.catchUp();
        Function<ContentUse, String> key = byType ? ContentUse::contentType : ContentUse::language;
        return figures.contentUse(range, null).stream().collect(Collectors.groupingBy(key, TreeMap::new,
                        Collectors.toList())).entrySet().stream()
                .map(e -> new ContentGroup(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(ContentUse::views).sum(),
                        e.getValue().stream().mapToLong(ContentUse::downloads).sum(),
                        e.getValue().stream().mapToLong(ContentUse::pdfDownloads).sum()))
                .sorted(Comparator.comparingLong(ContentGroup::views).reversed().thenComparing(ContentGroup::key))
                .toList();
    }

    /** Top queries, queries that found nothing, and click-through in the range. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public SearchFigures search(DayRange range) {
        rollup.catchUp();
        return search(figures.queries(range, null));
    }

    /** The training funnel in the range: started, completed a course, passed a quiz, certified (different people). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public TrainingSteps training(DayRange range) {
        return figures.training(range, null);
    }

    /** Certification coverage and coming expiries today, per organization the caller may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<CertificationCoverage> certifications() {
        var byOrganization = validAwards().stream().collect(Collectors.groupingBy(HeldCertification::organizationId));
        return visibleOrganizations().stream()
                .map(o -> coverage(o, byOrganization.getOrDefault(o.id(), List.of())))
                .sorted(Comparator.comparingInt(CertificationCoverage::coverage).reversed()
                        .thenComparing(CertificationCoverage::name))
                .toList();
    }

    /** How many active organizations the caller may see hold each tier, highest tier first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<TierShare> tiers() {
        var counts = visibleOrganizations().stream()
                .collect(Collectors.groupingBy(OrganizationSummary::tierCode, Collectors.counting()));
        return partners.tiers().stream()
                .map(t -> new TierShare(t.code(), t.name(), t.rank(), counts.getOrDefault(t.code(), 0L)))
                .sorted(Comparator.comparingInt(TierShare::rank).reversed())
                .toList();
    }

    /** NPS per attributed wave, oldest wave first, by company, tier or region of the organizations the caller may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public List<NpsRow> nps(NpsGrouping grouping) {
        return nps(visibleOrganizations(), grouping);
    }

    /** One organization's page; refused as not found when it does not exist or the caller may not see it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public PartnerAnalytics partner(OrganizationId id, DayRange range) {
        var organization = partners.find(id).filter(o -> visibility.allows(callers.require(), id))
                .orElseThrow(() -> new RuleViolation(AnalyticsError.ORGANIZATION_NOT_FOUND, id.value()));
        var active = figures.activePeople(range, id).getOrDefault(id, ActivePeople.NONE);
        var queries = figures.queries(range, id);
        var valid = validAwards().stream().filter(a -> a.organizationId() == id.value()).toList();
        return new PartnerAnalytics(engagement(organization, active), range, figures.activePerDay(range, id),
                figures.eventsByKind(range, id), performance(figures.contentUse(range, id), range),
                queries.stream().limit(TOP).toList(), figures.training(range, id), coverage(organization, valid),
                nps(List.of(organization), NpsGrouping.COMPANY));
    }

    /** Different active partner people per day of the range, for the engagement chart. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public Map<LocalDate, Long> activePerDay(DayRange range) {
        rollup.catchUp();
        return figures.activePerDay(range, null);
    }

    private List<OrganizationSummary> visibleOrganizations() {
        var caller = callers.require();
        return visibility.limitedTo(caller).map(partners::managedBy).orElseGet(partners::all).stream()
                .filter(o -> o.status() == OrganizationStatus.ACTIVE).toList();
    }

    private PartnerEngagement engagement(OrganizationSummary o, ActivePeople active) {
        return new PartnerEngagement(o.id(), o.name(), o.tierName(), o.region(),
                accounts.countEnabledMembers(o.organizationId()), active.inRange(), active.lastWeek(), active.lastMonth());
    }

    private List<ContentPerformance> performance(List<ContentUse> uses, DayRange range) {
        var top = uses.stream().limit(TOP).toList();
        var facts = content.of(top.stream().map(ContentUse::itemId).toList(), figures.start(range.from()),
                figures.start(range.to().plusDays(1)));
        var result = new ArrayList<ContentPerformance>();
        for (var use : top) {
            var fact = facts.get(use.itemId());
            if (fact != null) {
                result.add(new ContentPerformance(use.itemId(), fact.title(), fact.slug(), use.contentType(),
                        use.language(), use.views(), use.downloads(), use.pdfDownloads(), fact.helpful(), fact.answers()));
            }
        }
        return result;
    }

    private static SearchFigures search(List<QueryUse> queries) {
        return new SearchFigures(queries.stream().limit(TOP).toList(),
                queries.stream().filter(q -> q.zeroResults() > 0)
                        .sorted(Comparator.comparingLong(QueryUse::zeroResults).reversed().thenComparing(QueryUse::query))
                        .limit(TOP).toList(),
                queries.stream().mapToLong(QueryUse::searches).sum(), queries.stream().mapToLong(QueryUse::clicks).sum());
    }

    private List<HeldCertification> validAwards() {
        return certifications.search(CertificationFilter.ANY, Pageable.unpaged()).getContent().stream()
                .filter(a -> a.status().valid()).toList();
    }

    private CertificationCoverage coverage(OrganizationSummary o, List<HeldCertification> valid) {
        var today = LocalDate.now(clock);
        var holders = new HashSet<Long>();
        long in30 = 0;
        long in60 = 0;
        long in90 = 0;
        for (var award : valid) {
            holders.add(award.holderId());
            var expires = award.expiresOn();
            in30 += expires.isAfter(today.plusDays(30)) ? 0 : 1;
            in60 += expires.isAfter(today.plusDays(60)) ? 0 : 1;
            in90 += expires.isAfter(today.plusDays(90)) ? 0 : 1;
        }
        return new CertificationCoverage(o.id(), o.name(), accounts.countEnabledMembers(o.organizationId()),
                holders.size(), in30, in60, in90);
    }

    private List<NpsRow> nps(List<OrganizationSummary> organizations, NpsGrouping grouping) {
        var byId = organizations.stream().collect(Collectors.toMap(OrganizationSummary::organizationId, o -> o));
        var rows = new LinkedHashMap<String, int[]>();
        var waves = new LinkedHashMap<String, NpsRow>();
        surveys.companyTrends(byId.keySet()).forEach((id, points) -> {
            var organization = byId.get(id);
            for (var point : points) {
                var group = switch (grouping) {
                    case COMPANY -> organization.name();
                    case TIER -> organization.tierName();
                    case REGION -> organization.region();
                };
                var key = point.wave().value() + "\u0000" + group;
                var counts = rows.computeIfAbsent(key, k -> new int[3]);
                counts[0] += point.nps().promoters();
                counts[1] += point.nps().passives();
                counts[2] += point.nps().detractors();
                waves.putIfAbsent(key, new NpsRow(group, point.name(), point.opensAt(), 0, 0, 0));
            }
        });
        return rows.entrySet().stream().map(e -> {
                    var row = waves.get(e.getKey());
                    var c = e.getValue();
                    return new NpsRow(row.group(), row.wave(), row.opensAt(), c[0], c[1], c[2]);
                })
                .sorted(Comparator.comparing(NpsRow::opensAt).thenComparing(NpsRow::wave).thenComparing(NpsRow::group))
                .toList();
    }
}
