package dev.partnerportal.productfeedback;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class ProductFeedbackPostgresTest extends ProductFeedbackContract {
}
