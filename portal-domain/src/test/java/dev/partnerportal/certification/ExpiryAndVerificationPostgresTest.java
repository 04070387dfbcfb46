package dev.partnerportal.certification;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class ExpiryAndVerificationPostgresTest extends ExpiryAndVerificationContract {
}
