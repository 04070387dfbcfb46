package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SurveyLanguagesH2Test extends SurveyLanguagesContract {
}
