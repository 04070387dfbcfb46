package dev.partnerportal.mdf;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FundsH2Test extends FundsContract {
}
