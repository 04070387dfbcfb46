package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CompanyNpsH2Test extends CompanyNpsContract {
}
