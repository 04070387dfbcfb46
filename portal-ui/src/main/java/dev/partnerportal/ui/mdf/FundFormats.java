package dev.partnerportal.ui.mdf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.mdf.AllocationView;
import dev.partnerportal.mdf.ClaimView;
import dev.partnerportal.mdf.FundRequestView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How funds read everywhere: money with its currency, statuses as badges, results in one line. */
final class FundFormats {

    private FundFormats() {
    }

    static String money(Component on, @Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(on.getUI().map(UI::getLocale).orElse(Locale.ENGLISH));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }

    static Span badge(Component on, String key, String kind) {
        var badge = new Span(on.getTranslation(key));
        badge.addClassNames("portal-badge", "portal-mdf-" + kind.toLowerCase(Locale.ROOT));
        return badge;
    }


    static String claimStatus(Component on, FundRequestView request) {
        if (request.claims().isEmpty()) {
            return "";
        }
        ClaimView last = request.claims().getLast();
        return on.getTranslation("mdf.claimStatus." + last.status().name()) + " "
                + money(on, last.actualCost(), last.currency());
    }

    static String results(Component on, FundRequestView request) {
        var r = request.results();
        return on.getTranslation("mdf.results.line", r.attributed().leads(), r.attributed().deals(), r.attributed().dealsWon(),
                r.costPerLead() == null ? "–" : money(on, r.costPerLead(), request.currency()));
    }

    static Grid<AllocationView> allocations(Component on) {
        var grid = new Grid<AllocationView>();
        grid.addColumn(a -> a.organizationName()).setHeader(on.getTranslation("mdf.field.organization")).setFlexGrow(2);
        grid.addColumn(a -> a.quarter().toString()).setHeader(on.getTranslation("mdf.field.quarter"));
        grid.addColumn(a -> money(on, a.amount(), a.currency())).setHeader(on.getTranslation("mdf.field.amount"));
        grid.addColumn(a -> money(on, a.reserved(), a.currency())).setHeader(on.getTranslation("mdf.field.reserved"));
        grid.addColumn(a -> money(on, a.free(), a.currency())).setHeader(on.getTranslation("mdf.field.free"));
        grid.setAllRowsVisible(true);
        grid.setId("mdf-allocations");
        return grid;
    }

    static Grid<FundRequestView> requests(Component on) {
        var grid = new Grid<FundRequestView>();
        grid.addColumn(FundRequestView::title).setHeader(on.getTranslation("mdf.field.title")).setFlexGrow(2);
        grid.addColumn(r -> r.organizationName()).setHeader(on.getTranslation("mdf.field.organization"));
        grid.addColumn(r -> on.getTranslation("mdf.activity." + r.activityType().name())).setHeader(on.getTranslation("mdf.field.activityType"));
        grid.addColumn(r -> money(on, r.cost(), r.currency())).setHeader(on.getTranslation("mdf.field.cost"));
        grid.addComponentColumn(r -> badge(on, "mdf.requestStatus." + r.status().name(), r.status().name()))
                .setHeader(on.getTranslation("mdf.field.status"));
        grid.addColumn(r -> claimStatus(on, r)).setHeader(on.getTranslation("mdf.field.claim"));
        grid.addColumn(r -> results(on, r)).setHeader(on.getTranslation("mdf.field.results")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setId("mdf-requests");
        return grid;
    }
}
