package dev.partnerportal.api;

import dev.partnerportal.plan.CommitmentCheckIn;
import dev.partnerportal.plan.CommitmentStatus;
import dev.partnerportal.plan.JointPlan;
import dev.partnerportal.plan.JointPlans;
import dev.partnerportal.plan.NewCommitment;
import dev.partnerportal.plan.OverdueCommitment;
import dev.partnerportal.plan.PlanCommitment;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.plan.PlanDiff;
import dev.partnerportal.plan.PlanEdit;
import dev.partnerportal.plan.PlanObjective;
import dev.partnerportal.plan.PlanPdf;
import dev.partnerportal.plan.PlanSection;
import dev.partnerportal.plan.PlanVersionSummary;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint business plans and their 12-week commitments. Partners reach their own organization's plan only; another
 * organization's id answers 404 and changes nothing. Each side changes its own sections and commitments.
 */
@RestController
@Tag(name = "Joint plans")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class PlanController {

    private final JointPlans plans;
    private final PlanCommitments commitments;
    private final PlanPdf pdf;

    PlanController(JointPlans plans, PlanCommitments commitments, PlanPdf pdf) {
        this.plans = plans;
        this.commitments = commitments;
        this.pdf = pdf;
    }

    record Objective(@NotBlank @Size(max = PlanObjective.DESCRIPTION_MAX_LENGTH) String description,
                     @NotBlank @Size(max = PlanObjective.METRIC_MAX_LENGTH) String metric,
                     @NotBlank @Size(max = PlanObjective.TARGET_MAX_LENGTH) String target) {
    }

    /** Sections left out stay as they are; a blank one is emptied; objectives, when present, replace the list. */
    record PlanChange(@Nullable Map<PlanSection, @NotNull @Size(max = PlanSection.MAX_LENGTH) String> sections,
                      @Nullable @Size(max = PlanObjective.MAX_COUNT) List<@NotNull @Valid Objective> objectives) {
    }

    record Period(@NotNull LocalDate start, @Min(JointPlan.QUARTER_WEEKS) @Max(JointPlan.HALF_YEAR_WEEKS) int weeks) {
    }

    record CommitmentBody(@NotBlank @Size(max = NewCommitment.DESCRIPTION_MAX_LENGTH) String description,
                          @Size(max = NewCommitment.OWNER_MAX_LENGTH) @Nullable String ownerName,
                          @Nullable Long ownerAccount, @Min(1) @Max(JointPlan.HALF_YEAR_WEEKS) int dueWeek) {
    }

    record StatusChange(@NotNull CommitmentStatus status) {
    }

    record CheckInBody(@Min(0) @Max(100) int progress, @NotBlank @Size(max = CommitmentCheckIn.NOTE_MAX_LENGTH) String note) {
    }

    @GetMapping("/api/organizations/{id}/plan")
    @Operation(summary = "The organization's current joint plan with its sections and the commitments of both sides")
    @ApiResponse(responseCode = "404", description = "No plan, or an organization the caller may not see")
    JointPlan current(@PathVariable long id) {
        return plans.current(OrganizationId.of(id)).orElseThrow(NotFoundException::new);
    }

    @PutMapping("/api/organizations/{id}/plan")
    @Operation(summary = "Change the caller's side of the current plan (partner administrators the partner's, "
            + "channel managers and administrators the vendor's)",
            description = "Partner sections: TARGET_MARKET, PARTNER_STRATEGIES, PARTNER_ROLES, PARTNER_RESOURCES and the "
                    + "objectives. Vendor sections: VENDOR_STRATEGIES, VENDOR_ROLES, VENDOR_RESOURCES, EXPECTED_RETURN. "
                    + "A submitted plan goes back to draft; an approved one is kept and the change opens the next version.")
    @ApiResponse(responseCode = "403", description = "A section of the other side (code plan.other-side)")
    JointPlan edit(@PathVariable long id, @Valid @RequestBody PlanChange change) {
        var objectives = change.objectives() == null ? null : change.objectives().stream()
                .map(o -> new PlanObjective(o.description(), o.metric(), o.target())).toList();
        return plans.edit(OrganizationId.of(id), new PlanEdit(change.sections() == null ? Map.of() : change.sections(), objectives));
    }

    @PostMapping("/api/organizations/{id}/plans")
    @Operation(summary = "Start a plan for a new period of 12 or 26 weeks")
    @ApiResponse(responseCode = "201", description = "Started as an empty first draft")
    ResponseEntity<JointPlan> start(@PathVariable long id, @Valid @RequestBody Period period) {
        var plan = plans.start(OrganizationId.of(id), period.start(), period.weeks());
        return ResponseEntity.created(URI.create("/api/organizations/" + id + "/plan")).body(plan);
    }

    @PostMapping("/api/organizations/{id}/plan/submission")
    @Operation(summary = "Put the current draft forward for the partner manager's approval")
    JointPlan submit(@PathVariable long id) {
        return plans.submit(OrganizationId.of(id));
    }

    @PostMapping("/api/organizations/{id}/plan/approval")
    @Operation(summary = "Approve the submitted plan (the organization's partner manager or an administrator)")
    @ApiResponse(responseCode = "409", description = "Not submitted (code plan.not-submitted)")
    JointPlan approve(@PathVariable long id) {
        return plans.approve(OrganizationId.of(id));
    }

    @GetMapping("/api/organizations/{id}/plan/versions")
    @Operation(summary = "The versions of the current plan, newest first")
    List<PlanVersionSummary> versions(@PathVariable long id) {
        return plans.versions(OrganizationId.of(id)).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/organizations/{id}/plan/diff")
    @Operation(summary = "What changed between two versions of the current plan, part by part, line by line")
    PlanDiff diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return plans.diff(OrganizationId.of(id), from, to);
    }

    @GetMapping(value = "/api/organizations/{id}/plan/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The current plan as a one-page PDF, its headings and dates in the language of lang (en, ar, hu, "
            + "ko, vi), else of Accept-Language, else English")
    ResponseEntity<byte[]> print(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        return pdf.print(OrganizationId.of(id), RequestLanguage.of(lang, acceptLanguage)).map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"joint-plan-" + id + ".pdf\"").body(bytes))
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/organizations/{id}/plan/commitments")
    @Operation(summary = "Add a commitment of the caller's side to the current plan")
    @ApiResponse(responseCode = "201", description = "Added, open, progress 0")
    ResponseEntity<PlanCommitment> addCommitment(@PathVariable long id, @Valid @RequestBody CommitmentBody body) {
        var added = commitments.add(OrganizationId.of(id), new NewCommitment(body.description(),
                body.ownerName() == null ? "" : body.ownerName(),
                body.ownerAccount() == null ? null : new UserId(body.ownerAccount()), body.dueWeek()));
        return ResponseEntity.created(URI.create("/api/organizations/" + id + "/plan/commitments/" + added.id())).body(added);
    }

    @PatchMapping("/api/organizations/{id}/plan/commitments/{commitmentId}")
    @Operation(summary = "Mark a commitment of the caller's side done, dropped or open again")
    PlanCommitment changeStatus(@PathVariable long id, @PathVariable long commitmentId, @Valid @RequestBody StatusChange change) {
        return commitments.changeStatus(OrganizationId.of(id), commitmentId, change.status());
    }

    @PostMapping("/api/organizations/{id}/plan/commitments/{commitmentId}/check-ins")
    @Operation(summary = "Check in on a commitment of the caller's side: progress 0 to 100 (100 is done) with a note")
    PlanCommitment checkIn(@PathVariable long id, @PathVariable long commitmentId, @Valid @RequestBody CheckInBody body) {
        return commitments.checkIn(OrganizationId.of(id), commitmentId, body.progress(), body.note());
    }

    @GetMapping("/api/organizations/{id}/plan/commitments/{commitmentId}/check-ins")
    @Operation(summary = "The check-ins on a commitment of the current plan, newest first")
    List<CommitmentCheckIn> checkIns(@PathVariable long id, @PathVariable long commitmentId) {
        return commitments.checkIns(OrganizationId.of(id), commitmentId).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/plan-commitments/overdue")
    @Operation(summary = "Overdue commitments for the caller: a partner's own organization's, a channel manager's "
            + "partners', every organization's for administrators")
    List<OverdueCommitment> overdue() {
        return commitments.overdueForHome();
    }
}
