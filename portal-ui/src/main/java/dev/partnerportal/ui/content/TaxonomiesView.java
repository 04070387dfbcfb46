package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.content.Taxonomies;
import dev.partnerportal.content.Taxonomy;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** The allowed industries, products and regions, with how many items use each; unused terms can be removed. */
@Route("content/taxonomies")
@Menu(order = 26, title = "nav.taxonomies")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR})
public class TaxonomiesView extends Div implements HasDynamicTitle {

    TaxonomiesView(Taxonomies taxonomies) {
        addClassNames("portal-page", "portal-page-full");
        var tabs = new TabSheet();
        for (var taxonomy : Taxonomy.values()) {
            tabs.add(getTranslation("taxonomies." + taxonomy.name()), panel(taxonomies, taxonomy));
        }
        tabs.setSizeFull();
        add(tabs);
    }

    private Div panel(Taxonomies taxonomies, Taxonomy taxonomy) {
        var grid = new Grid<Taxonomies.TermUsage>();
        grid.setId("terms-" + taxonomy.name());
        grid.addColumn(Taxonomies.TermUsage::term).setHeader(getTranslation("taxonomies.term")).setFlexGrow(2);
        grid.addColumn(Taxonomies.TermUsage::items).setHeader(getTranslation("taxonomies.items"));
        grid.addComponentColumn(usage -> {
            var remove = new Button(getTranslation("taxonomies.remove"), click -> {
                try {
                    taxonomies.remove(taxonomy, usage.term());
                    grid.setItems(taxonomies.list(taxonomy));
                } catch (RuleViolation e) {
                    Notices.refused(e);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setEnabled(usage.items() == 0);
            return remove;
        });
        grid.setItems(taxonomies.list(taxonomy));
        var term = new TextField(getTranslation("taxonomies.new"));
        term.setMaxLength(Taxonomies.TERM_MAX_LENGTH);
        term.setId("new-term-" + taxonomy.name());
        var add = new Button(getTranslation("taxonomies.add"), click -> {
            try {
                taxonomies.add(taxonomy, term.getValue());
                term.clear();
                term.setInvalid(false);
                grid.setItems(taxonomies.list(taxonomy));
            } catch (RuleViolation e) {
                term.setErrorMessage(Notices.message(e));
                term.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-term-" + taxonomy.name());
        var form = new HorizontalLayout(term, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        var panel = new Div(form, grid);
        panel.addClassName("portal-page-full");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("taxonomies.pageTitle");
    }
}
