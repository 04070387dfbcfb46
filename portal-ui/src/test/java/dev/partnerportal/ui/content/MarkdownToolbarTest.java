package dev.partnerportal.ui.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ui.content.MarkdownToolbar.Action;
import dev.partnerportal.ui.content.MarkdownToolbar.Edit;
import org.junit.jupiter.api.Test;

class MarkdownToolbarTest {

    @Test
    void wrappingActionsSurroundTheSelectionAndKeepItSelected() {
        assertThat(MarkdownToolbar.apply("Sell more now", 5, 9, Action.BOLD, "text")).isEqualTo(new Edit("Sell **more** now", 7, 11));
        assertThat(MarkdownToolbar.apply("Sell more now", 5, 9, Action.ITALIC, "text").text()).isEqualTo("Sell _more_ now");
        assertThat(MarkdownToolbar.apply("Sell more now", 5, 9, Action.CODE, "text").text()).isEqualTo("Sell `more` now");
        assertThat(MarkdownToolbar.apply("a\nb", 0, 3, Action.CODE, "text").text()).isEqualTo("```\na\nb\n```");
        assertThat(MarkdownToolbar.apply("See docs", 4, 8, Action.LINK, "text").text()).isEqualTo("See [docs](https://)");
        assertThat(MarkdownToolbar.apply("", 0, 0, Action.IMAGE, "text").text()).isEqualTo("![text](https://)");
    }

    @Test
    void lineActionsPrefixEverySelectedLineAndStartANewLineMidText() {
        assertThat(MarkdownToolbar.apply("one\ntwo", 0, 7, Action.LIST, "text").text()).isEqualTo("- one\n- two");
        assertThat(MarkdownToolbar.apply("Title", 0, 5, Action.HEADING, "text").text()).isEqualTo("## Title");
        assertThat(MarkdownToolbar.apply("Intro quote", 6, 11, Action.QUOTE, "text").text()).isEqualTo("Intro \n> quote");
    }

    @Test
    void anEmptyOrOutOfRangeSelectionInsertsThePlaceholderAtTheEnd() {
        assertThat(MarkdownToolbar.apply("Hi ", 50, 99, Action.BOLD, "text")).isEqualTo(new Edit("Hi **text**", 5, 9));
        assertThat(MarkdownToolbar.apply("abc", 2, 1, Action.ITALIC, "text").text()).isEqualTo("a_b_c");
    }
}
