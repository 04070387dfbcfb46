package dev.partnerportal.api;

import dev.partnerportal.lead.ImportReport;
import dev.partnerportal.lead.LeadFilter;
import dev.partnerportal.lead.LeadStatus;
import dev.partnerportal.lead.LeadView;
import dev.partnerportal.lead.Leads;
import dev.partnerportal.lead.NewLead;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Leads. Partners list, accept and reject the leads offered to their organization (any other lead answers 404
 * and nothing changes); staff create, import and list every lead.
 */
@RestController
@Tag(name = "Leads")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class LeadController {

    private final Leads leads;

    LeadController(Leads leads) {
        this.leads = leads;
    }

    @Schema(description = "A new lead. Region, industry, minimumTier (tier code) and partnerType are distribution "
            + "filters; empty means any partner. The currency is an ISO 4217 code, the country an ISO 3166 code")
    record CreateRequest(@NotBlank @Size(max = NewLead.COMPANY_MAX_LENGTH) String company,
                         @Nullable @Size(max = NewLead.DOMAIN_MAX_LENGTH) String domain,
                         @NotBlank @Size(max = 2) String country,
                         @Nullable @Size(max = NewLead.REGION_MAX_LENGTH) String region,
                         @Nullable @Size(max = NewLead.INDUSTRY_MAX_LENGTH) String industry,
                         @Nullable String minimumTier, @Nullable String partnerType,
                         @NotBlank @Size(max = NewLead.CONTACT_NAME_MAX_LENGTH) String contactName,
                         @NotBlank @Size(max = NewLead.EMAIL_MAX_LENGTH) String contactEmail,
                         @Nullable @Size(max = NewLead.PHONE_MAX_LENGTH) String contactPhone,
                         @NotNull @Size(min = 1, max = NewLead.PRODUCTS_MAX) Set<String> products,
                         @NotNull BigDecimal estimatedValue, @NotBlank @Size(max = 3) String currency,
                         @Nullable @Size(max = NewLead.NOTES_MAX_LENGTH) String notes, @Nullable UUID fundRequestId) {
    }

    @Schema(description = "Why the partner does not take the lead")
    record RejectRequest(@NotBlank @Size(max = Leads.REASON_MAX_LENGTH) String reason) {
    }

    @GetMapping("/api/leads")
    @Operation(summary = "Partners: the leads offered to their organization now and the ones it accepted. "
            + "Staff: every lead, filtered by status, receiving organization and company or domain text")
    List<LeadView> list(@RequestParam(required = false) @Nullable LeadStatus status,
                        @RequestParam(required = false) @Nullable Long organizationId,
                        @RequestParam(required = false) @Nullable String q) {
        return leads.list(new LeadFilter(status, organizationId, q));
    }

    @GetMapping("/api/leads/{id}")
    @Operation(summary = "One lead, if the caller may see it")
    LeadView one(@PathVariable UUID id) {
        return leads.find(id).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/leads")
    @Operation(summary = "Create a lead and offer it to the first eligible partner (staff)")
    ResponseEntity<LeadView> create(@Valid @RequestBody CreateRequest request) {
        var created = leads.create(new NewLead(request.company(), request.domain(), request.country(), request.region(),
                request.industry(), request.minimumTier(), request.partnerType(), request.contactName(),
                request.contactEmail(), request.contactPhone(), request.products(), request.estimatedValue(),
                request.currency(), request.notes(), request.fundRequestId()));
        return ResponseEntity.created(URI.create("/api/leads/" + created.id())).body(created);
    }

    @PostMapping(path = "/api/leads/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import leads from a UTF-8 CSV file (form field \"file\", header row with the columns company, "
            + "domain, country, region, industry, minimum_tier, partner_type, contact_name, contact_email, contact_phone, "
            + "products (separated by ;), estimated_value, currency, notes, fund_request_id). With any wrong row nothing "
            + "is imported and the 400 problem lists every problem by line, unless validRowsOnly=true (staff)")
    ImportReport importCsv(@RequestParam("file") MultipartFile file,
                           @RequestParam(defaultValue = "false") boolean validRowsOnly) throws IOException {
        return leads.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), validRowsOnly, done -> { });
    }

    @PostMapping("/api/leads/{id}/accept")
    @Operation(summary = "Accept a lead offered to the caller's organization; it converts to a deal registration")
    LeadView accept(@PathVariable UUID id) {
        return leads.accept(id).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/leads/{id}/reject")
    @Operation(summary = "Reject a lead offered to the caller's organization, with a reason; it moves to the next partner")
    LeadView reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request) {
        return leads.reject(id, request.reason()).orElseThrow(NotFoundException::new);
    }
}
