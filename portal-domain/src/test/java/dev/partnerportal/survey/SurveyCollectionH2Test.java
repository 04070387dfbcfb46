package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SurveyCollectionH2Test extends SurveyCollectionContract {
}
