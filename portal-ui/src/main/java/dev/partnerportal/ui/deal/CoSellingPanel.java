package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.deal.CoSelling;
import dev.partnerportal.deal.CoSellingKind;
import dev.partnerportal.deal.CoSellingStatus;
import dev.partnerportal.deal.CoSellingView;
import dev.partnerportal.deal.DealDetail;
import dev.partnerportal.deal.NewDeal;
import dev.partnerportal.deal.VendorPerson;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A deal's co-selling requests with their state. Partners ask for help on an open deal; staff assign a vendor
 * person, then mark the request done or decline it with a reason.
 */
class CoSellingPanel extends Div {

    private final CoSelling coSelling;
    private final Runnable refresh;

    static final class Ask {
        @Nullable CoSellingKind kind = CoSellingKind.DEMO;
        String notes = "";
        @Nullable LocalDate wantedOn;
    }

    CoSellingPanel(DealDetail detail, CoSelling coSelling, boolean staff, LocalDate today, Runnable refresh) {
        this.coSelling = coSelling;
        this.refresh = refresh;
        setId("deal-co-selling");
        add(new H3(getTranslation("deal.coSelling.heading")));
        var list = new UnorderedList();
        list.setId("co-selling-list");
        var people = staff ? coSelling.vendorPeople() : java.util.List.<VendorPerson>of();
        for (var request : detail.coSelling()) {
            var item = new ListItem(new Span(getTranslation("deal.coSelling.kind." + request.kind().name()) + " · "
                    + request.wantedOn() + " · "), state(request));
            item.add(new Paragraph(request.notes()));
            if (staff && !request.status().finished()) {
                item.add(staffActions(request, people));
            }
            list.add(item);
        }
        add(detail.coSelling().isEmpty() ? new Paragraph(getTranslation("deal.coSelling.none")) : list);
        if (!staff && !detail.summary().closed()) {
            add(askForm(detail, today));
        }
    }

    private Span state(CoSellingView request) {
        var text = getTranslation("deal.coSelling.status." + request.status().name())
                + (request.assigneeName() == null ? "" : " · " + request.assigneeName())
                + (request.declineReason() == null ? "" : ": " + request.declineReason());
        var state = new Span(text);
        state.addClassName("portal-badge");
        state.setId("co-selling-state-" + request.id().value());
        return state;
    }

    private HorizontalLayout staffActions(CoSellingView request, java.util.List<VendorPerson> people) {
        var assignee = new Select<VendorPerson>();
        assignee.setLabel(getTranslation("deal.coSelling.assignee"));
        assignee.setItems(people);
        assignee.setItemLabelGenerator(VendorPerson::name);
        assignee.setId("co-selling-assignee-" + request.id().value());
        var assign = new Button(getTranslation("deal.coSelling.assign"), click -> {
            if (assignee.getValue() != null) {
                run(() -> coSelling.assign(request.id(), assignee.getValue().id()));
            }
        });
        assign.setId("co-selling-assign-" + request.id().value());
        var done = new Button(getTranslation("deal.coSelling.done"), click -> run(() -> coSelling.finish(request.id(),
                CoSellingStatus.DONE, null)));
        done.setId("co-selling-done-" + request.id().value());
        var reason = new TextField(getTranslation("deal.coSelling.declineReason"));
        reason.setMaxLength(NewDeal.REASON_MAX_LENGTH);
        var decline = new Button(getTranslation("deal.coSelling.decline"), click -> run(() -> coSelling.finish(request.id(),
                CoSellingStatus.DECLINED, reason.getValue())));
        var actions = new HorizontalLayout(assignee, assign, done, reason, decline);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
    }

    private Div askForm(DealDetail detail, LocalDate today) {
        var kind = new Select<CoSellingKind>();
        kind.setLabel(getTranslation("deal.coSelling.kind"));
        kind.setItems(CoSellingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("deal.coSelling.kind." + k.name()));
        kind.setId("co-selling-kind");
        var notes = new TextArea(getTranslation("deal.coSelling.notes"));
        notes.setMaxLength(CoSellingView.NOTES_MAX_LENGTH);
        notes.setId("co-selling-notes");
        var wanted = new DatePicker(getTranslation("deal.coSelling.wantedOn"));
        wanted.setMin(today);
        wanted.setMax(today.plusDays(CoSellingView.MAX_WANTED_DAYS));
        wanted.setId("co-selling-wanted");
        var binder = new Binder<Ask>();
        binder.forField(kind).asRequired().bind(a -> a.kind, (a, v) -> a.kind = v);
        binder.forField(notes).withValidator(v -> !v.isBlank() && v.strip().length() <= CoSellingView.NOTES_MAX_LENGTH,
                getTranslation("error.deal.co-selling-notes-required", CoSellingView.NOTES_MAX_LENGTH)).bind(a -> a.notes, (a, v) -> a.notes = v);
        binder.forField(wanted).asRequired(getTranslation("error.deal.co-selling-date-invalid")).bind(a -> a.wantedOn, (a, v) -> a.wantedOn = v);
        binder.readBean(new Ask());
        var ask = new Button(getTranslation("deal.coSelling.ask"), click -> {
            var entered = new Ask();
            if (binder.writeBeanIfValid(entered) && entered.kind != null && entered.wantedOn != null) {
                run(() -> coSelling.request(detail.summary().id(), entered.kind, entered.notes, entered.wantedOn));
            }
        });
        ask.setId("co-selling-ask");
        var form = new Div(new H3(getTranslation("deal.coSelling.ask")), kind, wanted, notes, ask);
        form.addClassName("portal-deal-co-selling-form");
        return form;
    }

    private void run(Supplier<?> action) {
        try {
            action.get();
            Notices.success(getTranslation("deal.saved"));
            refresh.run();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }
}
