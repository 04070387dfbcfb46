package dev.partnerportal.training;

import dev.partnerportal.ContentTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
class TrainingAuthoringH2Test extends TrainingAuthoringContract {
}
