package dev.partnerportal.partner;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and program tiers for other features' services, demo data and event listeners. It checks no
 * caller: whoever uses it has authorized the work already; views use {@link PartnerDirectory} instead.
 */
@Component
@Transactional(readOnly = true)
public class PartnerRegistry {

    private final PartnerOrganizations organizations;
    private final PartnerTiers tiers;

    PartnerRegistry(PartnerOrganizations organizations, PartnerTiers tiers) {
        this.organizations = organizations;
        this.tiers = tiers;
    }

    /** The organization with this id, if there is one. */
    public Optional<OrganizationSummary> find(OrganizationId id) {
        return organizations.findSummary(id.value());
    }

    /** Those of these organizations that exist, by id, in one query. */
    public java.util.Map<OrganizationId, OrganizationSummary> find(java.util.Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var found = new java.util.HashMap<OrganizationId, OrganizationSummary>();
        organizations.findSummaries(ids.stream().map(OrganizationId::value).distinct().toList())
                .forEach(summary -> found.put(summary.organizationId(), summary));
        return found;
    }

    /**
     * The organization, read after taking its row lock for the rest of the caller's transaction, so that work
     * on one organization (a tier evaluation) takes turns and reads what the one before committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OrganizationSummary> lock(OrganizationId id) {
        return organizations.lockById(id.value()).flatMap(org -> organizations.findSummary(id.value()));
    }

    /** The organization with exactly this name, if there is one. */
    public Optional<OrganizationSummary> findByName(String name) {
        return organizations.findByName(name).flatMap(org -> organizations.findSummary(org.id().value()));
    }

    /**
     * The organization's version, raised by every committed change to it (tier, region, profile and industries
     * among them): one small read by primary key, so that a cache of what is derived from the organization can
     * tell whether it is still current, on any node. Empty when the organization does not exist.
     */
    public Optional<Long> version(OrganizationId id) {
        return organizations.findVersion(id.value());
    }

    /** True when the organization exists. */
    public boolean exists(OrganizationId id) {
        return organizations.existsById(id.value());
    }

    /** Every organization, oldest first. */
    public List<OrganizationSummary> all() {
        return organizations.findSummaries(Pageable.unpaged(Sort.by("id"))).getContent();
    }

    /** The organizations {@code manager} is partner manager of, oldest first. */
    public List<OrganizationSummary> managedBy(UserId manager) {
        return organizations.findSummariesManagedBy(manager.value(), Pageable.unpaged(Sort.by("id"))).getContent();
    }

    /** The partner manager of an organization; empty when none is assigned or the organization is unknown. */
    public Optional<UserId> partnerManager(OrganizationId id) {
        return organizations.findById(id.value()).flatMap(PartnerOrganization::getPartnerManager);
    }

    /** The partner managers of those of these organizations that have one, in one query. */
    public java.util.Map<OrganizationId, UserId> partnerManagers(java.util.Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var managers = new java.util.HashMap<OrganizationId, UserId>();
        organizations.findPartnerManagers(ids.stream().map(OrganizationId::value).toList())
                .forEach(row -> managers.put(new OrganizationId((Long) row[0]), new UserId((Long) row[1])));
        return managers;
    }

    /** The ids among these that belong to an existing organization, in one query. */
    public java.util.Set<OrganizationId> existing(java.util.Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return organizations.findAllById(ids.stream().map(OrganizationId::value).toList()).stream()
                .map(PartnerOrganization::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Assigns (or with {@code null} removes) an existing organization's partner manager. */
    @Transactional
    public void assignPartnerManager(OrganizationId id, @Nullable UserId manager) {
        organizations.findById(id.value()).orElseThrow().assignPartnerManager(manager);
    }

    /** Admits an organization into the program in the tier {@code tierCode}. */
    @Transactional
    public OrganizationSummary admit(String name, PartnerType type, String region, String tierCode, Instant now) {
        var organization = organizations.save(new PartnerOrganization(name, type, region,
                tiers.findByCode(tierCode).orElseThrow(), now));
        return organizations.findSummary(organization.id().value()).orElseThrow();
    }

    /** Moves an existing organization to another tier; the caller records why (see the tier feature). */
    @Transactional
    public void changeTier(OrganizationId id, String tierCode) {
        organizations.findById(id.value()).orElseThrow().changeTier(tiers.findByCode(tierCode).orElseThrow());
    }

    /** The industries an organization says it serves (its profile); empty when none or unknown. */
    public List<String> industries(OrganizationId id) {
        return organizations.findById(id.value()).map(org -> org.profile().industries()).orElse(List.of());
    }

    /** What an organization tells about itself (industries, products, contact); empty when unknown. */
    public java.util.Optional<OrganizationProfile> profile(OrganizationId id) {
        return organizations.findById(id.value()).map(PartnerOrganization::profile);
    }

    /** Every program tier, lowest first. */
    public List<ProgramTier> tiers() {
        return tiers.findAllByOrderByRankAsc().stream().map(ProgramTier::of).toList();
    }

    /** The tier with this code, if there is one. */
    public Optional<ProgramTier> tier(String code) {
        return tiers.findByCode(code).map(ProgramTier::of);
    }

    /** The tier with this id, if there is one. */
    public Optional<ProgramTier> tier(long id) {
        return tiers.findById(id).map(ProgramTier::of);
    }
}
