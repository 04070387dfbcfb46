package dev.partnerportal.ui.tier;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.partnerportal.tier.TierStanding;
import java.util.Locale;

/** An organization's tier, an override if one applies, and a checklist for the next tier up. */
public class TierStandingCard extends Div {

    public TierStandingCard(TierStanding standing) {
        addClassNames("portal-card", "portal-tier-card");
        setId("tier-standing");
        var badge = new Span(standing.tierName());
        badge.addClassNames("portal-badge", "portal-tier-" + standing.tierCode().toLowerCase(Locale.ROOT));
        add(new H3(getTranslation("tier.heading")), badge);
        if (standing.override() != null) {
            var note = new Paragraph(getTranslation("tier.override", standing.override().tierName(),
                    LocaleFormats.date(standing.override().until(), getLocale()), standing.override().reason()));
            note.addClassName("portal-tier-override");
            add(note);
        }
        if (standing.nextTierName() == null) {
            add(new Paragraph(getTranslation("tier.top")));
            return;
        }
        add(new Paragraph(getTranslation("tier.next", standing.nextTierName())));
        var checks = new UnorderedList();
        checks.addClassName("portal-tier-checks");
        for (var check : standing.nextTierChecks()) {
            var icon = (check.met() ? VaadinIcon.CHECK : VaadinIcon.CIRCLE_THIN).create();
            var text = new Span(getTranslation("tier.requirement." + check.kind().name(), check.minimum(), check.actual(),
                    check.certificationCode() != null ? check.certificationCode()
                            : check.dealCurrency() != null ? check.dealCurrency() : ""));
            var item = new ListItem(icon, text);
            item.addClassName(check.met() ? "met" : "open");
            checks.add(item);
        }
        add(checks);
    }
}
