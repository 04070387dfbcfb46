package dev.partnerportal.ui.earlyaccess;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.partnerportal.earlyaccess.BetaSummary;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.earlyaccess.Participant;
import dev.partnerportal.earlyaccess.ParticipationStatus;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.ui.layout.Notices;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The organizations of one beta: applications to decide on, participants, and a way to invite one more. */
class ParticipantsPanel extends Div {

    private static final int INVITE_CHOICES = 500;

    private final EarlyAccess earlyAccess;
    private final BetaSummary beta;
    private final Runnable onChange;
    private final Grid<Participant> grid = new Grid<>();

    ParticipantsPanel(EarlyAccess earlyAccess, PartnerDirectory directory, BetaSummary beta, Runnable onChange) {
        this.earlyAccess = earlyAccess;
        this.beta = beta;
        this.onChange = onChange;
        addClassName("earlyaccess-participants");
        setId("beta-participants");
        grid.setId("participants-grid");
        grid.addColumn(Participant::organizationName).setHeader(getTranslation("earlyaccess.organization")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("earlyaccess.status." + p.status().name())).setHeader(getTranslation("earlyaccess.status"));
        grid.addColumn(p -> getTranslation("earlyaccess.origin." + p.origin().name())).setHeader(getTranslation("earlyaccess.origin"));
        grid.addComponentColumn(this::decisions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("earlyaccess.participants.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(earlyAccess.participants(beta.id()));

        var organization = new ComboBox<OrganizationSummary>(getTranslation("earlyaccess.invite.organization"));
        organization.setItems(LocaleFormats.sortedByName(
                directory.list(PageRequest.of(0, INVITE_CHOICES, Sort.by("name"))).getContent(), OrganizationSummary::name, getLocale()));
        organization.setItemLabelGenerator(OrganizationSummary::name);
        organization.setId("invite-organization");
        var invite = new Button(getTranslation("earlyaccess.invite"), click -> {
            if (organization.getValue() != null) {
                earlyAccess.invite(beta.id(), organization.getValue().organizationId());
                Notices.success(getTranslation("earlyaccess.invited", organization.getValue().name()));
                onChange.run();
            }
        });
        invite.setId("invite-beta");
        var inviteRow = new HorizontalLayout(organization, invite);
        inviteRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("earlyaccess.participants", beta.name(), beta.participants(), beta.capacity())), grid, inviteRow);
    }

    private HorizontalLayout decisions(Participant participant) {
        var row = new HorizontalLayout();
        if (participant.status() != ParticipationStatus.APPLIED) {
            return row;
        }
        var accept = new Button(getTranslation("earlyaccess.accept"), click -> decide(participant, true));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        accept.setId("accept-" + participant.id());
        accept.setEnabled(beta.hasRoom());
        var decline = new Button(getTranslation("earlyaccess.decline"), click -> decide(participant, false));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        decline.setId("decline-" + participant.id());
        row.add(accept, decline);
        return row;
    }

    private void decide(Participant participant, boolean accept) {
        earlyAccess.decide(participant.id(), accept);
        onChange.run();
    }
}
