package dev.partnerportal.certification;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns award rows into {@link HeldCertification}s, looking each person, organization and definition up once. */
@Component
class AwardViews {

    private final CertificationDefinitions definitions;
    private final UserAccounts users;
    private final PartnerRegistry organizations;

    AwardViews(CertificationDefinitions definitions, UserAccounts users, PartnerRegistry organizations) {
        this.definitions = definitions;
        this.users = users;
        this.organizations = organizations;
    }

    List<HeldCertification> of(List<CertificationAward> awards, LocalDate today) {
        var certifications = new HashMap<Long, Certification>();
        var people = new HashMap<Long, UserAccount>();
        var orgs = new HashMap<Long, OrganizationSummary>();
        return awards.stream().map(award -> of(award, today, certifications, people, orgs)).toList();
    }

    /** The ids of people whose name or e-mail address contains {@code text}, for the holder filter. */
    java.util.Set<Long> holdersMatching(String text) {
        return users.idsMatching(text);
    }

    HeldCertification of(CertificationAward award, LocalDate today) {
        return of(award, today, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private HeldCertification of(CertificationAward award, LocalDate today, Map<Long, Certification> certifications,
                                 Map<Long, UserAccount> people, Map<Long, OrganizationSummary> orgs) {
        var certification = certifications.computeIfAbsent(award.definitionId(),
                id -> definitions.findById(id).orElseThrow().view());
        var holder = people.computeIfAbsent(award.userId(), id -> users.find(new UserId(id)).orElseThrow());
        var organization = orgs.computeIfAbsent(award.organizationId(), id -> organizations.find(new OrganizationId(id)).orElseThrow());
        return new HeldCertification(CertificationAwardId.of(award.id()), certification, award.userId(),
                holder.displayName(), holder.email(), award.organizationId(), organization.name(),
                award.verificationCode(), award.issuedOn(), award.expiresOn(), award.awardedAt(), award.status(today),
                award.revokedReason());
    }
}
