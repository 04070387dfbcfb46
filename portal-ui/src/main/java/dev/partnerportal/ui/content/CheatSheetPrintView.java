package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.partnerportal.content.ContentLibrary;
import jakarta.annotation.security.PermitAll;

/** A cheat sheet alone on a page without navigation, laid out to print on one page. */
@Route(value = "library/:slug/print", autoLayout = false)
@PermitAll
public class CheatSheetPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentLibrary library;
    private String title = "";

    CheatSheetPrintView(ContentLibrary library) {
        this.library = library;
        addClassName("cheat-sheet-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = library.findBySlug(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var item = found.get();
        title = item.summary().title();
        var print = new Button(getTranslation("library.printNow"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-now");
        print.addClassName("cheat-sheet-print-button");
        removeAll();
        add(print, new H1(title), new Paragraph(item.summary().summary()), CheatSheetSections.of(this, item.cheatSheet()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
