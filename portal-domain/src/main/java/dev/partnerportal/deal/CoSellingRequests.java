package dev.partnerportal.deal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoSellingRequests extends JpaRepository<CoSellingRequest, Long> {

    List<CoSellingRequest> findByRegistrationIdOrderByRequestedAtAscIdAsc(long registrationId);

    List<CoSellingRequest> findByStatusInOrderByWantedOnAscIdAsc(Collection<CoSellingStatus> statuses);
}
