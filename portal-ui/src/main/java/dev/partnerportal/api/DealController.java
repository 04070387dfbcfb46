package dev.partnerportal.api;

import dev.partnerportal.deal.CoSelling;
import dev.partnerportal.deal.CoSellingKind;
import dev.partnerportal.deal.CoSellingRequestId;
import dev.partnerportal.deal.CoSellingStatus;
import dev.partnerportal.deal.CoSellingView;
import dev.partnerportal.deal.ConflictMatch;
import dev.partnerportal.deal.DealChange;
import dev.partnerportal.deal.DealConflict;
import dev.partnerportal.deal.DealDetail;
import dev.partnerportal.deal.DealRegistrationId;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.deal.DealSummary;
import dev.partnerportal.deal.Deals;
import dev.partnerportal.deal.DirectAccountView;
import dev.partnerportal.deal.NewDeal;
import dev.partnerportal.deal.PipelineFilter;
import dev.partnerportal.deal.RegistrationStatus;
import dev.partnerportal.deal.StageTotal;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deal registrations and co-selling requests. Partners register and change their own organization's deals only:
 * another organization's deal answers 404 and changes nothing, and they never see conflicts. Staff review,
 * approve or reject, decide extensions, keep the direct accounts and work the co-selling queue.
 */
@RestController
@Tag(name = "Deals")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class DealController {

    private final Deals deals;
    private final CoSelling coSelling;

    DealController(Deals deals, CoSelling coSelling) {
        this.deals = deals;
        this.coSelling = coSelling;
    }

    @Schema(description = "A deal registration. status SUBMITTED means under review; protectedUntil is the last "
            + "protected day once approved; amounts are decimal strings in the deal's ISO currency")
    record Deal(long id, long organizationId, String organizationName, String customerCompany, String customerDomain,
                String country, List<String> products, BigDecimal estimatedValue, String currency,
                LocalDate expectedClose, DealStage stage, RegistrationStatus status, Instant submittedAt,
                @Nullable String decisionReason, @Nullable LocalDate protectedUntil, boolean protectedNow,
                boolean extensionRequested, @Nullable BigDecimal finalAmount, @Nullable String lostReason,
                @Nullable LocalDate closedOn, @Nullable String notes) {
        static Deal of(DealSummary s) {
            return new Deal(s.id().value(), s.organizationId(), s.organizationName(), s.customerCompany(),
                    s.customerDomain(), s.country(), s.products(), s.estimatedValue(), s.currency(), s.expectedClose(),
                    s.stage(), s.status(), s.submittedAt(), s.decisionReason(), s.protectedUntil(), s.protectedNow(),
                    s.extensionRequested(), s.finalAmount(), s.lostReason(), s.closedOn(), s.notes());
        }
    }

    @Schema(description = "A co-selling request on a deal")
    record CoSellingRequest(long id, long dealId, String customerCompany, CoSellingKind kind, String notes,
                            LocalDate wantedOn, CoSellingStatus status, Instant requestedAt,
                            @Nullable String assigneeName, @Nullable String declineReason) {
        static CoSellingRequest of(CoSellingView v) {
            return new CoSellingRequest(v.id().value(), v.deal().value(), v.customerCompany(), v.kind(), v.notes(),
                    v.wantedOn(), v.status(), v.requestedAt(), v.assigneeName(), v.declineReason());
        }
    }

    @Schema(description = "A conflict found on submission (staff only): another partner's registration, or a direct "
            + "account of the vendor (then otherDealId is null)")
    record Conflict(ConflictMatch matchedOn, @Nullable Long otherDealId, String otherOrganizationName,
                    String otherCompany, String otherDomain, @Nullable RegistrationStatus otherStatus,
                    @Nullable LocalDate otherProtectedUntil) {
        static Conflict of(DealConflict c) {
            return new Conflict(c.matchedOn(), c.otherRegistration() == null ? null : c.otherRegistration().value(),
                    c.otherOrganizationName(), c.otherCompany(), c.otherDomain(), c.otherStatus(), c.otherProtectedUntil());
        }
    }

    @Schema(description = "A deal with its co-selling requests; conflicts are always empty for partners")
    record Details(Deal deal, List<CoSellingRequest> coSelling, List<Conflict> conflicts) {
        static Details of(DealDetail d) {
            return new Details(Deal.of(d.summary()), d.coSelling().stream().map(CoSellingRequest::of).toList(),
                    d.conflicts().stream().map(Conflict::of).toList());
        }
    }

    @Schema(description = "Deals newest first and totals per stage and currency (never added across currencies)")
    record PipelineAnswer(List<Deal> deals, List<StageTotal> totals) {
    }

    @Schema(description = "A new registration for the caller's organization. country: ISO 3166 alpha-2; currency: "
            + "ISO 4217; stage: an open stage")
    record RegisterRequest(@NotBlank @Size(max = NewDeal.COMPANY_MAX_LENGTH) String customerCompany,
                           @NotBlank @Size(max = NewDeal.DOMAIN_MAX_LENGTH) String customerDomain,
                           @NotBlank @Size(min = 2, max = 2) String country,
                           @NotNull @Size(min = 1, max = NewDeal.MAX_PRODUCTS) List<@NotBlank @Size(max = NewDeal.PRODUCT_MAX_LENGTH) String> products,
                           @NotNull BigDecimal estimatedValue, @NotBlank @Size(min = 3, max = 3) String currency,
                           @NotNull LocalDate expectedClose, @Nullable DealStage stage,
                           @Nullable @Size(max = NewDeal.NOTES_MAX_LENGTH) String notes) {
    }

    @Schema(description = "A new stage, new notes, or both. WON needs finalAmount (in the deal's currency), LOST a lostReason")
    record ChangeRequest(@Nullable DealStage stage, @Nullable BigDecimal finalAmount,
                         @Nullable @Size(max = NewDeal.REASON_MAX_LENGTH) String lostReason,
                         @Nullable @Size(max = NewDeal.NOTES_MAX_LENGTH) String notes) {
    }

    @Schema(description = "Approve (reason optional) or reject (reason required)")
    record DecisionRequest(boolean approve, @Nullable @Size(max = NewDeal.REASON_MAX_LENGTH) String reason) {
    }

    @Schema(description = "Why the deal needs a longer protection")
    record ExtensionRequest(@NotBlank @Size(max = NewDeal.REASON_MAX_LENGTH) String reason) {
    }

    @Schema(description = "Grant or refuse the pending extension request")
    record ExtensionDecision(boolean grant) {
    }

    @Schema(description = "Help wanted on a deal, and by when")
    record CoSellingAsk(@NotNull CoSellingKind kind, @NotBlank @Size(max = CoSellingView.NOTES_MAX_LENGTH) String notes,
                        @NotNull LocalDate wantedOn) {
    }

    @Schema(description = "Staff: assign to a vendor person (assigneeId), or finish with status DONE or DECLINED (with reason)")
    record CoSellingUpdate(@Nullable Long assigneeId, @Nullable CoSellingStatus status,
                           @Nullable @Size(max = NewDeal.REASON_MAX_LENGTH) String reason) {
    }

    @Schema(description = "A customer the vendor's direct team owns until protectedUntil")
    record DirectAccountRequest(@NotBlank @Size(max = NewDeal.COMPANY_MAX_LENGTH) String company,
                                @NotBlank @Size(max = NewDeal.DOMAIN_MAX_LENGTH) String domain,
                                @NotNull LocalDate protectedUntil) {
    }

    @GetMapping("/api/deals")
    @Operation(summary = "The deals the caller may see: partners their organization's, staff those of the partners "
            + "they see; optionally one organization and/or one stage")
    PipelineAnswer list(@RequestParam(required = false) @Nullable Long organization,
                        @RequestParam(required = false) @Nullable DealStage stage) {
        var pipeline = deals.pipeline(filter(organization, stage));
        return new PipelineAnswer(pipeline.deals().stream().map(Deal::of).toList(), pipeline.totals());
    }

    @GetMapping(value = "/api/deals/export.csv", produces = "text/csv")
    @Operation(summary = "The same deals as GET /api/deals, as CSV")
    ResponseEntity<String> export(@RequestParam(required = false) @Nullable Long organization,
                                  @RequestParam(required = false) @Nullable DealStage stage) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deals.csv\"")
                .body(deals.exportCsv(filter(organization, stage)));
    }

    @PostMapping("/api/deals")
    @Operation(summary = "Register a deal for the caller's organization (partner people); it is checked for conflicts "
            + "and waits for review")
    ResponseEntity<Details> register(@Valid @RequestBody RegisterRequest request) {
        var id = deals.register(new NewDeal(request.customerCompany(), request.customerDomain(), request.country(),
                new LinkedHashSet<>(request.products()), request.estimatedValue(), request.currency(),
                request.expectedClose(), request.stage() == null ? DealStage.PROSPECTING : request.stage(), request.notes()));
        return ResponseEntity.created(URI.create("/api/deals/" + id.value()))
                .body(Details.of(deals.find(id).orElseThrow()));
    }

    @GetMapping("/api/deals/{id}")
    @Operation(summary = "One deal with its co-selling requests (and conflicts for staff); 404 for one the caller may not see")
    Details one(@PathVariable long id) {
        return deals.find(new DealRegistrationId(id)).map(Details::of).orElseThrow(NotFoundException::new);
    }

    @PatchMapping("/api/deals/{id}")
    @Operation(summary = "Change the stage (through WON with the final amount or LOST with a reason) and/or the notes; "
            + "404 for a deal the caller may not see")
    Details change(@PathVariable long id, @Valid @RequestBody ChangeRequest request) {
        return deals.change(new DealRegistrationId(id), new DealChange(request.stage(), request.finalAmount(),
                request.lostReason(), request.notes())).map(Details::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/deals/{id}/decision")
    @Operation(summary = "Approve (starting the protection period) or reject with a reason (staff)")
    Details decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
        var deal = new DealRegistrationId(id);
        return (request.approve() ? deals.approve(deal, request.reason())
                : deals.reject(deal, request.reason() == null ? "" : request.reason()))
                .map(Details::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/deals/{id}/extension")
    @Operation(summary = "Ask for a longer protection of an approved, open deal (partner people)")
    Details requestExtension(@PathVariable long id, @Valid @RequestBody ExtensionRequest request) {
        return deals.requestExtension(new DealRegistrationId(id), request.reason()).map(Details::of)
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/deals/{id}/extension/decision")
    @Operation(summary = "Grant or refuse the pending extension request (staff)")
    Details decideExtension(@PathVariable long id, @Valid @RequestBody ExtensionDecision request) {
        return deals.decideExtension(new DealRegistrationId(id), request.grant()).map(Details::of)
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/deals/{id}/co-selling")
    @Operation(summary = "Ask the vendor for help on an open deal of the caller's organization (partner people)")
    ResponseEntity<CoSellingRequest> askForHelp(@PathVariable long id, @Valid @RequestBody CoSellingAsk request) {
        var created = coSelling.request(new DealRegistrationId(id), request.kind(), request.notes(), request.wantedOn())
                .map(CoSellingRequest::of).orElseThrow(NotFoundException::new);
        return ResponseEntity.created(URI.create("/api/co-selling/" + created.id())).body(created);
    }

    @GetMapping("/api/co-selling")
    @Operation(summary = "Unfinished co-selling requests of the partners the caller sees, soonest wanted first (staff)")
    List<CoSellingRequest> coSellingQueue() {
        return coSelling.queue().stream().map(CoSellingRequest::of).toList();
    }

    @PatchMapping("/api/co-selling/{id}")
    @Operation(summary = "Assign a co-selling request to a vendor person, or finish it as DONE or DECLINED (staff)")
    CoSellingRequest updateCoSelling(@PathVariable long id, @Valid @RequestBody CoSellingUpdate request) {
        var requestId = new CoSellingRequestId(id);
        if (request.assigneeId() == null && request.status() == null) {
            throw new dev.partnerportal.shared.RuleViolation(dev.partnerportal.deal.DealError.CO_SELLING_ASSIGNEE_INVALID);
        }
        var view = request.assigneeId() != null ? coSelling.assign(requestId, new UserId(request.assigneeId()))
                : coSelling.finish(requestId, java.util.Objects.requireNonNull(request.status()), request.reason());
        return view.map(CoSellingRequest::of).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/deals/direct-accounts")
    @Operation(summary = "Customers the vendor's direct team owns (staff)")
    List<DirectAccountView> directAccounts() {
        return deals.directAccounts();
    }

    @PostMapping("/api/deals/direct-accounts")
    @Operation(summary = "Add a direct account; later registrations of the customer conflict until protectedUntil (staff)")
    ResponseEntity<DirectAccountView> addDirectAccount(@Valid @RequestBody DirectAccountRequest request) {
        var added = deals.addDirectAccount(request.company(), request.domain(), request.protectedUntil());
        return ResponseEntity.created(URI.create("/api/deals/direct-accounts/" + added.id())).body(added);
    }

    @DeleteMapping("/api/deals/direct-accounts/{id}")
    @Operation(summary = "Remove a direct account (staff)")
    ResponseEntity<Void> removeDirectAccount(@PathVariable long id) {
        if (!deals.removeDirectAccount(id)) {
            throw new NotFoundException();
        }
        return ResponseEntity.noContent().build();
    }

    private static PipelineFilter filter(@Nullable Long organization, @Nullable DealStage stage) {
        return new PipelineFilter(organization == null ? null : OrganizationId.of(organization), stage);
    }
}
