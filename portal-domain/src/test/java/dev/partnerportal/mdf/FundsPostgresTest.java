package dev.partnerportal.mdf;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class FundsPostgresTest extends FundsContract {
}
