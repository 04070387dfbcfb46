package dev.partnerportal.api;

import dev.partnerportal.identity.DuplicateAccountException;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.staff.StaffDirectory;
import dev.partnerportal.staff.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vendor's staff, for administrators: list, invite, change role, deactivate and reactivate. */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class StaffController {

    static final int MAX_PAGE_SIZE = 100;

    private final StaffDirectory staff;

    StaffController(StaffDirectory staff) {
        this.staff = staff;
    }

    /** A staff member as the API shows them. */
    record Staff(long id, String email, String name, Role role, StaffMember.Status status) {
        static Staff of(StaffMember member) {
            return new Staff(member.id().value(), member.email(), member.displayName(), member.role(), member.status());
        }
    }

    record Invitation(
            @NotBlank @Email @Size(max = UserAccount.EMAIL_MAX_LENGTH) String email,
            @NotBlank @Size(max = UserAccount.DISPLAY_NAME_MAX_LENGTH) String name,
            @NotNull Role role,
            @Schema(description = "The invitee's language tag (en, ar, hu, ko, vi): the invitation mail is written in it "
                    + "and it becomes their account's language; left out or unknown: English")
            @Nullable @Size(max = 35) String language) {
    }

    /** Either field may be left out; at least one is required. */
    record Change(@Nullable Role role, @Nullable Boolean active) {
    }

    @GetMapping("/api/staff")
    @Operation(summary = "Staff members by email, one page at a time (administrators)")
    PageOf<Staff> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation(ApiError.PAGE_OUT_OF_RANGE, MAX_PAGE_SIZE);
        }
        return PageOf.of(staff.list(PageRequest.of(page, size, Sort.by("email"))).map(Staff::of));
    }

    @PostMapping("/api/staff")
    @Operation(summary = "Invite a staff member by mail (administrators)")
    @ApiResponse(responseCode = "201", description = "Invited; the person activates the account through the mailed link")
    @ApiResponse(responseCode = "409", description = "The address already has an account")
    ResponseEntity<Staff> invite(@Valid @RequestBody Invitation invitation) {
        var language = invitation.language() == null || invitation.language().isBlank() ? null
                : Locale.forLanguageTag(invitation.language());
        var invited = staff.invite(invitation.email(), invitation.name(), invitation.role(), language);
        return ResponseEntity.created(URI.create("/api/staff/" + invited.id().value())).body(Staff.of(invited));
    }

    @PatchMapping("/api/staff/{id}")
    @Operation(summary = "Change a staff member's role and/or whether they may sign in (administrators)",
            description = "Takes effect on the person's sessions and tokens at their next request. Deactivating a "
                    + "pending invitation withdraws it (status WITHDRAWN).")
    @ApiResponse(responseCode = "409", description = "The change would leave no active administrator")
    Staff change(@PathVariable long id, @RequestBody Change change) {
        return staff.change(new UserId(id), change.role(), change.active()).map(Staff::of)
                .orElseThrow(NotFoundException::new);
    }
}
