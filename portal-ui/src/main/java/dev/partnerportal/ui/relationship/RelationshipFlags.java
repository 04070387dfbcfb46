package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.relationship.RelationshipSummary;

/** The desk list's relationship cell: overdue cadence and next steps flagged, breadth at a glance. */
public class RelationshipFlags extends Div {

    public RelationshipFlags(RelationshipSummary relationship) {
        addClassName("relationship-flags");
        if (!relationship.cadenceAgreed()) {
            add(badge(getTranslation("relationship.flag.noCadence"), "portal-badge-warning"));
        }
        if (!relationship.overdueCadence().isEmpty()) {
            add(badge(getTranslation("relationship.flag.cadenceOverdue"), "portal-overdue"));
        }
        if (relationship.overdueNextSteps() > 0) {
            add(badge(getTranslation("relationship.flag.nextStepsOverdue", relationship.overdueNextSteps()), "portal-overdue"));
        }
        add(TeamCards.breadth(this, relationship.breadth()));
    }

    private static Span badge(String text, String style) {
        var badge = new Span(text);
        badge.addClassNames("portal-badge", style);
        return badge;
    }
}
