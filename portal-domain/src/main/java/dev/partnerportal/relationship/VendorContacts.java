package dev.partnerportal.relationship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Vendor contacts of every partner. */
interface VendorContacts extends JpaRepository<VendorContact, Long> {

    List<VendorContact> findByOrganizationId(Long organizationId);

    List<VendorContact> findByOrganizationIdIn(Collection<Long> organizationIds);

    Optional<VendorContact> findByOrganizationIdAndFunction(Long organizationId, VendorFunction function);
}
