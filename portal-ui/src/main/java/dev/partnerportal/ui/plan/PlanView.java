package dev.partnerportal.ui.plan;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.plan.CommitmentStatus;
import dev.partnerportal.plan.JointPlan;
import dev.partnerportal.plan.JointPlans;
import dev.partnerportal.plan.NewCommitment;
import dev.partnerportal.plan.PlanCommitment;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.plan.PlanPdf;
import dev.partnerportal.plan.PlanSide;
import dev.partnerportal.plan.PlanStatus;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Facts;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organization's joint business plan on one page: the period and where it stands, each side's sections (the
 * caller's editable), the commitments of both sides with check-ins, and the versions with their differences.
 * Partners open their own organization's ({@code /plan}); staff open a partner's ({@code /plan/42}) from the desk,
 * and without an id see their partners' overdue commitments.
 */
@Route("plan")
@Menu(order = 6, title = "nav.plan")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER, Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class PlanView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final JointPlans plans;
    private final PlanCommitments commitments;
    private final PlanPdf pdf;
    private final PartnerDirectory directory;
    private final PlanSide callerSide;
    private final boolean partner;
    private final boolean mayAuthor;

    PlanView(JointPlans plans, PlanCommitments commitments, PlanPdf pdf, PartnerDirectory directory,
             AuthenticationContext authentication) {
        this.plans = plans;
        this.commitments = commitments;
        this.pdf = pdf;
        this.directory = directory;
        this.partner = authentication.hasAnyRole(Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER);
        this.mayAuthor = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER, Role.Names.PARTNER_ADMIN);
        this.callerSide = partner ? PlanSide.PARTNER : PlanSide.VENDOR;
        addClassName("portal-page");
        setId("plan");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        if (id == null && !partner) {
            removeAll();
            add(new H2(getTranslation("plan.pageTitle")), new Paragraph(getTranslation("plan.staff.intro")),
                    new OverdueCommitmentsPanel(commitments.overdueForHome(), true));
            return;
        }
        var organization = id == null ? directory.mine() : directory.find(OrganizationId.of(id)).orElseThrow(NotFoundException::new);
        render(organization);
        // A commitment-due notification links here with ?commitment=<id>: that row is selected.
        event.getLocation().getQueryParameters().getSingleParameter("commitment").filter(c -> c.matches("\\d{1,18}"))
                .ifPresent(commitment -> getChildren().filter(CommitmentsPanel.class::isInstance).map(CommitmentsPanel.class::cast)
                        .forEach(panel -> panel.highlight(Long.parseLong(commitment))));
    }

    private void render(OrganizationSummary organization) {
        removeAll();
        add(new H2(getTranslation("plan.title", organization.name())));
        var current = plans.current(organization.organizationId());
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
            if (mayAuthor) {
                add(startForm(organization));
            }
            return;
        }
        var plan = current.get();
        add(facts(plan), actions(plan, organization));
        add(new PlanSectionsForm(plan, edit -> attempt(() -> {
            plans.edit(organization.organizationId(), edit);
            Notices.success(getTranslation("plan.saved"));
        }, organization)));
        add(new H3(getTranslation("plan.commitments")));
        add(new CommitmentsPanel(plan, true, callerSide, new CommitmentsPanel.Actions() {
            @Override
            public void add(NewCommitment commitment) {
                attempt(() -> {
                    commitments.add(organization.organizationId(), commitment);
                    Notices.success(getTranslation("plan.commitment.added"));
                }, organization);
            }

            @Override
            public void checkIn(PlanCommitment commitment) {
                var earlier = commitments.checkIns(organization.organizationId(), commitment.id()).orElseThrow();
                new CheckInDialog(commitment, earlier, (progress, note) -> {
                    try {
                        commitments.checkIn(organization.organizationId(), commitment.id(), progress, note);
                        Notices.success(getTranslation("plan.checkIn.saved"));
                        render(organization);
                        return null;
                    } catch (RuleViolation refused) {
                        return Notices.message(refused);
                    }
                }).open();
            }

            @Override
            public void changeStatus(PlanCommitment commitment, CommitmentStatus status) {
                attempt(() -> commitments.changeStatus(organization.organizationId(), commitment.id(), status), organization);
            }
        }));
        add(new H3(getTranslation("plan.history")), new PlanHistoryPanel(plans.versions(organization.organizationId()).orElseThrow(),
                (from, to) -> plans.diff(organization.organizationId(), from, to)));
    }

    private Div facts(JointPlan plan) {
        var status = new Span(getTranslation("plan.status." + plan.status().name()));
        status.addClassNames("portal-badge", "portal-plan-status-" + plan.status().name().toLowerCase(Locale.ROOT));
        status.setId("plan-status");
        var week = plan.currentWeek() == 0 ? getTranslation("plan.notStarted", LocaleFormats.date(plan.periodStart(), getLocale()))
                : getTranslation("plan.weekValue", Math.min(plan.currentWeek(), plan.periodWeeks()), plan.periodWeeks());
        var card = new Div(Facts.of(
                Facts.fact(getTranslation("plan.period"), new Span(getTranslation("plan.periodValue",
                        LocaleFormats.date(plan.periodStart(), getLocale()), LocaleFormats.date(plan.periodEnd(), getLocale()), plan.periodWeeks()))),
                Facts.fact(getTranslation("plan.week"), new Span(week)),
                Facts.fact(getTranslation("plan.status"), status),
                Facts.fact(getTranslation("plan.version"), new Span(getTranslation("plan.versionValue", plan.version()))),
                Facts.fact(getTranslation("plan.approvedVersion"), new Span(plan.approvedVersion() == null
                        ? getTranslation("plan.noApprovedVersion") : getTranslation("plan.versionValue", plan.approvedVersion())))));
        card.addClassName("portal-card");
        return card;
    }

    private Div actions(JointPlan plan, OrganizationSummary organization) {
        var bar = new Div();
        bar.addClassName("portal-plan-actions");
        if (plan.editableSide() != null && plan.status() == PlanStatus.DRAFT) {
            var submit = new Button(getTranslation("plan.submit"), click -> attempt(() -> {
                plans.submit(organization.organizationId());
                Notices.success(getTranslation("plan.submitted"));
            }, organization));
            submit.setId("plan-submit");
            bar.add(submit);
        }
        if (plan.mayApprove() && plan.status() == PlanStatus.SUBMITTED) {
            var approve = new Button(getTranslation("plan.approve"), click -> attempt(() -> {
                plans.approve(organization.organizationId());
                Notices.success(getTranslation("plan.approved"));
            }, organization));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("plan-approve");
            bar.add(approve);
        }
        var id = organization.organizationId();
        var language = getLocale();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> pdf.print(id, language)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "joint-plan.pdf", "application/pdf", bytes.length))
                .orElse(DownloadResponse.error(404))), getTranslation("plan.pdf"));
        download.setId("plan-pdf");
        bar.add(download);
        return bar;
    }

    private Div startForm(OrganizationSummary organization) {
        var start = new DatePicker(getTranslation("plan.start.date"), LocalDate.now());
        var weeks = new Select<Integer>();
        weeks.setLabel(getTranslation("plan.start.weeks"));
        weeks.setItems(JointPlan.QUARTER_WEEKS, JointPlan.HALF_YEAR_WEEKS);
        weeks.setItemLabelGenerator(w -> getTranslation("plan.start.weeks." + w));
        var binder = new Binder<Period>();
        binder.forField(start).asRequired(getTranslation("plan.required")).bind(Period::start, Period::start);
        binder.forField(weeks).asRequired(getTranslation("plan.required")).bind(Period::weeks, Period::weeks);
        binder.readBean(new Period());
        weeks.setValue(JointPlan.QUARTER_WEEKS);
        var button = new Button(getTranslation("plan.start"), click -> {
            var period = new Period();
            if (binder.writeBeanIfValid(period)) {
                attempt(() -> {
                    plans.start(organization.organizationId(), Objects.requireNonNull(period.start), Objects.requireNonNull(period.weeks));
                    Notices.success(getTranslation("plan.started"));
                }, organization);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("plan-start");
        var form = new Div(start, weeks, button);
        form.addClassName("portal-plan-start");
        return form;
    }

    /** What the start form collects. */
    private static final class Period {
        private @Nullable LocalDate start = LocalDate.now();
        private @Nullable Integer weeks = JointPlan.QUARTER_WEEKS;

        @Nullable LocalDate start() {
            return start;
        }

        void start(@Nullable LocalDate value) {
            start = value;
        }

        @Nullable Integer weeks() {
            return weeks;
        }

        void weeks(@Nullable Integer value) {
            weeks = value;
        }
    }

    /** Runs a change and shows the plan again, or tells the person why it was refused. */
    private void attempt(Runnable change, OrganizationSummary organization) {
        try {
            change.run();
            render(organization);
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.pageTitle");
    }
}
