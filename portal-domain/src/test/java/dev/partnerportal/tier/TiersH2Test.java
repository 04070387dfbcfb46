package dev.partnerportal.tier;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TiersH2Test extends TiersContract {
}
