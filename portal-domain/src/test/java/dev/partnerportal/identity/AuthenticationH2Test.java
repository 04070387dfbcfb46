package dev.partnerportal.identity;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AuthenticationH2Test extends AuthenticationContract {
}
