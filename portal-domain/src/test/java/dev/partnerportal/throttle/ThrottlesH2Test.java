package dev.partnerportal.throttle;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ThrottlesH2Test extends ThrottlesContract {
}
