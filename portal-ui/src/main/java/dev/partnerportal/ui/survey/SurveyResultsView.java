package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.QuestionKind;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveId;
import dev.partnerportal.survey.WaveResults;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/** The results of one wave: NPS with counts, charts, breakdowns, trend, free text and a CSV download. */
@Route("survey-admin/results")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class SurveyResultsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SurveyResults results;

    SurveyResultsView(SurveyResults results) {
        this.results = results;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long waveId) {
        var id = new WaveId(waveId);
        var result = results.results(id, getLocale()).orElseThrow(NotFoundException::new);
        removeAll();
        var wave = result.wave();
        add(new H2(wave.surveyTitle() + " · " + wave.name()));
        var responses = new Paragraph(getTranslation("survey.results.responseCount", result.responses()));
        responses.setId("response-count");
        var csv = new Anchor(csvDownload(id, wave.name()),
                getTranslation("survey.results.csv"));
        csv.setId("export-csv");
        add(responses, csv);
        if (result.nps() != null) {
            add(scoreCard(result));
            add(SurveyCharts.image(SurveyCharts.bars(IntStream.rangeClosed(0, 10).mapToObj(Integer::toString).toList(),
                    result.npsDistribution(), true),
                    getTranslation("survey.results.distribution"), "nps-distribution"));
            var trend = results.trend(id);
            add(new H3(getTranslation("survey.results.trend")));
            add(SurveyCharts.image(SurveyCharts.trend(trend.stream().map(WaveResults.TrendPoint::name).toList(),
                    trend.stream().map(t -> t.nps().value().doubleValue()).toList()),
                    getTranslation("survey.results.trend"), "nps-trend"));
            result.breakdowns().forEach(b -> add(new BreakdownPanel(b)));
        }
        add(new H3(getTranslation("survey.results.perQuestion")));
        for (var question : result.questions()) {
            if (question.question().kind() == QuestionKind.FREE_TEXT) {
                continue;
            }
            add(new H3(question.question().ordinal() + ". " + question.question().text(getLocale())));
            var labels = question.buckets().stream().map(b -> question.question().kind() == QuestionKind.YES_NO
                    ? getTranslation(b.value() == 1 ? "survey.yes" : "survey.no") : b.label()).toList();
            List<Integer> counts = question.buckets().stream().map(WaveResults.Bucket::count).toList();
            add(SurveyCharts.image(SurveyCharts.bars(labels, counts, question.question().kind() == QuestionKind.NPS), question.question().text(getLocale()),
                    "question-chart-" + question.question().ordinal()));
            if (question.average() != null) {
                add(new Paragraph(getTranslation("survey.results.average", LocaleFormats.number(question.average(), getLocale()))));
            }
        }
        add(new FreeTextPanel(results, result, getLocale()));
    }

    private Div scoreCard(WaveResults result) {
        var nps = result.nps();
        var score = new Span(LocaleFormats.number(nps.value(), getLocale()));
        score.setId("nps-score");
        score.addClassName("portal-nps-score");
        var counts = new Paragraph(getTranslation("survey.results.counts", nps.promoters(), nps.promoterPercent(),
                nps.passives(), nps.detractors(), nps.detractorPercent()));
        counts.setId("nps-counts");
        var card = new Div(new H3(getTranslation("survey.results.nps")), score, counts);
        card.addClassName("portal-card");
        return card;
    }

    private DownloadHandler csvDownload(WaveId id, String name) {
        return event -> {
            event.setFileName("survey-" + name.replaceAll("[^A-Za-z0-9-]+", "-") + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            results.exportCsv(id, writer);
            writer.flush();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.results.pageTitle");
    }
}
