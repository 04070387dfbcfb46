package dev.partnerportal.relationship;

import static dev.partnerportal.relationship.Department.FINANCE;
import static dev.partnerportal.relationship.Department.LEADERSHIP;
import static dev.partnerportal.relationship.Department.MARKETING;
import static dev.partnerportal.relationship.Department.SALES;
import static dev.partnerportal.relationship.Department.TECHNICAL;
import static dev.partnerportal.relationship.TouchpointKind.BUSINESS_REVIEW;
import static dev.partnerportal.relationship.TouchpointKind.CALL;
import static dev.partnerportal.relationship.TouchpointKind.EMAIL;
import static dev.partnerportal.relationship.TouchpointKind.MEETING;
import static dev.partnerportal.relationship.TouchpointKind.WORKSHOP;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: teams, cadences and touchpoints that tell each demo partner's story (Northwind broad and regular,
 * Contoso new, Fabrikam drifting into a vendor relationship, Tailspin steady but narrow, Adventure Works
 * strategic, Wide World quiet, Litware recovering). Organizations that do not exist are skipped; one that has
 * a team or cadence already is left alone.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoRelationships implements ApplicationRunner {

    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final VendorContacts vendorContacts;
    private final PartnerContacts partnerContacts;
    private final CadenceAgreements cadences;
    private final Touchpoints touchpoints;
    private final Clock clock;

    DemoRelationships(PartnerRegistry organizations, UserAccounts users, VendorContacts vendorContacts,
                      PartnerContacts partnerContacts, CadenceAgreements cadences, Touchpoints touchpoints, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.vendorContacts = vendorContacts;
        this.partnerContacts = partnerContacts;
        this.cadences = cadences;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var mona = staff("manager@vendor.test");
        var ada = staff("admin@vendor.test");
        var eddie = staff("editor@vendor.test");
        if (mona == null || ada == null || eddie == null) {
            return;
        }
        story("Northwind Traders", p -> {
            p.vendor(VendorFunction.SALES, mona).vendor(VendorFunction.SUPPORT, eddie).vendor(VendorFunction.MARKETING, eddie)
                    .vendor(VendorFunction.SOLUTIONS_ENGINEERING, ada).vendor(VendorFunction.EXECUTIVE_SPONSOR, ada);
            long alice = p.contact(LEADERSHIP, "Alice Northwind", "Managing Director", "alice@northwind.test");
            long bob = p.contact(TECHNICAL, "Bob Northwind", "Lead Engineer", "bob@northwind.test");
            long nadia = p.contact(SALES, "Nadia Haddad", "Sales Director", null);
            long omar = p.contact(MARKETING, "Omar Farouk", "Marketing Lead", null);
            long lena = p.contact(FINANCE, "Lena Park", "Controller", null);
            p.cadence(CALL, 4, 200).cadence(BUSINESS_REVIEW, 13, 200);
            p.touchpoint(BUSINESS_REVIEW, 20, Set.of(Topic.STRATEGY, Topic.PIPELINE, Topic.PRODUCT_FEEDBACK), List.of(alice, nadia, lena),
                    List.of(mona, ada), "Reviewed Q3 pipeline; Northwind wants the retail cheat sheets in Arabic.",
                    new NextStepForm("Send the retail cheat sheets in Arabic", "Mona Manager", Side.VENDOR, p.day(-10)));
            p.touchpoint(CALL, 8, Set.of(Topic.PIPELINE, Topic.ENABLEMENT), List.of(bob, omar), List.of(mona),
                    "Two new retail deals; Bob's team starts the advanced course.");
            p.touchpoint(CALL, 36, Set.of(Topic.PIPELINE), List.of(nadia), List.of(mona), "Pipeline on track for the quarter.");
            p.touchpoint(CALL, 64, Set.of(Topic.PRODUCT_FEEDBACK), List.of(bob), List.of(mona, eddie), "Beta feedback on the reporting API.");
            p.touchpoint(BUSINESS_REVIEW, 110, Set.of(Topic.STRATEGY, Topic.RENEWAL), List.of(alice, lena), List.of(mona, ada),
                    "Agreed the retail expansion into the Gulf.");
        });
        story("Contoso Ltd", p -> {
            p.vendor(VendorFunction.SUPPORT, eddie);
            long carol = p.contact(LEADERSHIP, "Carol Contoso", "Founder", "carol@contoso.test");
            p.contact(TECHNICAL, "Dev Patel", "Solutions Architect", null);
            p.cadence(CALL, 2, 10);
            p.touchpoint(MEETING, 7, Set.of(Topic.STRATEGY, Topic.ENABLEMENT), List.of(carol), List.of(mona),
                    "Kickoff: what Contoso wants from the program in its first quarter.",
                    new NextStepForm("Finish the onboarding steps", "Carol Contoso", Side.PARTNER, p.day(-14)));
        });
        story("Fabrikam Inc", p -> {
            long frank = p.contact(SALES, "Frank Miller", "Account Executive", null);
            p.cadence(CALL, 4, 300).cadence(BUSINESS_REVIEW, 13, 300);
            p.touchpoint(CALL, 122, Set.of(Topic.RENEWAL), List.of(frank), List.of(mona), "Renewal terms only; no time for the roadmap.",
                    new NextStepForm("Send the renewal quote", "Mona Manager", Side.VENDOR, p.day(100)),
                    new NextStepForm("Confirm the seat count", "Frank Miller", Side.PARTNER, p.day(95)));
            p.touchpoint(EMAIL, 210, Set.of(Topic.RENEWAL), List.of(frank), List.of(mona), "Renewal reminder.");
        });
        story("Tailspin Toys", p -> {
            p.vendor(VendorFunction.SALES, mona);
            long tina = p.contact(SALES, "Tina Lee", "Channel Sales Manager", null);
            long sam = p.contact(SALES, "Sam Wu", "Inside Sales", null);
            p.cadence(CALL, 4, 180);
            for (int daysAgo : new int[] {5, 33, 61, 89, 117}) {
                p.touchpoint(CALL, daysAgo, Set.of(Topic.PIPELINE), List.of(tina, sam), List.of(mona), "Monthly pipeline call.");
            }
        });
        story("Adventure Works", p -> {
            p.vendor(VendorFunction.SALES, mona).vendor(VendorFunction.SUPPORT, eddie).vendor(VendorFunction.SOLUTIONS_ENGINEERING, ada)
                    .vendor(VendorFunction.EXECUTIVE_SPONSOR, ada);
            long ana = p.contact(LEADERSHIP, "Ana Sousa", "CEO", null);
            long tom = p.contact(TECHNICAL, "Tom Berger", "CTO", null);
            long mia = p.contact(SALES, "Mia Rossi", "VP Sales", null);
            long ivo = p.contact(MARKETING, "Ivo Novak", "Partner Marketing", null);
            p.contact(FINANCE, "Eva Lund", "Finance Manager", null);
            p.cadence(CALL, 2, 365).cadence(BUSINESS_REVIEW, 13, 365).cadence(WORKSHOP, 13, 365);
            for (int daysAgo : new int[] {3, 17, 31, 45, 59, 73, 87}) {
                p.touchpoint(CALL, daysAgo, Set.of(Topic.PIPELINE), List.of(mia, tom), List.of(mona), "Fortnightly deal review.");
            }
            p.touchpoint(BUSINESS_REVIEW, 40, Set.of(Topic.STRATEGY, Topic.PIPELINE, Topic.PRODUCT_FEEDBACK), List.of(ana, mia, ivo),
                    List.of(mona, ada), "Joint plan for the EMEA public sector push.",
                    new NextStepForm("Co-fund the public sector campaign", "Ivo Novak", Side.PARTNER, p.day(-20)));
            p.touchpoint(WORKSHOP, 60, Set.of(Topic.ENABLEMENT, Topic.PRODUCT_FEEDBACK), List.of(tom), List.of(ada, eddie),
                    "Architecture workshop on the new integration platform.");
        });
        story("Wide World Importers", p -> {
            long wendy = p.contact(SALES, "Wendy Cruz", "Owner", null);
            p.touchpoint(EMAIL, 70, Set.of(Topic.PIPELINE), List.of(wendy), List.of(mona), "Asked about the referral fee schedule.");
        });
        story("Litware Inc", p -> {
            p.vendor(VendorFunction.SALES, mona).vendor(VendorFunction.EXECUTIVE_SPONSOR, ada);
            long lars = p.contact(LEADERSHIP, "Lars Berg", "Managing Partner", null);
            long lina = p.contact(SALES, "Lina Okafor", "Head of Sales", null);
            p.contact(TECHNICAL, "Leo Tan", "Delivery Lead", null);
            p.cadence(CALL, 4, 20).cadence(BUSINESS_REVIEW, 13, 20);
            p.touchpoint(BUSINESS_REVIEW, 14, Set.of(Topic.STRATEGY, Topic.PIPELINE), List.of(lars, lina), List.of(mona, ada),
                    "Restart: new plan approved, monthly calls again.",
                    new NextStepForm("Name a technical lead for the first project", "Lars Berg", Side.PARTNER, p.day(-7)));
            p.touchpoint(CALL, 150, Set.of(Topic.RENEWAL), List.of(lina), List.of(mona), "Renewal call; little else discussed.");
        });
    }

    private @Nullable UserId staff(String email) {
        return users.findByEmail(email).map(UserAccount::id).orElse(null);
    }

    private void story(String name, java.util.function.Consumer<Story> script) {
        organizations.findByName(name)
                .filter(organization -> partnerContacts.findByOrganizationIdOrderByDepartmentAscNameAsc(organization.id()).isEmpty()
                        && cadences.findByOrganizationIdOrderByKind(organization.id()).isEmpty())
                .ifPresent(organization -> script.accept(new Story(organization.organizationId())));
    }

    /** One organization's story, written in days before today. */
    private final class Story {

        private final OrganizationId organization;
        private final LocalDate today = LocalDate.now(clock);

        Story(OrganizationId organization) {
            this.organization = organization;
        }

        LocalDate day(int daysAgo) {
            return today.minusDays(daysAgo);
        }

        Story vendor(VendorFunction function, UserId person) {
            vendorContacts.save(new VendorContact(organization, function, person, "+1 555 0100"));
            return this;
        }

        long contact(Department department, String name, String title, @Nullable String email) {
            var account = email == null ? null : users.findByEmail(email).map(UserAccount::id).orElse(null);
            var address = email != null ? email
                    : name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@partner.example";
            return partnerContacts.save(new PartnerContact(organization,
                    new PartnerContactForm(department, name, title, address, null, account))).id();
        }

        Story cadence(TouchpointKind kind, int everyWeeks, int agreedDaysAgo) {
            cadences.save(new CadenceAgreement(organization, new CadenceEntry(kind, everyWeeks), day(agreedDaysAgo)));
            return this;
        }

        void touchpoint(TouchpointKind kind, int daysAgo, Set<Topic> topics, List<Long> contacts, List<UserId> staff,
                        String notes, NextStepForm... nextSteps) {
            var steps = new ArrayList<>(List.of(nextSteps));
            var form = new TouchpointForm(kind, day(daysAgo), topics, null, notes, Set.copyOf(staff), Set.copyOf(contacts), steps);
            touchpoints.save(new Touchpoint(organization, form, staff.getFirst(), clock.instant(), today));
        }
    }
}
