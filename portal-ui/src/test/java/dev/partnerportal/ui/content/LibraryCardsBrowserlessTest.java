package dev.partnerportal.ui.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.content.ContentForMe;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library opens on the items editors feature, on recommended cards and, once the reader opened an item, on "recently viewed", which is the
 * reader's own: a colleague does not see it.
 */
@PortalWebTest
class LibraryCardsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ActivityRecorder recorder;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ContentForMe forMe;

    @Test
    void anItemAnEditorFeaturesLeadsTheLibraryUntilItIsNoLongerFeatured() {
        var item = ContentItemId.of(jdbc.queryForObject("select id from content_item where slug = 'commerce-suite-retail'",
                Long.class));
        signInAs("editor@vendor.test");
        forMe.feature(item, true);
        try {
            signInAs("bob@northwind.test");
            navigate(LibraryView.class);
            var featured = find(Div.class).withId("library-featured").single();
            assertThat(featured.getElement().getChild(1).getChild(0).getChild(0).getText())
                    .isEqualTo("Commerce Suite for retailers");
        } finally {
            signInAs("editor@vendor.test");
            forMe.feature(item, false);
        }
        signInAs("bob@northwind.test");
        navigate(LibraryView.class);
        assertThat(find(Div.class).withId("library-featured").all().stream()
                .flatMap(section -> section.getElement().getChild(1).getChildren())
                .map(card -> card.getChild(0).getText())).doesNotContain("Commerce Suite for retailers");
    }

    @Test
    void anItemOpenedComesFirstInRecentlyViewedAndLeavesTheRecommendations() {
        signInAs("bob@northwind.test");
        navigate("library/commerce-suite-retail", LibraryItemView.class);
        recorder.flush();

        navigate(LibraryView.class);
        var recent = find(Div.class).withId("library-recent").single();
        var first = recent.getElement().getChild(1).getChild(0);
        assertThat(first.getChild(0).getText()).isEqualTo("Commerce Suite for retailers");
        assertThat(first.getChild(1).getText()).isEqualTo("Cheat sheet · English");
        var recommended = find(Div.class).withId("library-recommended").single();
        assertThat(recommended.getElement().getChild(1).getChildCount()).isBetween(1, LibraryView.CARDS);
        assertThat(find(RouterLink.class).withClassName("library-card-title").all().stream()
                .filter(link -> link.getText().equals("Commerce Suite for retailers")))
                .as("opened lately, so not recommended again").hasSize(1);

        // What one person opened is theirs: a colleague in the same organization does not see it.
        jdbc.update("delete from activity_event where kind = 'ITEM_VIEW' and user_id = "
                + "(select id from portal_user where email = 'alice@northwind.test')");
        signInAs("alice@northwind.test");
        navigate(LibraryView.class);
        assertThat(find(Div.class).withId("library-recent").exists()).isFalse();
    }
}
