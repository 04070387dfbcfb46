package dev.partnerportal.partner;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PartnerDirectoryH2Test extends PartnerDirectoryContract {
}
