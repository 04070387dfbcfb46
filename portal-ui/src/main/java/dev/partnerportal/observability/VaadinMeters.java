package dev.partnerportal.observability;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code portal.vaadin.sessions} and {@code portal.vaadin.uis}: the Vaadin sessions and the open UIs (browser tabs)
 * this node holds in memory, which is what sticky sessions pin to it.
 */
@Component
class VaadinMeters implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions held by this node").register(registry);
        Gauge.builder("portal.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this node").register(registry);
    }
}
