package dev.partnerportal.content;

import dev.partnerportal.testsupport.PostgresTest;
import dev.partnerportal.ContentTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
@PostgresTest
class ContentWorkflowPostgresTest extends ContentWorkflowContract {
}
