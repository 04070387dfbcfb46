package dev.partnerportal.staff;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PartnerManagersH2Test extends PartnerManagersContract {
}
