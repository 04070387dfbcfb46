package dev.partnerportal.certification;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CertificationsH2Test extends CertificationsContract {
}
