package dev.partnerportal.ui.health;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthWeights;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Administrators weigh the health components and take snapshots on demand. */
@Route("admin/health")
@Menu(order = 906, title = "nav.health")
@RolesAllowed(Role.Names.ADMIN)
public class HealthWeightsView extends Div implements HasDynamicTitle {

    private final RelationshipHealth health;

    HealthWeightsView(RelationshipHealth health) {
        this.health = health;
        addClassName("portal-page");
        setId("health-weights");
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(getTranslation("health.weights.intro")));
        var draft = new EnumMap<HealthComponent, Integer>(health.weights().weights());
        var binder = new Binder<Map<HealthComponent, Integer>>();
        var form = new FormLayout();
        for (var component : HealthComponent.values()) {
            var field = new IntegerField(getTranslation("health.component." + component.name()));
            field.setMin(0);
            field.setMax(HealthWeights.MAX_WEIGHT);
            field.setStepButtonsVisible(true);
            field.setId("weight-" + component.name().toLowerCase(Locale.ROOT));
            binder.forField(field)
                    .asRequired(getTranslation("error.health.weight-missing", getTranslation("health.component." + component.name())))
                    .withValidator(w -> w >= 0 && w <= HealthWeights.MAX_WEIGHT, getTranslation("error.health.weight-out-of-range",
                            getTranslation("health.component." + component.name()), HealthWeights.MAX_WEIGHT))
                    .bind(map -> map.get(component), (map, value) -> map.put(component, value));
            form.add(field);
        }
        binder.readBean(draft);
        var error = new Paragraph();
        error.addClassName("portal-error-text");
        error.setId("weights-error");
        var save = new Button(getTranslation("health.weights.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                health.changeWeights(new HealthWeights(draft));
                Notices.success(getTranslation("health.weights.saved"));
                render();
            } catch (RuleViolation refused) {
                error.setText(Notices.message(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-weights");
        var snapshot = new Button(getTranslation("health.weights.snapshot"),
                click -> Notices.success(getTranslation("health.weights.snapshotTaken", health.takeSnapshots())));
        snapshot.setId("take-snapshots");
        add(form, error, new Div(save), new Paragraph(getTranslation("health.weights.snapshot.help")), snapshot);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.weights.pageTitle");
    }
}
