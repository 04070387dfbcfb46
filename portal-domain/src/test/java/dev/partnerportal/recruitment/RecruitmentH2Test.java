package dev.partnerportal.recruitment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RecruitmentH2Test extends RecruitmentContract {
}
