package dev.partnerportal.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Read-only markup escapes what people typed: a contact's name is text, never markup or script. */
class StaticHtmlTest {

    @Test
    void textsAndAttributesAreEscapedAndTheRootKeepsItsAttributes() {
        var card = StaticHtml.element("div", "relationship-person", "extra");
        card.id("card-1");
        card.appendElement("span").text("<img src=x onerror=alert(1)> & Co");
        card.appendElement("a").attr("href", "mailto:a@b.test\" onmouseover=\"alert(2)").text("a@b.test");

        var html = StaticHtml.of(card);

        assertThat(html.getElement().getTag()).isEqualTo("div");
        assertThat(html.getElement().getAttribute("class")).isEqualTo("relationship-person extra");
        assertThat(html.getId()).hasValue("card-1");
        var inner = Jsoup.parseBodyFragment(html.getInnerHtml()).body();
        assertThat(inner.select("img, script, [onerror], [onmouseover]")).isEmpty();
        assertThat(inner.selectFirst("span").text()).isEqualTo("<img src=x onerror=alert(1)> & Co");
        assertThat(inner.selectFirst("a").attr("href")).isEqualTo("mailto:a@b.test\" onmouseover=\"alert(2)");
        assertThat(html.getInnerHtml()).doesNotContain("\n");
    }

    @Test
    void anApplicationLinkIsTheDomOfARouterLinkWithItsTextEscaped() {
        var list = StaticHtml.element("ul");
        StaticHtml.appLink(list.appendElement("li"), "plan/7", "Deal <b>desk</b> review");

        var link = Jsoup.parseBodyFragment(StaticHtml.of(list).getInnerHtml()).body().selectFirst("li > a");

        assertThat(link.attr("href")).isEqualTo("plan/7");
        assertThat(link.hasAttr("router-link")).isTrue();
        assertThat(link.text()).isEqualTo("Deal <b>desk</b> review");
        assertThat(link.select("b")).isEmpty();
    }
}
