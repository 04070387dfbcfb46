package dev.partnerportal.recruitment;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class RecruitmentPostgresTest extends RecruitmentContract {
}
