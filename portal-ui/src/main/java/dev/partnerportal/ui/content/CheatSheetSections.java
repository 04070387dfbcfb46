package dev.partnerportal.ui.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.content.CheatSheet;

/** The named sections of a cheat sheet as plain text blocks (never HTML), shared by item and print pages. */
final class CheatSheetSections {

    private CheatSheetSections() {
    }

    static Div of(Component translator, CheatSheet sheet) {
        var sections = new Div();
        sections.setId("cheat-sheet");
        sections.addClassName("cheat-sheet");
        sheet.asMap().forEach((key, text) -> {
            if (!text.isEmpty()) {
                var paragraph = new Paragraph(text);
                paragraph.addClassName("cheat-sheet-text");
                var section = new Div(new H3(translator.getTranslation("cheatSheet." + key)), paragraph);
                section.addClassName("cheat-sheet-section");
                sections.add(section);
            }
        });
        return sections;
    }
}
