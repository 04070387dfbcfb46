package dev.partnerportal.lead;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class LeadsPostgresTest extends LeadsContract {
}
