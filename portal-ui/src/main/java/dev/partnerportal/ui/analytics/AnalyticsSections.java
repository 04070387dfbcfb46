package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.activity.QueryUse;
import dev.partnerportal.activity.TrainingSteps;
import dev.partnerportal.analytics.CertificationCoverage;
import dev.partnerportal.analytics.ContentGroup;
import dev.partnerportal.analytics.ContentPerformance;
import dev.partnerportal.analytics.NpsRow;
import dev.partnerportal.analytics.PartnerEngagement;
import dev.partnerportal.analytics.SearchFigures;
import dev.partnerportal.analytics.TierShare;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard sections, shared by the program dashboards and one partner's page. */
final class AnalyticsSections {

    private final Component host;

    AnalyticsSections(Component host) {
        this.host = host;
    }

    Component activePerDay(Map<LocalDate, Long> perDay, String id) {
        var values = new LinkedHashMap<String, Long>();
        perDay.forEach((day, count) -> values.put(day.toString().substring(5), count));
        var section = new Div(new H3(t("analytics.activePerDay")));
        section.addClassName("portal-analytics-section");
        section.add(values.isEmpty() ? new Span(t("analytics.none"))
                : AnalyticsCharts.bars(values, false, t("analytics.activePerDay"), id));
        return section;
    }

    AnalyticsTable<PartnerEngagement> engagementTable() {
        return new AnalyticsTable<PartnerEngagement>("analytics-engagement")
                .column(t("analytics.column.organization"), PartnerEngagement::name)
                .column(t("analytics.column.tier"), PartnerEngagement::tierName)
                .column(t("analytics.column.region"), PartnerEngagement::region)
                .column(t("analytics.column.people"), PartnerEngagement::people)
                .column(t("analytics.column.activeInRange"), PartnerEngagement::activeInRange)
                .column(t("analytics.column.weeklyActive"), PartnerEngagement::weeklyActive)
                .column(t("analytics.column.monthlyActive"), PartnerEngagement::monthlyActive)
                .column(t("analytics.column.activeShare"), e -> e.activeShare() + " %");
    }

    Component engagement(List<PartnerEngagement> rows) {
        return section(engagementTable(), "analytics.engagement", rows);
    }

    Component content(List<ContentPerformance> rows) {
        return section(new AnalyticsTable<ContentPerformance>("analytics-content")
                .column(t("analytics.column.title"), ContentPerformance::title)
                .column(t("analytics.column.type"), c -> t("contentType." + c.type()))
                .column(t("analytics.column.language"), ContentPerformance::language)
                .column(t("analytics.column.views"), ContentPerformance::views)
                .column(t("analytics.column.downloads"), ContentPerformance::downloads)
                .column(t("analytics.column.pdfDownloads"), ContentPerformance::pdfDownloads)
                .column(t("analytics.column.helpful"), c -> c.helpfulShare() == null ? "" : c.helpfulShare() + " %"),
                "analytics.content", rows);
    }

    Component contentGroups(List<ContentGroup> rows, boolean byType) {
        var id = byType ? "analytics-content-types" : "analytics-content-languages";
        return section(new AnalyticsTable<ContentGroup>(id)
                .column(t(byType ? "analytics.column.type" : "analytics.column.language"),
                        g -> byType ? t("contentType." + g.key()) : g.key())
                .column(t("analytics.column.items"), ContentGroup::items)
                .column(t("analytics.column.views"), ContentGroup::views)
                .column(t("analytics.column.downloads"), ContentGroup::downloads)
                .column(t("analytics.column.pdfDownloads"), ContentGroup::pdfDownloads),
                byType ? "analytics.contentByType" : "analytics.contentByLanguage", rows);
    }

    Component search(SearchFigures figures) {
        var summary = new Span(t("analytics.search.summary", figures.searches(), figures.clicks(), figures.clickThrough()));
        summary.setId("analytics-search-summary");
        var section = new Div(new H3(t("analytics.search")), summary,
                section(queries("analytics-queries"), "analytics.search.top", figures.topQueries()),
                section(queries("analytics-zero-queries"), "analytics.search.zero", figures.zeroResultQueries()));
        section.addClassName("portal-analytics-group");
        return section;
    }

