package dev.partnerportal.staff;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StaffDirectoryH2Test extends StaffDirectoryContract {
}
