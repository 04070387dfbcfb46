package dev.partnerportal.api.survey;

import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.Answer;
import dev.partnerportal.survey.NpsScore;
import dev.partnerportal.survey.OpenSurvey;
import dev.partnerportal.survey.Question;
import dev.partnerportal.survey.QuestionKind;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.survey.SurveyError;
import dev.partnerportal.survey.SurveyForm;
import dev.partnerportal.survey.WaveResults;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the survey API. */
final class SurveyApiDtos {

    private SurveyApiDtos() {
    }

    record OpenSurveyView(long waveId, String survey, String wave, Instant closesAt, boolean anonymous, ResponseState state) {

        static OpenSurveyView of(OpenSurvey open) {
            var wave = open.wave();
            return new OpenSurveyView(wave.id().value(), open.title(Locale.ENGLISH), wave.name(), wave.closesAt(), wave.anonymous(),
                    open.state());
        }
    }

    record QuestionView(long id, int ordinal, QuestionKind kind, boolean required, String text, List<String> options,
                        @Nullable Integer parentOrdinal, @Nullable Integer showFrom, @Nullable Integer showTo) {

        static QuestionView of(Question q, Locale locale) {
            return new QuestionView(q.id(), q.ordinal(), q.kind(), q.required(), q.text(locale), q.options(locale),
                    q.parentOrdinal(), q.showFrom(), q.showTo());
        }
    }

    record AnswerView(@NotNull Long questionId, @Nullable Integer number, @Nullable @Size(max = Answer.TEXT_MAX_LENGTH) String text,
                      @Nullable @Size(max = 50) Set<@NotNull Integer> choices) {

        Answer toAnswer() {
            return new Answer(number, text, choices == null ? Set.of() : choices);
        }
    }

    record FormView(long waveId, String survey, @Nullable String intro, String wave, Instant closesAt, ResponseState state,
                    boolean editable, List<QuestionView> questions, List<AnswerView> answers) {

        static FormView of(SurveyForm form, Locale locale) {
            return new FormView(form.wave().id().value(), form.survey().title(locale), form.survey().intro(locale),
                    form.wave().name(), form.wave().closesAt(), form.state(), form.editable(), form.survey().questions().stream().map(q -> QuestionView.of(q, locale)).toList(),
                    form.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new AnswerView(e.getKey(), e.getValue().number(), e.getValue().text(),
                                    e.getValue().choices().isEmpty() ? null : e.getValue().choices()))
                            .toList());
        }
    }

    /** The answers of a draft or a submission. */
    record AnswersRequest(@NotNull @Size(max = 200) List<@Valid @NotNull AnswerView> answers) {

        Map<Long, Answer> toMap() {
            var map = new HashMap<Long, Answer>();
            answers.forEach(a -> {
                if (map.put(a.questionId(), a.toAnswer()) != null) {
                    throw new RuleViolation(SurveyError.ANSWERED_TWICE, a.questionId());
                }
            });
            return map;
        }
    }

    record ScoreView(BigDecimal score, int promoters, int passives, int detractors, int total) {

        static @Nullable ScoreView of(@Nullable NpsScore nps) {
            return nps == null ? null : new ScoreView(nps.value(), nps.promoters(), nps.passives(), nps.detractors(), nps.total());
        }
    }

    record GroupView(String label, int responses, @Nullable ScoreView nps) {
    }

    record BreakdownView(WaveResults.Dimension dimension, List<GroupView> groups, int hiddenGroups) {
    }

    record ResultsView(long waveId, String survey, String wave, boolean anonymous, int responses, @Nullable ScoreView nps,
                       List<Integer> npsDistribution, List<BreakdownView> breakdowns) {

        static ResultsView of(WaveResults results) {
            return new ResultsView(results.wave().id().value(), results.wave().surveyTitle(), results.wave().name(),
                    results.wave().anonymous(), results.responses(), ScoreView.of(results.nps()), results.npsDistribution(),
                    results.breakdowns().stream().map(b -> new BreakdownView(b.dimension(), b.groups().stream()
                            .map(g -> new GroupView(g.label(), g.responses(), ScoreView.of(g.nps()))).toList(),
                            b.hiddenGroups())).toList());
        }
    }
}
