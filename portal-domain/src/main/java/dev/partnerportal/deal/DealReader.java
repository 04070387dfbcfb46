package dev.partnerportal.deal;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns rows into what callers see, with the names of organizations and people. Checks no caller. */
@Component
class DealReader {

    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final DealRegistrations registrations;
    private final ConflictRecords conflicts;
    private final DirectAccounts directAccounts;
    private final CoSellingRequests coSelling;
    private final Clock clock;

    DealReader(PartnerRegistry organizations, UserAccounts users, DealRegistrations registrations,
               ConflictRecords conflicts, DirectAccounts directAccounts, CoSellingRequests coSelling, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.registrations = registrations;
        this.conflicts = conflicts;
        this.directAccounts = directAccounts;
        this.coSelling = coSelling;
        this.clock = clock;
    }

    DealSummary summary(DealRegistration r) {
        var today = LocalDate.now(clock);
        return new DealSummary(new DealRegistrationId(r.getId()), r.getOrganizationId(), organizationName(r.getOrganizationId()),
                r.getCustomerCompany(), r.getCustomerDomain(), r.getCountry(), r.getProducts(), r.getEstimatedValue(),
                r.getCurrency(), r.getExpectedClose(), r.getStage(), r.getStatus(), r.getSubmittedAt(),
                r.getDecisionReason(), r.getProtectedUntil(), r.protectedOn(today), r.isExtensionRequested(),
                r.getExtensionReason(), r.getFinalAmount(), r.getLostReason(), r.getClosedOn(), r.getNotes(),
                name(r.getRegisteredBy()));
    }

    /** The detail; conflicts only when {@code staff}: a partner never learns who else registered the customer. */
    DealDetail detail(DealRegistration r, boolean staff) {
        var summary = summary(r);
        var requests = coSelling.findByRegistrationIdOrderByRequestedAtAscIdAsc(r.getId()).stream()
                .map(c -> coSelling(c, summary)).toList();
        return new DealDetail(summary, requests, staff ? conflicts(r) : List.of());
    }

    private List<DealConflict> conflicts(DealRegistration r) {
        return conflicts.findByRegistrationIdOrderById(r.getId()).stream().map(c -> {
            if (c.getOtherRegistrationId() != null) {
                var other = registrations.findById(c.getOtherRegistrationId()).orElseThrow();
                return new DealConflict(c.getMatchedOn(), new DealRegistrationId(other.getId()),
                        organizationName(other.getOrganizationId()), other.getCustomerCompany(), other.getCustomerDomain(),
                        other.getStatus(), other.getProtectedUntil());
            }
            var account = c.getDirectAccountId() == null ? null : directAccounts.findById(c.getDirectAccountId()).orElse(null);
            var name = account != null ? account.getCompany() : c.getDirectAccountName() == null ? "" : c.getDirectAccountName();
            return new DealConflict(c.getMatchedOn(), null, "", name, account == null ? "" : account.getCustomerDomain(),
                    null, account == null ? null : account.getProtectedUntil());
        }).toList();
    }

    CoSellingView coSelling(CoSellingRequest c) {
        return coSelling(c, summary(registrations.findById(c.getRegistrationId()).orElseThrow()));
    }

    private CoSellingView coSelling(CoSellingRequest c, DealSummary deal) {
        return new CoSellingView(new CoSellingRequestId(c.getId()), deal.id(), deal.organizationName(),
                deal.customerCompany(), c.getKind(), c.getNotes(), c.getWantedOn(), c.getStatus(),
                name(c.getRequestedBy()), c.getRequestedAt(), c.getAssignee() == null ? null : name(c.getAssignee()),
                c.getDeclineReason());
    }

    DirectAccountView directAccount(DirectAccount a) {
        return new DirectAccountView(a.getId(), a.getCompany(), a.getCustomerDomain(), a.getProtectedUntil(),
                name(a.getAddedBy()));
    }

    String organizationName(long organization) {
        return organizations.find(new OrganizationId(organization)).map(OrganizationSummary::name).orElse("");
    }

    String name(@Nullable Long user) {
        return user == null ? "" : users.find(new UserId(user)).map(UserAccount::displayName).orElse("");
    }
}
