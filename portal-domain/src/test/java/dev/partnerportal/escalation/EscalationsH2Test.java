package dev.partnerportal.escalation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class EscalationsH2Test extends EscalationsContract {
}
