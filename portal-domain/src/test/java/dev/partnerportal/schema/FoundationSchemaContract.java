package dev.partnerportal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The foundation migration, checked identically on H2 and PostgreSQL by the two subclasses. */
abstract class FoundationSchemaContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsTheFourProgramTiersInRankOrder() {
        assertThat(jdbc.queryForList("select code from partner_tier order by rank_order", String.class))
                .containsExactly("REGISTERED", "SILVER", "GOLD", "PLATINUM");
    }

    @Test
    void demoDataHasTwoOrganizationsInDifferentTiersAndSixAccounts() {
        assertThat(jdbc.queryForList("""
                select o.name || ':' || t.code from partner_organization o join partner_tier t on t.id = o.tier_id
                where o.name in ('Contoso Ltd', 'Northwind Traders') order by o.name""", String.class))
                .containsExactly("Contoso Ltd:REGISTERED", "Northwind Traders:GOLD");
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email like '%@vendor.test' "
                + "or email in ('alice@northwind.test', 'bob@northwind.test', 'carol@contoso.test')", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForList(
                "select u.email from partner_organization o join portal_user u on u.id = o.partner_manager_id "
                        + "where o.name in ('Contoso Ltd', 'Northwind Traders')",
                String.class)).containsExactly("manager@vendor.test", "manager@vendor.test");
    }

    @Test
    void refusesAPartnerAccountWithoutOrganizationAndChangesNothing() {
        long before = count("portal_user");

        assertThatThrownBy(() -> jdbc.update("""
                insert into portal_user (email, display_name, password_hash, role, enabled, created_at)
                values ('orphan@x.test', 'Orphan', 'x', 'PARTNER_USER', true, current_timestamp)"""))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("portal_user")).isEqualTo(before);
    }

    @Test
    void refusesAStaffAccountInsideAnOrganization() {
        long organization = jdbc.queryForObject("select min(id) from partner_organization", Long.class);

        assertThatThrownBy(() -> jdbc.update("""
                insert into portal_user (email, display_name, password_hash, role, organization_id, enabled, created_at)
                values ('staff@x.test', 'Staff', 'x', 'ADMIN', ?, true, current_timestamp)""", organization))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesADuplicateLoginName() {
        long before = count("portal_user");

        assertThatThrownBy(() -> jdbc.update("""
                insert into portal_user (email, display_name, password_hash, role, enabled, created_at)
                values ('admin@vendor.test', 'Second', 'x', 'ADMIN', true, current_timestamp)"""))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("portal_user")).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownOrganizationType() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into partner_organization (name, type, region, status, tier_id, created_at)
                values ('Bad', 'PIRATE', 'EMEA', 'ACTIVE', (select min(id) from partner_tier), current_timestamp)"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
