package dev.partnerportal.setup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.demo.*}: demo mode seeds sample organizations and accounts on first start.
 * {@code portal.bootstrap.*}: the first administrator when the database has none (production).
 */
@ConfigurationProperties("portal")
public record SetupProperties(Demo demo, Bootstrap bootstrap) {

    public SetupProperties {
        demo = demo == null ? new Demo(false, null) : demo;
        bootstrap = bootstrap == null ? new Bootstrap(null, null, null) : bootstrap;
    }

    public record Demo(boolean enabled, @Nullable String password) {
    }

    public record Bootstrap(@Nullable String adminEmail, @Nullable String adminPassword, @Nullable String adminName) {
    }
}
