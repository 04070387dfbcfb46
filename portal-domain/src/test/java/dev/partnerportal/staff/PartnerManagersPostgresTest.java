package dev.partnerportal.staff;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class PartnerManagersPostgresTest extends PartnerManagersContract {
}
