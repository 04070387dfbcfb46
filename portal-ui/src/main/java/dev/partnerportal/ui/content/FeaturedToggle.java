package dev.partnerportal.ui.content;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import dev.partnerportal.content.ContentForMe;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.ui.layout.Notices;

/**
 * Features the item: featured items lead partners' homes and the library while they are published. Saved on its
 * own, at once, without a revision, so the text being edited can still be saved.
 */
class FeaturedToggle extends Div {

    FeaturedToggle(ContentForMe content, ContentItemId item) {
        setId("featured");
        var featured = new Checkbox(getTranslation("featured.toggle"), content.isFeatured(item));
        featured.setId("editor-featured");
        featured.setHelperText(getTranslation("featured.toggle.help"));
        featured.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                content.feature(item, change.getValue());
                Notices.success(getTranslation(change.getValue() ? "featured.on" : "featured.off"));
            }
        });
        add(featured);
    }
}
