package dev.partnerportal;

import dev.partnerportal.testsupport.TestClockConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The domain module on its own, with method security on as in the application. */
@SpringBootApplication
@EnableMethodSecurity
@Import(TestClockConfiguration.class)
public class DomainTestApplication {
}
