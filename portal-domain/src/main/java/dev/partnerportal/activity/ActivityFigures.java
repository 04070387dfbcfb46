package dev.partnerportal.activity;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the activity of partner people (staff activity is never counted), for analytics and the library.
 * Days up to the last rolled-up one are read from the daily roll-ups, later days from the events. A figure for
 * one organization counts that organization's people only.
 * <p>
 * Caller-unchecked: for other features' services, which decide who may see what (never views or the API).
 */
@Component
@Transactional(readOnly = true)
public class ActivityFigures {

    /** How far back "recently viewed" looks. */
    static final Duration RECENT = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final ActivityRollup rollup;
    private final Clock clock;

    ActivityFigures(JdbcClient jdbc, ActivityRollup rollup, Clock clock) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.clock = clock;
    }

    /** Active people per organization that had any: in the range, its last 7 and its last 30 days. */
    public Map<OrganizationId, ActivePeople> activePeople(DayRange range, @Nullable OrganizationId organization) {
        var inRange = activeCounts(range, organization);
        var week = activeCounts(range.endingWith(7), organization);
        var month = activeCounts(range.endingWith(30), organization);
        var result = new HashMap<OrganizationId, ActivePeople>();
        for (var id : union(inRange.keySet(), week.keySet(), month.keySet())) {
            result.put(new OrganizationId(id), new ActivePeople(inRange.getOrDefault(id, 0L), week.getOrDefault(id, 0L),
                    month.getOrDefault(id, 0L)));
        }
        return result;
    }

    /** Different active partner people per day of the range (days without any are absent). */
    public Map<LocalDate, Long> activePerDay(DayRange range, @Nullable OrganizationId organization) {
        var split = split(range);
        var result = new TreeMap<LocalDate, Long>();
        jdbc.sql("select activity_day, count(*) from activity_person_day where activity_day >= :rf "
                        + "and activity_day <= :rt" + andOrg(organization) + " group by activity_day")
                .params(split.params(organization))
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        for (var day = split.rawFirstDay(); day != null && !day.isAfter(range.to()); day = day.plusDays(1)) {
            var params = new HashMap<String, Object>(Map.of("sf", at(day), "st", at(day.plusDays(1))));
            if (organization != null) {
                params.put("org", organization.value());
            }
            var count = jdbc.sql("select count(distinct user_id) from activity_event where occurred_at >= :sf "
                            + "and occurred_at < :st and organization_id is not null" + andOrg(organization))
                    .params(params).query(Long.class).single();
            if (count > 0) {
                result.put(day, count);
            }
        }
        return result;
    }

    /** Views and downloads per item in the range, most viewed first; for one organization when given. */
    public List<ContentUse> contentUse(DayRange range, @Nullable OrganizationId organization) {
        var split = organization == null ? split(range) : Split.raw(range, this);
        var rolled = organization == null
                ? "select kind, subject_id, content_type, language, events from activity_subject_month "
                + "where activity_month >= :mf and activity_month <= :mt union all "
                + "select kind, subject_id, content_type, language, events from activity_subject_day where " + DAYS
                + " union all " : "";
        return jdbc.sql("select subject_id, max(content_type), max(language), "
                        + "sum(case when kind = 'ITEM_VIEW' then events else 0 end) as views, "
                        + "sum(case when kind = 'DOWNLOAD' then events else 0 end), "
                        + "sum(case when kind = 'PDF_DOWNLOAD' then events else 0 end) from ("
                        + rolled
                        + "select kind, subject_id, content_type, language, 1 as events from activity_event "
                        + "where occurred_at >= :sf and occurred_at < :st and organization_id is not null "
                        + "and subject_id is not null and kind in ('ITEM_VIEW', 'DOWNLOAD', 'PDF_DOWNLOAD')"
                        + andOrg(organization) + ") u group by subject_id order by views desc, subject_id")
                .params(split.params(organization))
                .query((rs, n) -> new ContentUse(rs.getLong(1), nonNull(rs.getString(2)), nonNull(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** Searches per normalized query in the range, most frequent first; for one organization when given. */
    public List<QueryUse> queries(DayRange range, @Nullable OrganizationId organization) {
        var split = organization == null ? split(range) : Split.raw(range, this);
        var rolled = organization == null
                ? "select query_text, searches, zero_results, clicks from activity_query_month "
                + "where activity_month >= :mf and activity_month <= :mt union all "
                + "select query_text, searches, zero_results, clicks from activity_query_day where " + DAYS
                + " union all " : "";
        return jdbc.sql("select query_text, sum(searches) as searches, sum(zero_results), sum(clicks) from ("
                        + rolled
                        + "select query_text, case when kind = 'SEARCH' then 1 else 0 end as searches, "
                        + "case when kind = 'SEARCH' and result_count = 0 then 1 else 0 end as zero_results, "
                        + "case when kind = 'SEARCH_CLICK' then 1 else 0 end as clicks from activity_event "
                        + "where occurred_at >= :sf and occurred_at < :st and organization_id is not null "
                        + "and query_text is not null and kind in ('SEARCH', 'SEARCH_CLICK')" + andOrg(organization)
                        + ") u group by query_text order by searches desc, query_text")
                .params(split.params(organization))
                .query((rs, n) -> new QueryUse(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The training funnel in the range, in different people; for one organization when given. */
    public TrainingSteps training(DayRange range, @Nullable OrganizationId organization) {
        var split = organization == null ? split(range) : Split.raw(range, this);
        var rolled = organization == null
                ? "select user_id, started, completed, passed, certified from activity_person_month "
                + "where activity_month >= :mf and activity_month <= :mt union all "
                + "select user_id, started, completed, passed, certified from activity_person_day where " + DAYS
                + " union all " : "";
        return jdbc.sql("select count(distinct case when started = 1 then user_id end), "
                        + "count(distinct case when completed = 1 then user_id end), "
                        + "count(distinct case when passed = 1 then user_id end), "
                        + "count(distinct case when certified = 1 then user_id end) from (" + rolled
                        + "select user_id, case when kind = 'LESSON_PROGRESS' then 1 else 0 end as started, "
                        + "case when kind = 'LESSON_PROGRESS' and score = 100 then 1 else 0 end as completed, "
                        + "case when kind = 'QUIZ_RESULT' and passed then 1 else 0 end as passed, "
                        + "case when kind = 'CERTIFIED' then 1 else 0 end as certified "
                        + "from activity_event where occurred_at >= :sf and occurred_at < :st "
                        + "and organization_id is not null and kind in ('LESSON_PROGRESS', 'QUIZ_RESULT', 'CERTIFIED')"
                        + andOrg(organization) + ") u")
                .params(split.params(organization))
                .query((rs, n) -> new TrainingSteps(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** Events per kind of one organization's people in the range. */
    public Map<ActivityKind, Long> eventsByKind(DayRange range, OrganizationId organization) {
        var result = new java.util.EnumMap<ActivityKind, Long>(ActivityKind.class);
        jdbc.sql("select kind, count(*) from activity_event where occurred_at >= :sf and occurred_at < :st"
                        + andOrg(organization) + " group by kind")
                .params(Split.raw(range, this).params(organization))
                .query((rs, n) -> Map.entry(ActivityKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** The items {@code user} viewed in the last 90 days, last viewed first, each once. */
    public List<Long> recentlyViewed(UserId user, int limit) {
        return jdbc.sql("select subject_id from activity_event where user_id = ? and kind = 'ITEM_VIEW' "
                        + "and occurred_at >= ? and subject_id is not null "
                        + "group by subject_id order by max(occurred_at) desc, subject_id limit ?")
                .param(user.value()).param(ActivityRollup.at(clock.instant().minus(RECENT))).param(limit)
                .query(Long.class).list();
    }

    private Map<Long, Long> activeCounts(DayRange range, @Nullable OrganizationId organization) {
        var result = new HashMap<Long, Long>();
        jdbc.sql("select organization_id, count(distinct user_id) from ("
                        + "select organization_id, user_id from activity_person_month where activity_month >= :mf "
                        + "and activity_month <= :mt" + andOrg(organization) + " union "
                        + "select organization_id, user_id from activity_person_day where (" + DAYS + ")"
                        + andOrg(organization) + " union "
                        + "select organization_id, user_id from activity_event where occurred_at >= :sf "
                        + "and occurred_at < :st and organization_id is not null" + andOrg(organization)
                        + ") u group by organization_id")
                .params(split(range).params(organization))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static String andOrg(@Nullable OrganizationId organization) {
        return organization == null ? "" : " and organization_id = :org";
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    @SafeVarargs
    private static java.util.Set<Long> union(java.util.Set<Long>... sets) {
        var all = new java.util.TreeSet<Long>();
        for (var set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /**
     * Where the range is read from: whole rolled-up months {@code mf..mt} (first days), the other rolled-up days
     * ({@code d1f..d1t} before those months and {@code d2f..d2t} after them, or all of {@code rf..rt} without
     * months), and events from {@code sf} until {@code st}.
     */
    private Split split(DayRange range) {
        var lastRolled = rollup.lastRolledDay().orElse(null);
        if (lastRolled == null || lastRolled.isBefore(range.from())) {
            return Split.raw(range, this);
        }
        var rolledTo = lastRolled.isBefore(range.to()) ? lastRolled : range.to();
        var rawFrom = rolledTo.plusDays(1);
        var firstMonth = range.from().getDayOfMonth() == 1 ? range.from() : range.from().withDayOfMonth(1).plusMonths(1);
        var lastMonth = rolledTo.plusDays(1).withDayOfMonth(1).minusMonths(1);
        return new Split(range.from(), rolledTo, firstMonth, lastMonth, at(rawFrom), at(range.to().plusDays(1)),
                rawFrom.isAfter(range.to()) ? null : rawFrom);
    }

    /** The instant {@code day} starts in the portal's clock zone. */
    public java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    OffsetDateTime at(LocalDate day) {
        return ActivityRollup.at(day.atStartOfDay(clock.getZone()).toInstant());
    }

    /** Rolled-up days outside the whole months: before the first and after the last. */
    private static final String DAYS = "(activity_day >= :d1f and activity_day <= :d1t "
            + "or activity_day >= :d2f and activity_day <= :d2t)";

    /**
     * Rolled-up days {@code rf..rt}, of which the whole months {@code mf..mt} (first days; none when mt is before
     * mf), and events from {@code sf} until {@code st}.
     */
    private record Split(LocalDate rf, LocalDate rt, LocalDate mf, LocalDate mt, OffsetDateTime sf, OffsetDateTime st,
                         @Nullable LocalDate rawFirstDay) {

        /** Everything from the events, nothing from the roll-ups. */
        static Split raw(DayRange range, ActivityFigures figures) {
            var none = range.from().minusDays(1);
            return new Split(range.from(), none, range.from(), none, figures.at(range.from()),
                    figures.at(range.to().plusDays(1)), range.from());
        }

        Map<String, Object> params(@Nullable OrganizationId organization) {
            var params = new HashMap<String, Object>();
            params.put("rf", rf);
            params.put("rt", rt);
            params.put("mf", mf);
            params.put("mt", mt);
            if (mt.isBefore(mf)) {
                params.put("d1f", rf);
                params.put("d1t", rt);
                params.put("d2f", rf);
                params.put("d2t", rf.minusDays(1));
            } else {
                params.put("d1f", rf);
                params.put("d1t", mf.minusDays(1));
                params.put("d2f", mt.plusMonths(1));
                params.put("d2t", rt);
            }
            params.put("sf", sf);
            params.put("st", st);
            if (organization != null) {
                params.put("org", organization.value());
            }
            return params;
        }
    }
}
