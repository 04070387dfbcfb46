package dev.partnerportal.tier;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class TiersPostgresTest extends TiersContract {
}
