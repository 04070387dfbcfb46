package dev.partnerportal.plan;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class JointPlansPostgresTest extends JointPlansContract {
}
