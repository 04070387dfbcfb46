package dev.partnerportal.throttle;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class ThrottlesPostgresTest extends ThrottlesContract {
}
