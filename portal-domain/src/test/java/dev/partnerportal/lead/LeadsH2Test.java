package dev.partnerportal.lead;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LeadsH2Test extends LeadsContract {
}
