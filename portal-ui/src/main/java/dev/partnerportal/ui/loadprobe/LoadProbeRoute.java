package dev.partnerportal.ui.loadprobe;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /load-probe} (signed-in people only) when {@code portal.load.probe-view=true}; the property is
 * off unless the load test starts the portal with it.
 */
@Component
@ConditionalOnProperty(name = "portal.load.probe-view", havingValue = "true")
class LoadProbeRoute implements VaadinServiceInitListener {

    static final String PATH = "load-probe";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration.forRegistry(registry).setRoute(PATH, LoadProbeView.class);
    }
}
