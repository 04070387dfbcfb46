package dev.partnerportal.ui.loadprobe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The load test's probe page is not part of a portal started as shipped: its route registrar is not even a bean. */
@PortalWebTest
class LoadProbeRouteTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theProbeRouteIsOffUnlessTheLoadTestSwitchesItOn() {
        assertThat(context.getEnvironment().getProperty("portal.load.probe-view")).isNull();
        assertThat(context.getBeanNamesForType(LoadProbeRoute.class)).isEmpty();
    }
}
