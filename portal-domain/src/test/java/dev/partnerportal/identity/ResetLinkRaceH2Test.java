package dev.partnerportal.identity;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ResetLinkRaceH2Test extends ResetLinkRaceContract {
}
