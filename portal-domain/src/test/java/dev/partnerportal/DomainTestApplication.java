package dev.partnerportal;

import dev.partnerportal.testsupport.TestClockConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The domain module on its own, with method security on as in the application. Also a test component, so
 * that the application's component scan skips it when the domain's test classes are on its classpath.
 */
@SpringBootApplication
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import(TestClockConfiguration.class)
public class DomainTestApplication {
}
