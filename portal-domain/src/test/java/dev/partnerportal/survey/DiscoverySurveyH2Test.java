package dev.partnerportal.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DiscoverySurveyH2Test extends DiscoverySurveyContract {
}
