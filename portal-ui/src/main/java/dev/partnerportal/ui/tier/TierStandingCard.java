package dev.partnerportal.ui.tier;

import com.vaadin.flow.component.html.Div;
import dev.partnerportal.tier.TierStanding;
import dev.partnerportal.ui.i18n.LocaleFormats;
import dev.partnerportal.ui.layout.StaticHtml;
import java.util.Locale;

/** An organization's tier, an override if one applies, and a checklist for the next tier up. */
public class TierStandingCard extends Div {

    /** Read-only: the card's content is one element ({@link StaticHtml}); it is on every partner's home. */
    public TierStandingCard(TierStanding standing) {
        addClassNames("portal-card", "portal-tier-card");
        setId("tier-standing");
        var content = StaticHtml.contents();
        content.appendElement("h3").text(getTranslation("tier.heading"));
        content.appendElement("span").addClass("portal-badge")
                .addClass("portal-tier-" + standing.tierCode().toLowerCase(Locale.ROOT)).text(standing.tierName());
        if (standing.override() != null) {
            content.appendElement("p").addClass("portal-tier-override").text(getTranslation("tier.override",
                    standing.override().tierName(), LocaleFormats.date(standing.override().until(), getLocale()),
                    standing.override().reason()));
        }
        if (standing.nextTierName() == null) {
            content.appendElement("p").text(getTranslation("tier.top"));
        } else {
            content.appendElement("p").text(getTranslation("tier.next", standing.nextTierName()));
            var checks = content.appendElement("ul").addClass("portal-tier-checks");
            for (var check : standing.nextTierChecks()) {
                var item = checks.appendElement("li").addClass(check.met() ? "met" : "open");
                item.appendElement("vaadin-icon").attr("icon", check.met() ? "vaadin:check" : "vaadin:circle-thin");
                item.appendElement("span").text(getTranslation("tier.requirement." + check.kind().name(), check.minimum(),
                        check.actual(), check.certificationCode() != null ? check.certificationCode()
                                : check.dealCurrency() != null ? check.dealCurrency() : ""));
            }
        }
        add(StaticHtml.of(content));
    }
}
