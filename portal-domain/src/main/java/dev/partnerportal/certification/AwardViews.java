package dev.partnerportal.certification;

import dev.partnerportal.identity.PortalUser;
import dev.partnerportal.identity.PortalUsers;
import dev.partnerportal.partner.PartnerOrganization;
import dev.partnerportal.partner.PartnerOrganizations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns award rows into {@link HeldCertification}s, looking each person, organization and definition up once. */
@Component
class AwardViews {

    private final CertificationDefinitions definitions;
    private final PortalUsers users;
    private final PartnerOrganizations organizations;

    AwardViews(CertificationDefinitions definitions, PortalUsers users, PartnerOrganizations organizations) {
        this.definitions = definitions;
        this.users = users;
        this.organizations = organizations;
    }

    List<HeldCertification> of(List<CertificationAward> awards, LocalDate today) {
        var certifications = new HashMap<Long, Certification>();
        var people = new HashMap<Long, PortalUser>();
        var orgs = new HashMap<Long, PartnerOrganization>();
        return awards.stream().map(award -> of(award, today, certifications, people, orgs)).toList();
    }

    HeldCertification of(CertificationAward award, LocalDate today) {
        return of(award, today, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private HeldCertification of(CertificationAward award, LocalDate today, Map<Long, Certification> certifications,
                                 Map<Long, PortalUser> people, Map<Long, PartnerOrganization> orgs) {
        var certification = certifications.computeIfAbsent(award.definitionId(),
                id -> definitions.findById(id).orElseThrow().view());
        var holder = people.computeIfAbsent(award.userId(), id -> users.findById(id).orElseThrow());
        var organization = orgs.computeIfAbsent(award.organizationId(), id -> organizations.findById(id).orElseThrow());
        return new HeldCertification(CertificationAwardId.of(award.id()), certification, award.userId(),
                holder.getDisplayName(), holder.getEmail(), award.organizationId(), organization.getName(),
                award.verificationCode(), award.issuedOn(), award.expiresOn(), award.awardedAt(), award.status(today),
                award.revokedReason());
    }
}
