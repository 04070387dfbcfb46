package dev.partnerportal.mdf;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund requests for other features' already authorized services (a lead names the request it came from).
 * Checks no caller; views use {@link MarketDevelopmentFunds}.
 */
@Component
@Transactional(readOnly = true)
public class FundRequestRegistry {

    private final FundRequestRecords requests;

    FundRequestRegistry(FundRequestRecords requests) {
        this.requests = requests;
    }

    /** The organization whose request this is, if the request exists. */
    public Optional<Long> organizationOf(UUID fundRequestId) {
        return requests.findById(fundRequestId).map(FundRequestRecord::getOrganizationId);
    }

    /** The approved requests of an organization, newest first. */
    public List<UUID> approvedOf(long organizationId) {
        return requests.findByOrganizationIdOrderByRequestedAtDesc(organizationId).stream()
                .filter(r -> r.getStatus() == FundRequestStatus.APPROVED).map(FundRequestRecord::getId).toList();
    }
}
