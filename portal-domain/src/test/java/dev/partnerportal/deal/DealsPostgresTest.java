package dev.partnerportal.deal;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class DealsPostgresTest extends DealsContract {
}
