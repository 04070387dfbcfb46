package dev.partnerportal.ui.productfeedback;

import com.vaadin.flow.component.html.Span;
import dev.partnerportal.productfeedback.FeedbackStatus;
import java.util.Locale;

/** The status of a submission as a coloured badge, the same on the partner's and the staff view. */
final class FeedbackBadges {

    private FeedbackBadges() {
    }

    static Span status(FeedbackStatus status) {
        var badge = new Span();
        badge.setText(badge.getTranslation("productfeedback.status." + status.name()));
        badge.addClassNames("portal-badge", "productfeedback-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
