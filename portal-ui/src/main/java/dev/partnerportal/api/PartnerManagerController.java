package dev.partnerportal.api;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.staff.PartnerManagers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Assigning an organization's partner manager. */
@RestController
@Tag(name = "Organizations")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class PartnerManagerController {

    private final PartnerManagers managers;

    PartnerManagerController(PartnerManagers managers) {
        this.managers = managers;
    }

    record Assignment(@NotNull Long managerId, @NotBlank @Size(max = PartnerManagers.REASON_MAX_LENGTH) String reason) {
    }

    record Assigned(long organizationId, StaffController.Staff manager) {
    }

    @PutMapping("/api/organizations/{id}/manager")
    @Operation(summary = "Assign or reassign an organization's partner manager, with a reason (administrators)",
            description = "The manager is an active channel manager or administrator. The reason goes into the audit log.")
    Assigned assign(@PathVariable long id, @Valid @RequestBody Assignment assignment) {
        return managers.assign(OrganizationId.of(id), new UserId(assignment.managerId()), assignment.reason())
                .map(manager -> new Assigned(id, StaffController.Staff.of(manager)))
                .orElseThrow(NotFoundException::new);
    }
}
