package dev.partnerportal.api;

import dev.partnerportal.escalation.EscalationCategory;
import dev.partnerportal.escalation.EscalationChange;
import dev.partnerportal.escalation.EscalationDetail;
import dev.partnerportal.escalation.EscalationFile;
import dev.partnerportal.escalation.EscalationHistoryEntry;
import dev.partnerportal.escalation.EscalationId;
import dev.partnerportal.escalation.EscalationSeverity;
import dev.partnerportal.escalation.EscalationStatus;
import dev.partnerportal.escalation.EscalationSummary;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.escalation.NewEscalation;
import dev.partnerportal.escalation.TargetState;
import dev.partnerportal.shared.OrganizationId;
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
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Escalations. Partners raise and follow their own organization's only; another organization's id or
 * escalation answers 404 and changes nothing. Staff answer and move them on.
 */
@RestController
@Tag(name = "Escalations")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class EscalationController {

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @Schema(description = "An escalation and how its response and resolution targets stand now")
    record Escalation(long id, long organizationId, String organizationName, EscalationCategory category,
                      EscalationSeverity severity, String title, EscalationStatus status, Instant raisedAt,
                      Instant respondDue, Instant resolveDue, @Nullable Instant respondedAt,
                      @Nullable Instant resolvedAt, TargetState response, TargetState resolution) {
        static Escalation of(EscalationSummary s) {
            return new Escalation(s.id().value(), s.organizationId(), s.organizationName(), s.category(), s.severity(),
                    s.title(), s.status(), s.raisedAt(), s.respondDue(), s.resolveDue(), s.respondedAt(),
                    s.resolvedAt(), s.response(), s.resolution());
        }
    }

    @Schema(description = "An escalation with its description and history, oldest entry first")
    record Details(Escalation escalation, String description, String raisedBy, @Nullable String attachmentName,
                   @Nullable String attachmentType, List<EscalationHistoryEntry> history,
                   @Nullable Instant reopenableUntil) {
        static Details of(EscalationDetail d) {
            return new Details(Escalation.of(d.summary()), d.description(), d.raisedByName(), d.attachmentName(),
                    d.attachmentType(), d.history(), d.reopenableUntil());
        }
    }

    @Schema(description = "A new escalation; the attachment, if any, is base64 and its type is decided by its bytes")
    record RaiseRequest(@NotNull EscalationCategory category, @NotNull EscalationSeverity severity,
                        @NotBlank @Size(max = NewEscalation.TITLE_MAX_LENGTH) String title,
                        @NotBlank @Size(max = NewEscalation.DESCRIPTION_MAX_LENGTH) String description,
                        @Nullable @Size(max = EscalationFile.FILE_NAME_MAX_LENGTH) String attachmentName,
                        @Nullable String attachmentBase64) {
    }

    @Schema(description = "A message, a new status, or both. Partners: a message, CLOSED to confirm a resolution, "
            + "IN_PROGRESS to reopen one within the window")
    record ChangeRequest(@Nullable EscalationStatus status,
                         @Nullable @Size(max = NewEscalation.MESSAGE_MAX_LENGTH) String message) {
    }

    @GetMapping("/api/organizations/{id}/escalations")
    @Operation(summary = "An organization's escalations, newest first, if the caller may see them")
    List<Escalation> list(@PathVariable long id) {
        return escalations.ofOrganization(OrganizationId.of(id)).orElseThrow(NotFoundException::new)
                .stream().map(Escalation::of).toList();
    }

    @PostMapping("/api/organizations/{id}/escalations")
    @Operation(summary = "Raise an escalation for the caller's own organization (partner people)")
    ResponseEntity<Details> raise(@PathVariable long id, @Valid @RequestBody RaiseRequest request) {
        var file = request.attachmentBase64() == null ? null : new EscalationFile(
                request.attachmentName() == null ? "attachment" : request.attachmentName(), decode(request.attachmentBase64()));
        var raised = escalations.raise(OrganizationId.of(id), new NewEscalation(request.category(), request.severity(),
                request.title(), request.description()), file);
        return ResponseEntity.created(URI.create("/api/escalations/" + raised.value()))
                .body(Details.of(escalations.find(raised).orElseThrow()));
    }

    @GetMapping("/api/escalations/{id}")
    @Operation(summary = "One escalation with its history, if the caller may see it")
    Details one(@PathVariable long id) {
        return escalations.find(new EscalationId(id)).map(Details::of).orElseThrow(NotFoundException::new);
    }

    @PatchMapping("/api/escalations/{id}")
    @Operation(summary = "Answer an escalation or change its status; 404 for one the caller may not see")
    Details change(@PathVariable long id, @Valid @RequestBody ChangeRequest request) {
        return escalations.change(new EscalationId(id), new EscalationChange(request.status(), request.message()))
                .map(Details::of).orElseThrow(NotFoundException::new);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new dev.partnerportal.shared.RuleViolation(dev.partnerportal.escalation.EscalationError.ATTACHMENT_TYPE_REFUSED);
        }
    }
}
