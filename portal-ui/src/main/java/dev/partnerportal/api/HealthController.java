package dev.partnerportal.api;

import dev.partnerportal.health.ComponentHealth;
import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReason;
import dev.partnerportal.health.OrganizationHealth;
import dev.partnerportal.health.Practice;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.shared.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Relationship health. Administrators and channel managers read the partners they may see; partner people read
 * their own organization's, read-only; any other id answers 404.
 */
@RestController
@Tag(name = "Relationship health")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class HealthController {

    private final RelationshipHealth health;

    HealthController(RelationshipHealth health) {
        this.health = health;
    }

    @GetMapping("/api/organizations/{id}/health")
    @Operation(summary = "An organization's health score, its components with raw numbers and reasons, the "
            + "partner practices present or missing, and the trend of the last 12 snapshots")
    HealthBody health(@PathVariable long id) {
        return health.of(OrganizationId.of(id)).map(HealthBody::of).orElseThrow(NotFoundException::new);
    }

    /** The answer: reasons and fact labels are translation keys with arguments, as the UI shows them. */
    record HealthBody(long organizationId, String name, LocalDate asOf, int score,
                      @Schema(description = "The component that costs the most points; null for a perfect score")
                      @Nullable HealthComponent mainReason,
                      List<ComponentBody> components, Map<Practice, Practice.PracticeState> practices,
                      List<OrganizationHealth.SnapshotPoint> trend) {

        static HealthBody of(OrganizationHealth health) {
            return new HealthBody(health.organization().value(), health.name(), health.asOf(), health.health().score(),
                    health.health().mainReason().map(ComponentHealth::component).orElse(null),
                    health.health().components().stream().map(ComponentBody::of).toList(), health.practices(),
                    health.trend());
        }
    }

    record ComponentBody(HealthComponent component, boolean measured, int score, int weight, double pointsLost,
                         List<HealthFact> facts, List<HealthReason> reasons) {

        static ComponentBody of(ComponentHealth component) {
            return new ComponentBody(component.component(), component.measured(), component.score(), component.weight(),
                    component.pointsLost(), component.facts(), component.reasons());
        }
    }
}
