package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SurveyResultsH2Test extends SurveyResultsContract {
}
