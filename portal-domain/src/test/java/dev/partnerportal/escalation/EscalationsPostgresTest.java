package dev.partnerportal.escalation;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class EscalationsPostgresTest extends EscalationsContract {
}
