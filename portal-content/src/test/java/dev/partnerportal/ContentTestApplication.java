package dev.partnerportal;

import dev.partnerportal.testsupport.TestClockConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The content module with the domain below it (tests name it explicitly, because the domain's test
 * application is on the reactor classpath too), method security on as in the application. Scheduling is
 * off: tests run the scheduled jobs themselves after moving the {@link dev.partnerportal.testsupport.MutableClock}.
 */
@SpringBootApplication
@EnableMethodSecurity
@Import(TestClockConfiguration.class)
public class ContentTestApplication {
}
