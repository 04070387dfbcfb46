package dev.partnerportal.api;

import dev.partnerportal.onboarding.Journey;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.tier.TierStanding;
import dev.partnerportal.tier.Tiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner organizations. Partners only ever see their own; every other id answers 404. */
@RestController
@Tag(name = "Organizations")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class OrganizationController {

    private final PartnerDirectory directory;
    private final OnboardingJourneys journeys;
    private final Tiers tiers;

    OrganizationController(PartnerDirectory directory, OnboardingJourneys journeys, Tiers tiers) {
        this.directory = directory;
        this.journeys = journeys;
        this.tiers = tiers;
    }

    @GetMapping("/api/organizations/{id}/onboarding")
    @Operation(summary = "An organization's onboarding journey, if the caller may see it")
    Journey onboarding(@PathVariable long id) {
        return journeys.of(OrganizationId.of(id)).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/organizations/{id}/tier")
    @Operation(summary = "An organization's tier, override and what the next tier asks for, if the caller may see it")
    TierStanding tier(@PathVariable long id) {
        return tiers.standing(OrganizationId.of(id)).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/organizations/{id}")
    @Operation(summary = "One organization, if the caller may see it")
    OrganizationSummary one(@PathVariable long id) {
        return directory.find(OrganizationId.of(id))
                .orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/organizations")
    @Operation(summary = "All organizations (administrators and channel managers)")
    PageOf<OrganizationSummary> all(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(directory.list(Paging.of(page, size, Sort.by("name"))));
    }
}