    Component queries(List<QueryUse> rows) {
        return section(queries("analytics-queries"), "analytics.search.top", rows);
    }

    private AnalyticsTable<QueryUse> queries(String id) {
        return new AnalyticsTable<QueryUse>(id)
                .column(t("analytics.column.query"), QueryUse::query)
                .column(t("analytics.column.searches"), QueryUse::searches)
                .column(t("analytics.column.zeroResults"), QueryUse::zeroResults)
                .column(t("analytics.column.clicks"), QueryUse::clicks);
    }

    Component training(TrainingSteps steps, String id) {
        var values = new LinkedHashMap<String, Long>();
        values.put(t("analytics.training.started"), steps.started());
        values.put(t("analytics.training.completed"), steps.completed());
        values.put(t("analytics.training.passed"), steps.passed());
        values.put(t("analytics.training.certified"), steps.certified());
        var rows = values.entrySet().stream().toList();
        var table = new AnalyticsTable<Map.Entry<String, Long>>(id)
                .column(t("analytics.column.step"), Map.Entry::getKey)
                .column(t("analytics.column.people"), Map.Entry::getValue);
        var section = new Div(new H3(t("analytics.training")),
                AnalyticsCharts.bars(values, true, t("analytics.training"), id + "-chart"),
                table.section(t("analytics.training.table"), t("analytics.none"), t("analytics.csv"), rows));
        section.addClassName("portal-analytics-group");
        return section;
    }

    Component certifications(List<CertificationCoverage> rows, String id) {
        return section(new AnalyticsTable<CertificationCoverage>(id)
                .column(t("analytics.column.organization"), CertificationCoverage::name)
                .column(t("analytics.column.people"), CertificationCoverage::people)
                .column(t("analytics.column.certified"), CertificationCoverage::certifiedPeople)
                .column(t("analytics.column.coverage"), c -> c.coverage() + " %")
                .column(t("analytics.column.expiring30"), CertificationCoverage::expiringIn30)
                .column(t("analytics.column.expiring60"), CertificationCoverage::expiringIn60)
                .column(t("analytics.column.expiring90"), CertificationCoverage::expiringIn90),
                "analytics.certifications", rows);
    }

    Component nps(List<NpsRow> rows, String id, String titleKey) {
        return section(new AnalyticsTable<NpsRow>(id)
                .column(t("analytics.column.group"), NpsRow::group)
                .column(t("analytics.column.wave"), NpsRow::wave)
                .column(t("analytics.column.responses"), NpsRow::responses)
                .column(t("analytics.column.promoters"), NpsRow::promoters)
                .column(t("analytics.column.passives"), NpsRow::passives)
                .column(t("analytics.column.detractors"), NpsRow::detractors)
                .column(t("analytics.column.nps"), NpsRow::nps),
                titleKey, rows);
    }

    Component tiers(List<TierShare> rows) {
        var values = new LinkedHashMap<String, Long>();
        rows.forEach(r -> values.put(r.tierName(), r.organizations()));
        var section = new Div(AnalyticsCharts.bars(values, true, t("analytics.tiers"), "analytics-tiers-chart"),
                section(new AnalyticsTable<TierShare>("analytics-tiers")
                        .column(t("analytics.column.tier"), TierShare::tierName)
                        .column(t("analytics.column.organizations"), TierShare::organizations),
                        "analytics.tiers", rows));
        section.addClassName("portal-analytics-group");
        return section;
    }

    private <T> Component section(AnalyticsTable<T> table, String titleKey, List<T> rows) {
        return table.section(t(titleKey), t("analytics.none"), t("analytics.csv"), rows);
    }

    private String t(String key, Object... arguments) {
        return host.getTranslation(key, arguments);
    }
}
