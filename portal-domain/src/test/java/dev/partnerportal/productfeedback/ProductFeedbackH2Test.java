package dev.partnerportal.productfeedback;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProductFeedbackH2Test extends ProductFeedbackContract {
}
