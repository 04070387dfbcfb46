package dev.partnerportal.api;

import dev.partnerportal.identity.AccountService;
import dev.partnerportal.partner.PartnerDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the bearer of the token is. */
@RestController
@Tag(name = "Account")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class MeController {

    private final AccountService accounts;
    private final PartnerDirectory directory;

    MeController(AccountService accounts, PartnerDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    record Me(String username, String displayName, List<String> roles, @Nullable Organization organization) {
    }

    record Organization(long id, String name, String tier) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "The caller's username, roles and organization")
    Me me() {
        var profile = accounts.myProfile();
        var organization = profile.organization() == null ? null : directory.find(profile.organization())
                .map(o -> new Organization(o.id(), o.name(), o.tierCode()))
                .orElse(null);
        return new Me(profile.email(), profile.displayName(), List.of(profile.role().name()), organization);
    }
}
