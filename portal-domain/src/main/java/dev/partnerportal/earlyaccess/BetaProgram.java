package dev.partnerportal.earlyaccess;

import dev.partnerportal.partner.PartnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An early-access program: who may take part, how many, and when. */
@Entity
@Table(name = "beta_program")
class BetaProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = BetaDraft.NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = BetaDraft.DESCRIPTION_MAX_LENGTH)
    private String description;

    /** A program tier of the partner feature, referred to by id; null admits every tier. */
    @Column(name = "minimum_tier_id")
    private @Nullable Long minimumTierId;

    /** Comma-separated partner types; empty admits every type. A handful of values needs no table of its own. */
    @Column(name = "partner_types", nullable = false, length = 100)
    private String partnerTypes;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "opened_by", nullable = false)
    private Long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected BetaProgram() {
    }

    BetaProgram(String name, String description, @Nullable Long minimumTierId, Set<PartnerType> types, int capacity,
                LocalDate startsOn, LocalDate endsOn, long openedBy, Instant openedAt) {
        this.name = name;
        this.description = description;
        this.minimumTierId = minimumTierId;
        this.partnerTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.capacity = capacity;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    BetaId id() {
        return new BetaId(id);
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    @Nullable Long minimumTierId() {
        return minimumTierId;
    }

    Set<PartnerType> partnerTypes() {
        if (partnerTypes.isBlank()) {
            return EnumSet.noneOf(PartnerType.class);
        }
        return Arrays.stream(partnerTypes.split(",")).map(PartnerType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartnerType.class)));
    }

    int capacity() {
        return capacity;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    /** True when an organization of this type and tier rank may take part ({@code minimumRank} of the minimum tier). */
    boolean admits(PartnerType type, int tierRank, @Nullable Integer minimumRank) {
        var types = partnerTypes();
        return (types.isEmpty() || types.contains(type)) && (minimumRank == null || tierRank >= minimumRank);
    }

    boolean endedBefore(LocalDate day) {
        return endsOn.isBefore(day);
    }
}
