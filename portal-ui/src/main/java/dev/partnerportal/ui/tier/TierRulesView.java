package dev.partnerportal.ui.tier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.certification.Certification;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.tier.RequirementKind;
import dev.partnerportal.tier.TierRule;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** What each tier requires. Saving re-evaluates every partner, and each resulting change is recorded. */
@Route("admin/tiers")
@Menu(order = 905, title = "nav.tiers")
@RolesAllowed(Role.Names.ADMIN)
public class TierRulesView extends Div implements HasDynamicTitle {

    private final Tiers tiers;
    private final Certifications certifications;

    TierRulesView(Tiers tiers, Certifications certifications) {
        this.tiers = tiers;
        this.certifications = certifications;
        addClassName("portal-page");
        setId("tier-rules");
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(getTranslation("tiers.intro")));
        var rules = tiers.rules();
        var definitions = certifications.definitions();
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            add(new H3(rule.tierName()));
            if (i == 0) {
                add(new Paragraph(getTranslation("tiers.entry")));
                continue;
            }
            var onboarding = new Checkbox(getTranslation("tier.requirement.ONBOARDING_COMPLETE"),
                    rule.requirements().stream().anyMatch(r -> r.kind() == RequirementKind.ONBOARDING_COMPLETE));
            var members = new IntegerField(getTranslation("tiers.activeMembers"));
            members.setMin(TierRule.Requirement.MIN_MINIMUM);
            members.setMax(TierRule.Requirement.MAX_MINIMUM);
            members.setClearButtonVisible(true);
            members.setHelperText(getTranslation("tiers.activeMembersHelp"));
            members.setId("members-" + rule.tierCode());
            rule.requirements().stream().filter(r -> r.kind() == RequirementKind.ACTIVE_MEMBERS).findFirst()
                    .ifPresent(r -> members.setValue(r.minimum()));
            var certifiedRequirements = rule.requirements().stream()
                    .filter(r -> r.kind() == RequirementKind.CERTIFIED_MEMBERS).toList();
            // A tier may require several certifications, all of them: one certified-members requirement each.
            var certification = new MultiSelectComboBox<String>();
            certification.setLabel(getTranslation("tiers.certifications"));
            certification.setHelperText(getTranslation("tiers.certificationsHelp"));
            certification.setItems(definitions.stream().map(Certification::code).toList());
            certification.setItemLabelGenerator(code -> definitions.stream().filter(d -> d.code().equals(code))
                    .map(Certification::name).findFirst().orElse(code));
            certification.setId("certification-" + rule.tierCode());
            var certified = new IntegerField(getTranslation("tiers.certifiedMembers"));
            certified.setMin(TierRule.Requirement.MIN_MINIMUM);
            certified.setMax(TierRule.Requirement.MAX_MINIMUM);
            certified.setClearButtonVisible(true);
            certified.setId("certified-" + rule.tierCode());
            certification.setValue(new java.util.LinkedHashSet<>(certifiedRequirements.stream()
                    .map(TierRule.Requirement::certificationCode).toList()));
            certifiedRequirements.stream().findFirst().ifPresent(r -> certified.setValue(r.minimum()));
            var outOfRange = getTranslation("error.tier.minimum-out-of-range", TierRule.Requirement.MIN_MINIMUM,
                    TierRule.Requirement.MAX_MINIMUM);
            var binder = new Binder<RowDraft>();
            binder.forField(members).withValidator(TierRulesView::emptyOrInRange, outOfRange)
                    .bind(d -> d.members, (d, v) -> d.members = v);
            binder.forField(certified).withValidator(TierRulesView::emptyOrInRange, outOfRange)
                    .bind(d -> d.certified, (d, v) -> d.certified = v);
            var dealsWon = new DealsWonFields(rule);
            var save = new Button(getTranslation("tiers.save", rule.tierName()), click -> {
                var draft = new RowDraft();
                if (!binder.writeBeanIfValid(draft)) {
                    return;
                }
                var requirements = new ArrayList<TierRule.Requirement>();
                if (onboarding.getValue()) {
                    requirements.add(new TierRule.Requirement(RequirementKind.ONBOARDING_COMPLETE, TierRule.Requirement.MIN_MINIMUM));
                }
                if (draft.members != null) {
                    requirements.add(new TierRule.Requirement(RequirementKind.ACTIVE_MEMBERS, draft.members));
                }
                if (draft.certified != null) {
                    definitions.stream().map(Certification::code).filter(certification.getValue()::contains).forEach(code ->
                            requirements.add(new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, draft.certified, code)));
                }
                if (!dealsWon.addTo(requirements)) {
                    return;
                }
                try {
                    tiers.changeRequirements(rule.tierCode(), requirements);
                    Notices.success(getTranslation("tiers.saved", rule.tierName()));
                    render();
                } catch (RuleViolation refused) {
                    members.setErrorMessage(Notices.message(refused));
                    members.setInvalid(true);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-" + rule.tierCode());
            var row = new HorizontalLayout(onboarding, members, certified, certification, dealsWon, save);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
    }

    private static boolean emptyOrInRange(@Nullable Integer minimum) {
        return minimum == null
                || (minimum >= TierRule.Requirement.MIN_MINIMUM && minimum <= TierRule.Requirement.MAX_MINIMUM);
    }

    /** The minimums of one tier's row; either may be left empty. */
    private static final class RowDraft {
        private @Nullable Integer members;
        private @Nullable Integer certified;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tiers.pageTitle");
    }
}
