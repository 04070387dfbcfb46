package dev.partnerportal.plan;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class JointPlansH2Test extends JointPlansContract {
}
