package dev.partnerportal.partner;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OrganizationProfilesH2Test extends OrganizationProfilesContract {
}
