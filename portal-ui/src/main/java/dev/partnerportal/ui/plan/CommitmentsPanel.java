package dev.partnerportal.ui.plan;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.plan.CommitmentStatus;
import dev.partnerportal.plan.JointPlan;
import dev.partnerportal.plan.NewCommitment;
import dev.partnerportal.plan.PlanCommitment;
import dev.partnerportal.plan.PlanSide;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The commitments of both sides as a grid, with a form to add one for the caller's side and, on rows of the
 * caller's side, buttons to check in, drop or reopen. Actions go to the owner through {@link Actions}.
 */
class CommitmentsPanel extends Div {

    /** What the panel asks its owner to do. */
    interface Actions {
        void add(NewCommitment commitment);

        void checkIn(PlanCommitment commitment);

        void changeStatus(PlanCommitment commitment, CommitmentStatus status);
    }

    /** Selects commitment {@code id} (the one a notification is about), if it is in this plan. */
    void highlight(long id) {
        grid.getListDataView().getItems().filter(c -> c.id() == id).findFirst().ifPresent(grid::select);
    }

    private static final class Draft {
        private String description = "";
        private String owner = "";
        private Integer dueWeek = 1;
    }

    private final Grid<PlanCommitment> grid = new Grid<>();

    CommitmentsPanel(JointPlan plan, boolean mayCheckIn, PlanSide callerSide, Actions actions) {
        addClassName("portal-plan-commitments");
        grid.setId("plan-commitments");
        grid.addColumn(c -> getTranslation("plan.side." + c.side().name())).setHeader(getTranslation("plan.commitment.side"))
                .setAutoWidth(true);
        grid.addColumn(PlanCommitment::description).setHeader(getTranslation("plan.commitment.description")).setFlexGrow(3);
        grid.addColumn(PlanCommitment::ownerName).setHeader(getTranslation("plan.commitment.owner")).setAutoWidth(true);
        grid.addColumn(c -> c.dueWeek() + " · " + LocaleFormats.date(c.dueBy(), getLocale())).setHeader(getTranslation("plan.commitment.dueBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("plan.commitment.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var bar = new ProgressBar(0, 100, c.progress());
            bar.addClassName("portal-plan-progress");
            return bar;
        }).setHeader(getTranslation("plan.commitment.progress"));
        if (mayCheckIn || plan.editableSide() != null) {
            grid.addComponentColumn(c -> rowActions(c, plan, mayCheckIn, callerSide, actions)).setAutoWidth(true);
        }
        grid.setItems(plan.commitments());
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
        add(grid);
        if (plan.editableSide() != null) {
            add(addForm(plan, actions::add));
        }
    }

    private Span status(PlanCommitment c) {
        var badge = new Span(getTranslation(c.overdue() ? "plan.commitment.overdue" : "plan.commitment.status." + c.status().name()));
        badge.addClassNames("portal-badge", "portal-plan-status-" + (c.overdue() ? "overdue" : c.status().name().toLowerCase(Locale.ROOT)));
        return badge;
    }

    private Div rowActions(PlanCommitment c, JointPlan plan, boolean mayCheckIn, PlanSide callerSide, Actions actions) {
        var buttons = new Div();
        if (c.side() != callerSide) {
            return buttons;
        }
        if (mayCheckIn && c.status() == CommitmentStatus.OPEN) {
            var checkIn = new Button(getTranslation("plan.commitment.checkIn"), click -> actions.checkIn(c));
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.setId("check-in-" + c.id());
            buttons.add(checkIn);
        }
        if (plan.editableSide() == c.side()) {
            var next = c.status() == CommitmentStatus.OPEN ? CommitmentStatus.DROPPED : CommitmentStatus.OPEN;
            var change = new Button(getTranslation(next == CommitmentStatus.DROPPED ? "plan.commitment.drop" : "plan.commitment.reopen"),
                    click -> actions.changeStatus(c, next));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(change);
        }
        return buttons;
    }

    private Div addForm(JointPlan plan, Consumer<NewCommitment> onAdd) {
        var description = new TextField(getTranslation("plan.commitment.description"));
        description.setMaxLength(NewCommitment.DESCRIPTION_MAX_LENGTH);
        description.setId("commitment-description");
        var owner = new TextField(getTranslation("plan.commitment.owner"));
        owner.setMaxLength(NewCommitment.OWNER_MAX_LENGTH);
        owner.setId("commitment-owner");
        var week = new IntegerField(getTranslation("plan.commitment.dueWeek"));
        week.setMin(1);
        week.setMax(plan.periodWeeks());
        week.setStepButtonsVisible(true);
        week.setId("commitment-week");
        var binder = new Binder<Draft>();
        var required = getTranslation("plan.required");
        binder.forField(description).asRequired(required).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(owner).asRequired(required).bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(week).asRequired(required)
                .withValidator(w -> w >= 1 && w <= plan.periodWeeks(), getTranslation("error.plan.due-week-out-of-range", plan.periodWeeks()))
                .bind(d -> d.dueWeek, (d, v) -> d.dueWeek = v);
        binder.readBean(new Draft());
        var add = new Button(getTranslation("plan.commitment.add"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                onAdd.accept(new NewCommitment(draft.description, draft.owner, null, draft.dueWeek));
            }
        });
        add.setId("commitment-add");
        var form = new FormLayout(description, owner, week);
        form.setColspan(description, 2);
        return new Div(form, add);
    }
}
