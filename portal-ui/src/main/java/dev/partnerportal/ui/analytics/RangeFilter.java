package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.analytics.AnalyticsRange;
import java.util.function.Consumer;

/**
 * The dashboards' date range: first and last day (both included) and a button that applies them; a reversed or
 * too long range is refused with a notice.
 */
final class RangeFilter extends HorizontalLayout {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    RangeFilter(DayRange initial, java.time.Clock clock, Consumer<DayRange> apply) {
        from.setId("analytics-from");
        from.setLabel(getTranslation("analytics.range.from"));
        from.setValue(initial.from());
        to.setId("analytics-to");
        to.setLabel(getTranslation("analytics.range.to"));
        to.setValue(initial.to());
        var show = new Button(getTranslation("analytics.range.apply"), click -> {
            if (from.getValue() != null && to.getValue() != null) {
                apply.accept(AnalyticsRange.of(from.getValue(), to.getValue(), clock));
            }
        });
        show.setId("analytics-apply");
        setId("analytics-range");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(from, to, show);
    }
}
