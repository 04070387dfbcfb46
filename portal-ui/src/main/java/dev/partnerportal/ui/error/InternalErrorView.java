package dev.partnerportal.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when navigation fails unexpectedly: plain words and a reference, never a stack trace. */
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    final Paragraph message = new Paragraph();

    public InternalErrorView() {
        addClassNames("portal-page", "portal-error");
        setId("error-view");
        add(new H1(getTranslation("error.heading")), message, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(getTranslation("error.message", Incidents.log(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.pageTitle");
    }
}
