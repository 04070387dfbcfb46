package dev.partnerportal.survey;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class CompanyNpsPostgresTest extends CompanyNpsContract {
}
