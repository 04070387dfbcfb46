package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import dev.partnerportal.identity.AccountLinkException;
import java.util.Optional;

/**
 * Where a one-time link leads (invitation, password reset): if the link is still good, choose a password,
 * then sign in; otherwise one plain message that does not say why the link failed.
 */
abstract class OneTimeLinkView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final String headingKey;
    private final String submitKey;
    private final String pageTitleKey;
    private final String loginNotice;

    OneTimeLinkView(String id, String headingKey, String submitKey, String pageTitleKey, String loginNotice) {
        this.headingKey = headingKey;
        this.submitKey = submitKey;
        this.pageTitleKey = pageTitleKey;
        this.loginNotice = loginNotice;
        addClassNames("portal-page", "portal-public-page");
        setId(id);
    }

    /** The text shown above the password form, or empty when the link can no longer be used. */
    abstract Optional<String> introduction(String token);

    /** Sets the chosen password through the link; throws {@link AccountLinkException} when it is not good any more. */
    abstract void redeem(String token, String password);

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation(headingKey)));
        var introduction = introduction(token);
        if (introduction.isEmpty()) {
            showInvalid();
            return;
        }
        if (!introduction.get().isEmpty()) {
            add(new Paragraph(introduction.get()));
        }
        var form = new NewPasswordForm(getTranslation(submitKey));
        form.addChosenListener(chosen -> {
            try {
                redeem(token, chosen.password());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of(loginNotice, "")));
            } catch (AccountLinkException e) {
                removeAll();
                showInvalid();
            }
        });
        add(form);
    }

    private void showInvalid() {
        var invalid = new Paragraph(getTranslation("link.invalid"));
        invalid.setId("link-invalid");
        add(invalid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(pageTitleKey);
    }
}
