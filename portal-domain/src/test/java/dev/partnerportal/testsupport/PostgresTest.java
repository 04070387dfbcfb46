package dev.partnerportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** Runs a {@code @SpringBootTest} against a real (embedded) PostgreSQL instead of the default H2. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresTest {
}
