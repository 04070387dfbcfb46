package dev.partnerportal.identity;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class ResetLinkRacePostgresTest extends ResetLinkRaceContract {
}
