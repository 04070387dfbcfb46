package dev.partnerportal.relationship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Partner-side contacts of every partner. */
interface PartnerContacts extends JpaRepository<PartnerContact, Long> {

    List<PartnerContact> findByOrganizationIdOrderByDepartmentAscNameAsc(Long organizationId);

    List<PartnerContact> findByOrganizationIdIn(Collection<Long> organizationIds);
}
