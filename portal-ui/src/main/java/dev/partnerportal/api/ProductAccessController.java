package dev.partnerportal.api;

import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.productaccess.ProductAccessForm;
import dev.partnerportal.productaccess.ProductAccessId;
import dev.partnerportal.productaccess.ProductAccessKind;
import dev.partnerportal.productaccess.ProductAccessRequest;
import dev.partnerportal.productaccess.ProductAccessStatus;
import dev.partnerportal.shared.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product access: partners request a demo environment or a not-for-resale licence and follow their own
 * organization's requests; another organization's request answers 404 and changes nothing. Staff approve with an
 * expiry or reject with a reason.
 */
@RestController
@Tag(name = "Product access")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ProductAccessController {

    private final ProductAccess access;
    private final CallerContext callers;

    ProductAccessController(ProductAccess access, CallerContext callers) {
        this.access = access;
        this.callers = callers;
    }

    @Schema(description = "A product access request; expiresOn once approved (EXPIRED after it), rejectionReason once rejected")
    record AccessRequest(long id, long organizationId, String organizationName, ProductAccessKind kind, String product,
                         String purpose, String people, ProductAccessStatus status, Instant requestedAt,
                         @Nullable LocalDate expiresOn, @Nullable String rejectionReason) {
        static AccessRequest of(ProductAccessRequest r) {
            return new AccessRequest(r.id().value(), r.organization().value(), r.organizationName(), r.kind(), r.product(),
                    r.purpose(), r.people(), r.status(), r.requestedAt(), r.expiresOn(), r.rejectionReason());
        }
    }

    @Schema(description = "What a partner asks for; people are names or addresses, one per line")
    record NewRequest(@NotNull ProductAccessKind kind,
                      @NotBlank @Size(max = ProductAccessForm.PRODUCT_MAX_LENGTH) String product,
                      @NotBlank @Size(max = ProductAccessForm.PURPOSE_MAX_LENGTH) String purpose,
                      @NotBlank @Size(max = ProductAccessForm.PEOPLE_MAX_LENGTH) String people) {
    }

    @Schema(description = "Approval: the last day of access, after today and at most " + ProductAccess.MAX_ACCESS_DAYS + " days ahead")
    record Approval(@NotNull LocalDate expiresOn) {
    }

    @Schema(description = "Rejection with the reason the partner reads")
    record Rejection(@NotBlank @Size(max = ProductAccessRequest.REASON_MAX_LENGTH) String reason) {
    }

    @GetMapping("/api/product-access")
    @Operation(summary = "Partners: their organization's requests. Staff: every request of the partners they may see. Newest first")
    List<AccessRequest> list() {
        return (callers.require().isStaff() ? access.all() : access.mine()).stream().map(AccessRequest::of).toList();
    }

    @PostMapping("/api/product-access")
    @Operation(summary = "Request a demo environment or a not-for-resale licence for the caller's own organization (partner people)")
    ResponseEntity<AccessRequest> request(@Valid @RequestBody NewRequest request) {
        var id = access.request(new ProductAccessForm(request.kind(), request.product(), request.purpose(), request.people()));
        return ResponseEntity.created(URI.create("/api/product-access/" + id.value()))
                .body(AccessRequest.of(access.find(id).orElseThrow()));
    }

    @GetMapping("/api/product-access/{id}")
    @Operation(summary = "One request, if the caller may see it")
    AccessRequest one(@PathVariable long id) {
        return access.find(new ProductAccessId(id)).map(AccessRequest::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/product-access/{id}/approval")
    @Operation(summary = "Approve a waiting request until a date (staff); 409 when already decided")
    AccessRequest approve(@PathVariable long id, @Valid @RequestBody Approval approval) {
        access.approve(new ProductAccessId(id), approval.expiresOn());
        return AccessRequest.of(access.find(new ProductAccessId(id)).orElseThrow());
    }

    @PostMapping("/api/product-access/{id}/rejection")
    @Operation(summary = "Reject a waiting request with a reason (staff); 409 when already decided")
    AccessRequest reject(@PathVariable long id, @Valid @RequestBody Rejection rejection) {
        access.reject(new ProductAccessId(id), rejection.reason());
        return AccessRequest.of(access.find(new ProductAccessId(id)).orElseThrow());
    }
}
