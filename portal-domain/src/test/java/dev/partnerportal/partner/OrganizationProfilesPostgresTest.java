package dev.partnerportal.partner;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class OrganizationProfilesPostgresTest extends OrganizationProfilesContract {
}
