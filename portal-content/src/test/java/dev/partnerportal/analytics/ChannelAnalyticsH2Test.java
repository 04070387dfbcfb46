package dev.partnerportal.analytics;

import dev.partnerportal.ContentTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
class ChannelAnalyticsH2Test extends ChannelAnalyticsContract {
}
