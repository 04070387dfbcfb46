package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.sso.SsoSignIn;
import java.util.ArrayList;
import java.util.List;

/**
 * On the account page: links this password account to a provider. Going to the provider from a session signed in
 * with the password is what the portal accepts as proof that both belong to the same person.
 */
public class SsoLinkPanel extends Div {

    public SsoLinkPanel(SsoSignIn signIn, String email, boolean staff) {
        setId("sso-link");
        addClassName("portal-sso-link");
        var targets = new ArrayList<String[]>();
        if (staff) {
            signIn.staffProviders().forEach(p -> targets.add(new String[] {p.registrationId(), p.name()}));
        } else {
            signIn.registrationForEmail(email).ifPresent(id -> targets.add(new String[] {id, ""}));
        }
        setVisible(!targets.isEmpty());
        if (targets.isEmpty()) {
            return;
        }
        add(new Paragraph(getTranslation("sso.link.intro")));
        for (var target : List.copyOf(targets)) {
            var link = new Anchor("oauth2/authorization/" + target[0], target[1].isEmpty()
                    ? getTranslation("sso.link.company") : getTranslation("sso.login.staff", target[1]));
            link.setRouterIgnore(true);
            link.setId("sso-link-" + target[0]);
            add(link);
        }
    }
}
