package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.partnerportal.deal.StageTotal;
import java.util.List;

/** The pipeline's totals, one line per stage and currency. */
class StageTotals extends UnorderedList {

    StageTotals(List<StageTotal> totals) {
        addClassName("portal-deal-totals");
        setId("deal-totals");
        for (var total : totals) {
            add(new ListItem(getTranslation("deal.totals.line", getTranslation("deal.stage." + total.stage().name()),
                    total.count(), DealFormats.money(this, total.sum(), total.currency()))));
        }
    }
}
