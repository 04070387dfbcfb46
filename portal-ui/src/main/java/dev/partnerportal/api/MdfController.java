package dev.partnerportal.api;

import dev.partnerportal.mdf.ActivityType;
import dev.partnerportal.mdf.AllocationView;
import dev.partnerportal.mdf.ClaimStatus;
import dev.partnerportal.mdf.ClaimView;
import dev.partnerportal.mdf.FiscalQuarter;
import dev.partnerportal.mdf.FundRequestResults;
import dev.partnerportal.mdf.FundRequestStatus;
import dev.partnerportal.mdf.FundRequestView;
import dev.partnerportal.mdf.MarketDevelopmentFunds;
import dev.partnerportal.mdf.NewFundRequest;
import dev.partnerportal.mdf.ProofFile;
import dev.partnerportal.shared.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Market development funds. Partners see and use their own organization's allocations, requests and claims
 * only (another organization's id answers 404 and changes nothing); staff allocate and decide.
 */
@RestController
@Tag(name = "Market development funds")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class MdfController {

    private final MarketDevelopmentFunds funds;

    MdfController(MarketDevelopmentFunds funds) {
        this.funds = funds;
    }

    @Schema(description = "An allocation: the amount, what approved requests reserved and what is still free")
    record Allocation(long id, long organizationId, String organizationName, String quarter, BigDecimal amount,
                      BigDecimal reserved, BigDecimal free, String currency) {
        static Allocation of(AllocationView a) {
            return new Allocation(a.id(), a.organizationId(), a.organizationName(), a.quarter().toString(), a.amount(),
                    a.reserved(), a.free(), a.currency());
        }
    }

    @Schema(description = "A fund request with its claims and the results attributed to it")
    record FundRequest(UUID id, long organizationId, String organizationName, String quarter, ActivityType activityType,
                       String title, String plan, BigDecimal cost, String currency, int expectedLeads, LocalDate startsOn,
                       LocalDate endsOn, FundRequestStatus status, @Nullable String reason, Instant requestedAt,
                       List<ClaimView> claims, FundRequestResults results) {
        static FundRequest of(FundRequestView r) {
            return new FundRequest(r.id(), r.organizationId(), r.organizationName(), r.quarter().toString(),
                    r.activityType(), r.title(), r.plan(), r.cost(), r.currency(), r.expectedLeads(), r.startsOn(),
                    r.endsOn(), r.status(), r.reason(), r.requestedAt(), r.claims(), r.results());
        }
    }

    @Schema(description = "An organization's allocation for a quarter (written 2026-Q4)")
    record AllocationRequest(long organizationId, @NotBlank String quarter, @NotNull BigDecimal amount,
                             @NotBlank @Size(max = 3) String currency) {
    }

    @Schema(description = "The quarter's allocation of every organization by its tier: tier code to amount")
    record ByTierRequest(@NotBlank String quarter, @NotBlank @Size(max = 3) String currency,
                         @NotNull Map<String, BigDecimal> amounts) {
    }

    @Schema(description = "A fund request; the cost is in the currency of the allocation of the quarter it starts in")
    record FundRequestRequest(@NotNull ActivityType activityType,
                              @NotBlank @Size(max = NewFundRequest.TITLE_MAX_LENGTH) String title,
                              @NotBlank @Size(max = NewFundRequest.PLAN_MAX_LENGTH) String plan,
                              @NotNull BigDecimal cost, int expectedLeads, @NotNull LocalDate startsOn,
                              @NotNull LocalDate endsOn) {
    }

    @Schema(description = "Why staff reject a request or a claim")
    record ReasonRequest(@NotBlank @Size(max = MarketDevelopmentFunds.REASON_MAX_LENGTH) String reason) {
    }

    @Schema(description = "A claim's next status: APPROVED or REJECTED (with a reason) from SUBMITTED, PAID from APPROVED")
    record ClaimDecision(@NotNull ClaimStatus status,
                         @Nullable @Size(max = MarketDevelopmentFunds.REASON_MAX_LENGTH) String reason) {
    }

    @GetMapping("/api/mdf/allocations")
    @Operation(summary = "The allocations the caller may see: partners their own organization's, staff every one")
    List<Allocation> allocations() {
        return funds.allocations().stream().map(Allocation::of).toList();
    }

    @PutMapping("/api/mdf/allocations")
    @Operation(summary = "Set an organization's allocation for a quarter; never below what is reserved (staff)")
    Allocation allocate(@Valid @RequestBody AllocationRequest request) {
        return Allocation.of(funds.allocate(OrganizationId.of(request.organizationId()), FiscalQuarter.parse(request.quarter()),
                request.amount(), request.currency()));
    }

    @PostMapping("/api/mdf/allocations/by-tier")
    @Operation(summary = "Set the quarter's allocation of every organization from its tier's amount (staff)")
    Map<String, Integer> allocateByTier(@Valid @RequestBody ByTierRequest request) {
        return Map.of("allocations", funds.allocateByTier(FiscalQuarter.parse(request.quarter()), request.amounts(),
                request.currency()));
    }

    @GetMapping("/api/mdf/requests")
    @Operation(summary = "The fund requests the caller may see, newest first, with claims and results")
    List<FundRequest> requests() {
        return funds.requests().stream().map(FundRequest::of).toList();
    }

    @GetMapping("/api/mdf/requests/{id}")
    @Operation(summary = "One fund request with its claims and results, if the caller may see it")
    FundRequest one(@PathVariable UUID id) {
        return funds.find(id).map(FundRequest::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/mdf/requests")
    @Operation(summary = "Request funds for an activity of the caller's organization (partner people)")
    ResponseEntity<FundRequest> submit(@Valid @RequestBody FundRequestRequest request) {
        var created = funds.submit(new NewFundRequest(request.activityType(), request.title(), request.plan(),
                request.cost(), request.expectedLeads(), request.startsOn(), request.endsOn()));
        return ResponseEntity.created(URI.create("/api/mdf/requests/" + created.id())).body(FundRequest.of(created));
    }

    @PostMapping("/api/mdf/requests/{id}/approve")
    @Operation(summary = "Approve a request and reserve its cost; 409 when the allocation has not enough free (staff)")
    FundRequest approve(@PathVariable UUID id) {
        return FundRequest.of(funds.approve(id));
    }

    @PostMapping("/api/mdf/requests/{id}/reject")
    @Operation(summary = "Reject a request with a reason (staff)")
    FundRequest reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return FundRequest.of(funds.reject(id, request.reason()));
    }

    @PostMapping(path = "/api/mdf/requests/{id}/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Claim an approved request's actual cost (form field \"actualCost\") with one or more proof "
            + "files (form field \"files\": PDF, PNG or JPEG, checked by content); partner people")
    ResponseEntity<FundRequest> claim(@PathVariable UUID id, @RequestParam BigDecimal actualCost,
                                          @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files)
            throws IOException {
        var proofs = new ArrayList<ProofFile>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            proofs.add(new ProofFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
        }
        var claimed = funds.claim(id, actualCost, proofs).orElseThrow(NotFoundException::new);
        return ResponseEntity.created(URI.create("/api/mdf/requests/" + id)).body(FundRequest.of(claimed));
    }

    @PostMapping("/api/mdf/claims/{id}/decision")
    @Operation(summary = "Move a claim on: approve, reject with a reason, or mark it paid (staff)")
    FundRequest decide(@PathVariable long id, @Valid @RequestBody ClaimDecision decision) {
        return FundRequest.of(funds.decideClaim(id, decision.status(), decision.reason()));
    }

    @GetMapping("/api/mdf/proofs/{id}")
    @Operation(summary = "Download a claim's proof file (always Content-Disposition: attachment)")
    ResponseEntity<byte[]> proof(@PathVariable long id) {
        var proof = funds.proof(id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(proof.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(proof.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(proof.content());
    }
}
