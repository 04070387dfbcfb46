package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveSummary;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Channel managers build surveys, plan waves, invite people without a login and open the results. */
@Route("survey-admin")
@Menu(order = 30, title = "nav.surveyAdmin")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class SurveyAdminView extends Div implements HasDynamicTitle {

    private final SurveyDesigner designer;
    private final PartnerDirectory directory;
    private final Clock clock;
    private final Grid<WaveSummary> grid = new Grid<>();
    private final Paragraph discoveryCaption = new Paragraph();

    SurveyAdminView(SurveyDesigner designer, PartnerDirectory directory, Clock clock) {
        this.designer = designer;
        this.directory = directory;
        this.clock = clock;
        addClassNames("portal-page", "portal-page-full");
        discoveryCaption.setId("discovery-survey-current");
        var newSurvey = new Button(getTranslation("survey.admin.newSurvey"), click -> openBuilder());
        newSurvey.setId("new-survey");
        var newWave = new Button(getTranslation("survey.admin.newWave"), click -> openWaveDialog());
        newWave.setId("new-wave");
        newWave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discovery = new Button(getTranslation("survey.discovery.button"), click -> openDiscoveryDialog());
        discovery.setId("discovery-survey");
        var actions = new Div(newSurvey, newWave, discovery);
        actions.addClassName("portal-buttons");

        grid.setId("waves-grid");
        grid.addColumn(WaveSummary::surveyTitle).setHeader(getTranslation("survey.admin.survey")).setFlexGrow(2);
        grid.addColumn(WaveSummary::name).setHeader(getTranslation("survey.admin.wave")).setSortProperty("name");
        grid.addColumn(w -> getTranslation("survey.waveStatus." + w.status().name())).setHeader(getTranslation("survey.admin.status"));
        grid.addColumn(w -> SurveyFormats.date(w.opensAt(), getLocale())).setHeader(getTranslation("survey.admin.opens"))
                .setSortProperty("opensAt");
        grid.addColumn(w -> SurveyFormats.date(w.closesAt(), getLocale())).setHeader(getTranslation("survey.admin.closes"));
        grid.addColumn(w -> getTranslation("survey.audience." + w.audienceKind().name())
                + (w.audience().isEmpty() ? "" : ": " + String.join(", ", w.audience().stream().sorted().toList())))
                .setHeader(getTranslation("survey.admin.audience"));
        grid.addComponentColumn(w -> {
            var results = new Anchor("survey-admin/results/" + w.id().value(), getTranslation("survey.admin.results"));
            results.setId("results-" + w.id().value());
            var invite = new Button(getTranslation("survey.admin.invite"), click -> openInvite(w));
            invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            invite.setEnabled(w.status() != WaveSummary.Status.CLOSED);
            return new Div(results, invite);
        }).setAutoWidth(true);
        grid.setItems(query -> designer.waves(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(actions, discoveryCaption, grid);
        showDiscoverySurvey();
    }

    private void showDiscoverySurvey() {
        var current = designer.discoverySurvey().flatMap(designer::survey);
        discoveryCaption.setText(current.map(s -> getTranslation("survey.discovery.current", s.title()))
                .orElseGet(() -> getTranslation("survey.discovery.noneMarked")));
    }

    private void openDiscoveryDialog() {
        new DiscoverySurveyDialog(designer.surveys(), designer.discoverySurvey().orElse(null), survey -> {
            designer.markDiscovery(survey);
            showDiscoverySurvey();
            Notices.success(getTranslation("survey.discovery.saved"));
        }).open();
    }

    private void openBuilder() {
        var dialog = new SurveyBuilderDialog();
        dialog.addSaveListener(event -> {
            try {
                designer.createSurvey(event.texts(), event.questions());
                dialog.close();
                Notices.success(getTranslation("survey.admin.surveySaved"));
            } catch (RuleViolation e) {
                dialog.showError(Notices.message(e));
            }
        });
        dialog.open();
    }

    private void openWaveDialog() {
        var organizations = directory.list(PageRequest.of(0, 500, Sort.by("name"))).getContent();
        var dialog = new WaveDialog(designer.surveys(), organizations, clock.instant());
        dialog.addSaveListener(event -> {
            designer.planWave(event.draft());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notices.success(getTranslation("survey.admin.waveSaved"));
        });
        dialog.open();
    }

    private void openInvite(WaveSummary wave) {
        var dialog = new Dialog(getTranslation("survey.invite.title", wave.name()));
        var email = new EmailField(getTranslation("survey.invite.email"));
        email.setId("invite-email");
        email.setWidthFull();
        // The person's organization lets an attributed detractor's follow-up reach the right partner manager.
        var organization = new ComboBox<OrganizationSummary>(getTranslation("survey.invite.organization"));
        organization.setItems(LocaleFormats.sortedByName(
                directory.list(PageRequest.of(0, 500, Sort.by("name"))).getContent(), OrganizationSummary::name, getLocale()));
        organization.setItemLabelGenerator(OrganizationSummary::name);
        organization.setClearButtonVisible(true);
        organization.setWidthFull();
        organization.setId("invite-organization");
        // The recipient's language: the mail and the survey behind the link are in it (an account's own wins).
        var language = new Select<String>();
        language.setLabel(getTranslation("survey.invite.language"));
        language.setItems(PortalLanguages.TAGS);
        language.setItemLabelGenerator(tag -> tag == null ? getTranslation("survey.invite.languageNone")
                : SurveyFormats.languageName(tag));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("survey.invite.languageNone"));
        language.setWidthFull();
        language.setId("invite-language");
        var send = new Button(getTranslation("survey.invite.send"), click -> {
            try {
                designer.invite(wave.id(), email.getValue(),
                        organization.getValue() == null ? null : organization.getValue().organizationId(),
                        language.getValue() == null ? null : Locale.forLanguageTag(language.getValue()));
                dialog.close();
                Notices.success(getTranslation("survey.invite.sent", email.getValue()));
            } catch (RuleViolation e) {
                email.setInvalid(true);
                email.setErrorMessage(Notices.message(e));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invite");
        dialog.add(email, organization, language);
        dialog.getFooter().add(new Button(getTranslation("survey.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.admin.pageTitle");
    }
}
