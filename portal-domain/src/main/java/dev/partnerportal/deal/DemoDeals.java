package dev.partnerportal.deal;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: deals in every stage across the demo partners. Northwind's approved Blue Yonder Airlines deal and
 * Contoso's later registration of the same customer are the conflicting pair the manager's review shows;
 * Fabrikam's protection ends within the reminder window and asks for an extension; Litware ran into a direct
 * account. Co-selling requests wait on two deals. Nothing happens on a database that already has deals.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoDeals implements ApplicationRunner {

    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final DealRegistrations registrations;
    private final DirectAccounts directAccounts;
    private final ConflictCheck conflicts;
    private final CoSellingRequests coSelling;
    private final DealTerms terms;
    private final Clock clock;

    DemoDeals(PartnerRegistry organizations, UserAccounts users, DealRegistrations registrations,
              DirectAccounts directAccounts, ConflictCheck conflicts, CoSellingRequests coSelling, DealTerms terms,
              Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.registrations = registrations;
        this.directAccounts = directAccounts;
        this.conflicts = conflicts;
        this.coSelling = coSelling;
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (registrations.count() > 0 || directAccounts.count() > 0) {
            return;
        }
        var manager = users.findByEmail("manager@vendor.test").map(UserAccount::id).map(UserId::value).orElse(null);
        var admin = users.findByEmail("admin@vendor.test").map(UserAccount::id).map(UserId::value).orElse(manager);
        if (admin == null) {
            return;
        }
        var today = LocalDate.now(clock);
        directAccounts.save(new DirectAccount("Wingtip Toys", CustomerIdentity.nameKey("Wingtip Toys"), "wingtiptoys.com",
                today.plusYears(1), admin, clock.instant()));
        directAccounts.save(new DirectAccount("Graphic Design Institute", CustomerIdentity.nameKey("Graphic Design Institute"),
                "graphicdesigninstitute.com", today.plusMonths(8), admin, clock.instant()));
        long decider = manager == null ? admin : manager;

        var blueYonder = deal("Northwind Traders", "Blue Yonder Airlines", "blueyonderairlines.com", "US",
                "Analytics Cloud,Data Connectors", "120000", "USD", 60, DealStage.PROPOSAL, 30);
        approve(blueYonder, decider, 29, "Named account in the partner's territory.");
        request(blueYonder, CoSellingKind.DEMO, "Live demo of the analytics dashboards for the customer's CFO.", 10, manager);
        deal("Northwind Traders", "Margie's Travel", "margiestravel.com", "GB", "Analytics Cloud", "38000", "GBP", 75,
                DealStage.QUALIFIED, 2);
        var trey = deal("Northwind Traders", "Trey Research", "treyresearch.net", "DE", "Data Connectors", "45000", "EUR",
                10, DealStage.NEGOTIATION, 80);
        approve(trey, decider, 78, null);
        trey.moveTo(DealStage.WON, new BigDecimal("47500.00"), null, today.minusDays(20));
        deal("Contoso Ltd", "Blue Yonder Airlines Inc.", "https://www.blueyonderairlines.com", "US", "Analytics Cloud",
                "95000", "USD", 90, DealStage.PROSPECTING, 1);
        var coho = deal("Fabrikam Inc", "Coho Winery", "cohowinery.com", "US", "Edge Gateway", "64000", "USD", 20,
                DealStage.NEGOTIATION, terms.protectionDays() - 9);
        approve(coho, decider, terms.protectionDays() - 10, null);
        coho.requestExtension("The customer's board decides next month; we need the protection until then.",
                clock.instant().minus(Duration.ofDays(1)), today);
        request(coho, CoSellingKind.SOLUTIONS_ENGINEER, "Edge Gateway sizing call with the customer's IT team.", 5, null);
        var lucerne = deal("Tailspin Toys", "Lucerne Publishing", "lucernepublishing.com", "AU", "Analytics Cloud",
                "22000", "AUD", 30, DealStage.PROPOSAL, 60);
        approve(lucerne, decider, 58, null);
        lucerne.moveTo(DealStage.LOST, null, "The customer extended its current contract for another year.", today.minusDays(12));
        var southridge = deal("Adventure Works", "Southridge Video", "southridgevideo.com", "FR", "Analytics Cloud,Edge Gateway",
                "210000", "EUR", 120, DealStage.PROSPECTING, 6);
        approve(southridge, decider, 5, "Strategic logo for EMEA.");
        request(southridge, CoSellingKind.EXECUTIVE_SPONSOR, "An executive sponsor for the kick-off with the customer's CEO.",
                21, null);
        var gdi = deal("Litware Inc", "Graphic Design Institute", "graphicdesigninstitute.com", "HU", "Analytics Cloud",
                "18000", "EUR", 45, DealStage.QUALIFIED, 14);
        gdi.reject(decider, "The customer is a direct account of our own team.", clock.instant().minus(Duration.ofDays(13)));
        deal("Wide World Importers", "Alpine Ski House", "alpineskihouse.com", "MX", "Data Connectors", "15000", "USD", 50,
                DealStage.PROSPECTING, 3);
    }

    private @Nullable DealRegistration deal(String organization, String company, String domain, String country,
                                            String products, String value, String currency, int closesInDays,
                                            DealStage stage, int submittedDaysAgo) {
        var org = organizations.findByName(organization).orElse(null);
        if (org == null) {
            return null;
        }
        conflicts.lock();
        var by = person(org.organizationId());
        var registration = registrations.saveAndFlush(new DealRegistration(org.id(), by, company,
                CustomerIdentity.nameKey(company), CustomerIdentity.domain(domain).orElseThrow(), country, products,
                new BigDecimal(value).setScale(2), currency, LocalDate.now(clock).plusDays(closesInDays), stage, null,
                clock.instant().minus(Duration.ofDays(submittedDaysAgo))));
        conflicts.record(registration);
        return registration;
    }

    private void approve(@Nullable DealRegistration registration, long by, int daysAgo, @Nullable String reason) {
        if (registration != null) {
            registration.approve(by, reason, clock.instant().minus(Duration.ofDays(daysAgo)),
                    LocalDate.now(clock).minusDays(daysAgo).plusDays(terms.protectionDays()));
        }
    }

    private void request(@Nullable DealRegistration registration, CoSellingKind kind, String notes, int inDays,
                         @Nullable Long assignee) {
        if (registration == null) {
            return;
        }
        var request = new CoSellingRequest(registration.getId(), kind, notes, LocalDate.now(clock).plusDays(inDays),
                registration.getRegisteredBy(), clock.instant().minus(Duration.ofDays(2)));
        if (assignee != null) {
            request.assign(assignee, clock.instant().minus(Duration.ofDays(1)));
        }
        coSelling.save(request);
    }

    private @Nullable Long person(OrganizationId organization) {
        return users.enabledWithRoles(List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER)).stream()
                .filter(user -> organization.equals(user.organization())).findFirst()
                .map(UserAccount::id).map(UserId::value).orElse(null);
    }
}
