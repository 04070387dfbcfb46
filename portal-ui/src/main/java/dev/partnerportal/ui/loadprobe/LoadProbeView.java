package dev.partnerportal.ui.loadprobe;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.annotation.security.PermitAll;

/**
 * One line of text and nothing else: no layout, no data. Deliberately without {@code @Route}: it is registered by
 * {@link LoadProbeRoute} only in a load-test run, so a production portal has no such page. The text is not for
 * people (no bundle); the load test finds the view by its id.
 */
@PermitAll
class LoadProbeView extends Div {

    LoadProbeView() {
        setId("load-probe");
        add(new Span("load probe"));
    }
}
