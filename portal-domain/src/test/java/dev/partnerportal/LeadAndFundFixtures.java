package dev.partnerportal;

import dev.partnerportal.shared.OrganizationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the cross-tenant matrix: Northwind and Contoso each get a lead offered to them (answer by 2099) and an
 * approved fund request, written straight into the tables so that no sign-in or distribution is involved.
 */
final class LeadAndFundFixtures {

    static final String COMPANY = "Matrix lead";
    static final String QUARTER = "2033-Q1";

    private LeadAndFundFixtures() {
    }

    static void create(JdbcTemplate jdbc) {
        remove(jdbc);
        var now = Timestamp.from(Instant.parse("2026-11-02T09:00:00Z"));
        var until = Timestamp.from(Instant.parse("2099-01-01T00:00:00Z"));
        for (var name : new String[] {"Northwind Traders", "Contoso Ltd"}) {
            long org = jdbc.queryForObject("select id from partner_organization where name = ?", Long.class, name);
            var lead = UUID.randomUUID();
            jdbc.update("insert into sales_lead (id, company, customer_domain, country, contact_name, contact_email, products, "
                    + "estimated_value, currency, status, offered_to, offered_at, offer_expires_at, created_at) "
                    + "values (?, ?, 'matrix-lead.example', 'DE', 'Pat Doe', 'pat@example.com', 'Analytics Suite', 100.00, 'EUR', 'OFFERED', ?, ?, ?, ?)",
                    lead, COMPANY, org, now, until, now);
            jdbc.update("insert into sales_lead_offer (lead_id, organization_id, offered_at, outcome) values (?, ?, ?, 'OPEN')",
                    lead, org, now);
            jdbc.update("insert into mdf_allocation (organization_id, fiscal_quarter, amount, reserved, currency) "
                    + "values (?, ?, 1000.00, 500.00, 'EUR')", org, QUARTER);
            long allocation = jdbc.queryForObject("select id from mdf_allocation where organization_id = ? and fiscal_quarter = ?",
                    Long.class, org, QUARTER);
            jdbc.update("insert into mdf_fund_request (id, allocation_id, organization_id, activity_type, title, activity_plan, "
                    + "cost, currency, expected_leads, starts_on, ends_on, status, requested_at) values (?, ?, ?, 'EVENT', "
                    + "'Matrix event', 'A plan.', 500.00, 'EUR', 5, DATE '2033-01-10', DATE '2033-01-11', 'APPROVED', ?)",
                    UUID.randomUUID(), allocation, org, now);
        }
    }

    static void remove(JdbcTemplate jdbc) {
        var requests = "(select id from mdf_fund_request where allocation_id in "
                + "(select id from mdf_allocation where fiscal_quarter = '" + QUARTER + "'))";
        jdbc.update("delete from mdf_claim_proof where claim_id in (select id from mdf_claim where fund_request_id in " + requests + ")");
        jdbc.update("delete from mdf_claim where fund_request_id in " + requests);
        jdbc.update("delete from mdf_fund_request where id in " + requests);
        jdbc.update("delete from mdf_allocation where fiscal_quarter = ?", QUARTER);
        jdbc.update("delete from sales_lead_offer where lead_id in (select id from sales_lead where company = ?)", COMPANY);
        jdbc.update("delete from sales_lead where company = ?", COMPANY);
    }

    static UUID lead(JdbcTemplate jdbc, OrganizationId organization) {
        return jdbc.queryForObject("select id from sales_lead where company = ? and offered_to = ?", UUID.class, COMPANY,
                organization.value());
    }

    static UUID fundRequest(JdbcTemplate jdbc, OrganizationId organization) {
        return jdbc.queryForObject("select r.id from mdf_fund_request r join mdf_allocation a on a.id = r.allocation_id "
                + "where a.fiscal_quarter = ? and r.organization_id = ?", UUID.class, QUARTER, organization.value());
    }
}
