package dev.partnerportal.deal;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DealsH2Test extends DealsContract {
}
