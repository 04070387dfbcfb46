package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.survey.Answer;
import dev.partnerportal.survey.Question;
import dev.partnerportal.survey.QuestionKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One question as an input. Scales are a horizontal radio group in reading order: in a right-to-left page
 * the flex row (and the "not likely ... very likely" ends under it) runs from the right, so 0 sits on the
 * right in Arabic, as a reader of Arabic expects.
 */
final class QuestionField {

    private final Question question;
    private final Div wrapper = new Div();
    private final HasValue<?, ?> input;
    private final Function<Object, @Nullable Answer> reader;

    @SuppressWarnings("unchecked")
    QuestionField(Question question, Locale locale, Function<String, String> translate) {
        this.question = question;
        wrapper.addClassName("portal-question");
        var label = question.text(locale);
        switch (question.kind()) {
            case NPS, RATING -> {
                var scale = new RadioButtonGroup<Integer>(label);
                scale.setItems(IntStream.rangeClosed(question.kind().min(), question.kind().max()).boxed().toList());
                scale.addClassName("portal-scale");
                input = scale;
                reader = value -> value == null ? null : Answer.number((Integer) value);
                var ends = new Div(new Span(translate.apply("survey.scale." + question.kind().name().toLowerCase(Locale.ROOT) + ".low")),
                        new Span(translate.apply("survey.scale." + question.kind().name().toLowerCase(Locale.ROOT) + ".high")));
                ends.addClassName("portal-scale-ends");
                wrapper.add(scale, ends);
            }
            case SINGLE_CHOICE, YES_NO -> {
                var group = new RadioButtonGroup<Integer>(label);
                var options = question.options(locale);
                if (question.kind() == QuestionKind.YES_NO) {
                    group.setItems(1, 0);
                    group.setItemLabelGenerator(v -> translate.apply(v == 1 ? "survey.yes" : "survey.no"));
                } else {
                    group.setItems(IntStream.range(0, options.size()).boxed().toList());
                    group.setItemLabelGenerator(options::get);
                }
                input = group;
                reader = value -> value == null ? null : Answer.number((Integer) value);
                wrapper.add(group);
            }
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<Integer>(label);
                var options = question.options(locale);
                group.setItems(IntStream.range(0, options.size()).boxed().toList());
                group.setItemLabelGenerator(options::get);
                input = group;
                reader = value -> value == null || ((java.util.Set<Integer>) value).isEmpty() ? null
                        : Answer.choices(new HashSet<>((java.util.Set<Integer>) value));
                wrapper.add(group);
            }
            default -> {
                var area = new TextArea(label);
                area.setMaxLength(Answer.TEXT_MAX_LENGTH);
                area.setWidthFull();
                input = area;
                reader = value -> value == null || ((String) value).isBlank() ? null : Answer.text((String) value);
                wrapper.add(area);
            }
        }
        ((Component) input).setId("question-" + question.ordinal());
        input.setRequiredIndicatorVisible(question.required());
    }

    Question question() {
        return question;
    }

    Component component() {
        return wrapper;
    }

    HasValue<?, ?> input() {
        return input;
    }

    @Nullable Answer answer() {
        return wrapper.isVisible() ? reader.apply(input.getValue()) : null;
    }

    @SuppressWarnings("unchecked")
    void show(@Nullable Answer answer) {
        if (answer == null) {
            return;
        }
        switch (question.kind()) {
            case MULTIPLE_CHOICE -> ((CheckboxGroup<Integer>) input).setValue(answer.choices());
            case FREE_TEXT -> ((TextArea) input).setValue(answer.text() == null ? "" : answer.text());
            default -> ((RadioButtonGroup<Integer>) input).setValue(answer.number());
        }
    }

    void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
    }

    void setInvalid(boolean invalid) {
        if (input instanceof AbstractField<?, ?> && input instanceof com.vaadin.flow.component.HasValidation validation) {
            validation.setInvalid(invalid);
        }
    }
}
