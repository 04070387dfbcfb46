package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.partnerportal.survey.Question;
import dev.partnerportal.survey.QuestionKind;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveId;
import dev.partnerportal.survey.WaveResults;
import dev.partnerportal.survey.WaveResults.FreeTextAnswer;
import dev.partnerportal.survey.WaveResults.FreeTextFilter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Free-text answers with filters by question, tier (attributed waves only) and words. */
final class FreeTextPanel extends Div {

    private final SurveyResults results;
    private final WaveId wave;
    private final Grid<FreeTextAnswer> grid = new Grid<>();
    private final Select<Question> question = new Select<>();
    private final Select<String> tier = new Select<>();
    private final TextField contains = new TextField();

    FreeTextPanel(SurveyResults results, WaveResults waveResults, Locale locale) {
        this.results = results;
        this.wave = waveResults.wave().id();
        setId("free-text");
        add(new H3(getTranslation("survey.results.freeText")));
        var textQuestions = waveResults.questions().stream().map(WaveResults.QuestionResult::question)
                .filter(q -> q.kind() == QuestionKind.FREE_TEXT).toList();
        Map<Long, String> texts = textQuestions.stream().collect(Collectors.toMap(Question::id, q -> q.text(locale)));
        question.setLabel(getTranslation("survey.results.question"));
        question.setItems(textQuestions);
        question.setItemLabelGenerator(q -> q == null ? getTranslation("survey.results.all") : q.text(locale));
        question.setEmptySelectionAllowed(true);
        tier.setLabel(getTranslation("survey.results.tier"));
        tier.setItems(WaveDialog.TIERS);
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("survey.results.all") : t);
        tier.setEmptySelectionAllowed(true);
        tier.setVisible(!waveResults.wave().anonymous());
        contains.setLabel(getTranslation("survey.results.contains"));
        contains.setValueChangeMode(ValueChangeMode.LAZY);
        contains.setId("free-text-contains");
        var filters = new Div(question, tier, contains);
        filters.addClassName("portal-inline-fields");
        Function<FreeTextAnswer, String> who = a -> a.organization() == null ? getTranslation("survey.results.anonymous")
                : a.organization() + " · " + a.tierCode() + " · " + a.region();
        grid.addColumn(a -> texts.getOrDefault(a.questionId(), "")).setHeader(getTranslation("survey.results.question"));
        grid.addColumn(FreeTextAnswer::text).setHeader(getTranslation("survey.results.answer")).setFlexGrow(3);
        grid.addColumn(who::apply).setHeader(getTranslation("survey.results.from"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("survey.results.noFreeText"));
        question.addValueChangeListener(e -> refresh());
        tier.addValueChangeListener(e -> refresh());
        contains.addValueChangeListener(e -> refresh());
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        var chosen = question.getValue();
        grid.setItems(results.freeText(wave, new FreeTextFilter(chosen == null ? null : chosen.id(), null,
                tier.getValue(), contains.getValue())));
    }
}
