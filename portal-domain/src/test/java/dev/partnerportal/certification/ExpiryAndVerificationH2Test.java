package dev.partnerportal.certification;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ExpiryAndVerificationH2Test extends ExpiryAndVerificationContract {
}
