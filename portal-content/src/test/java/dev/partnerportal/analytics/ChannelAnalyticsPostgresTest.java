package dev.partnerportal.analytics;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
@PostgresTest
class ChannelAnalyticsPostgresTest extends ChannelAnalyticsContract {
}
