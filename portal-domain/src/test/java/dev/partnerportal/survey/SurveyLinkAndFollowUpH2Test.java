package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SurveyLinkAndFollowUpH2Test extends SurveyLinkAndFollowUpContract {
}
