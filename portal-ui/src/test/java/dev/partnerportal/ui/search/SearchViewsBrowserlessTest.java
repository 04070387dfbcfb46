package dev.partnerportal.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.search.ContentGap;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.home.PartnerHomeView;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The search pages without a browser: results with facets, empty states, the layout field, admin and editor pages. */
@PortalWebTest
class SearchViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ContentSearch search;

    @BeforeEach
    void indexReady() {
        signInAs("admin@vendor.test");
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> search.status().serving() && !search.status().rebuilding());
        SecurityContextHolder.clearContext();
    }

    private java.util.List<String> hitTitles() {
        return find(RouterLink.class).all().stream().filter(l -> l.hasClassName("search-hit-title"))
                .map(RouterLink::getText).toList();
    }

    private void searchFor(String text) {
        com.vaadin.flow.component.UI.getCurrent().navigate(SearchView.class,
                com.vaadin.flow.router.QueryParameters.of("q", text));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    private String summary() {
        return find(Paragraph.class).withId("search-summary").single().getText();
    }

    @Test
    void aGoldPartnerFindsTheGoldPlaybookAndNarrowsByType() {
        signInAs("alice@northwind.test");
        searchFor("deal desk");
        assertThat(hitTitles()).contains("Gold partner deal desk playbook");
        assertThat(summary()).containsPattern("\\d+ results? for \"deal desk\"");

        var playbooks = find(Button.class).all().stream()
                .filter(b -> b.hasClassName("search-facet-value") && b.getText().equals("Playbook")).findFirst().orElseThrow();
        test(playbooks).click();
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(hitTitles()).contains("Gold partner deal desk playbook");
        var pressed = find(Button.class).all().stream().filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed")))
                .map(Button::getText).toList();
        assertThat(pressed).containsExactly("Playbook");
    }

    @Test
    void aRegisteredPartnerDoesNotSeeTheGoldPlaybookAndNothingFoundIsSaidPlainly() {
        signInAs("carol@contoso.test");
        searchFor("deal desk playbook");
        assertThat(hitTitles()).doesNotContain("Gold partner deal desk playbook");

        // Letters only: digit runs in a query are masked before it is counted as a gap.
        var word = "zq" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).collect(java.util.stream.Collectors.joining());
        searchFor(word);
        assertThat(hitTitles()).isEmpty();
        assertThat(summary()).isEqualTo("Nothing found for \"" + word + "\". Check the spelling or try fewer or more general words.");

        signInAs("editor@vendor.test");
        navigate("content/gaps", ContentGapsView.class);
        @SuppressWarnings("unchecked")
        Grid<ContentGap> grid = find(Grid.class).withId("gaps-grid").single();
        assertThat(grid.getListDataView().getItems().map(ContentGap::query)).contains(word);
    }

    @Test
    void everyPageCarriesTheSearchFieldThatOpensResults() {
        signInAs("carol@contoso.test");
        navigate("partner", PartnerHomeView.class);
        var field = find(SearchField.class).single();
        assertThat(field.isAllowCustomValue()).isTrue();
        field.open("first meeting");
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(hitTitles()).contains("Commerce Suite for retailers");
    }

    @Test
    void anAdministratorRebuildsTheIndexWithProgress() {
        signInAs("admin@vendor.test");
        navigate("admin/search-index", SearchIndexView.class);
        assertThat(find(Paragraph.class).withId("search-index-state").single().getText())
                .isEqualTo("The index is up to date and answering searches.");
        test(find(Button.class).withId("search-index-rebuild").single()).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> !search.status().rebuilding());
        navigate("admin/search-index", SearchIndexView.class);
        var status = search.status();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("search-index-documents").single().getText())
                .startsWith(status.documents() + " item(s) in the index, " + status.published() + " published");
        assertThat(status.documents()).isEqualTo(status.published());
    }
}
