package dev.partnerportal.ui.content;

/**
 * What each formatting button does to the body: wraps the selection (or a placeholder when nothing is selected)
 * or prefixes the selected lines. Pure text in, text out, so it is the same in every browser and testable
 * without one.
 */
final class MarkdownToolbar {

    /** The buttons, in toolbar order. */
    enum Action { BOLD, ITALIC, HEADING, LIST, LINK, IMAGE, QUOTE, CODE }

    /** The new text and the selection to restore. */
    record Edit(String text, int selectionStart, int selectionEnd) {
    }

    private MarkdownToolbar() {
    }

    /** Applies {@code action} to {@code text} with the selection {@code start}..{@code end} (clamped to the text). */
    static Edit apply(String text, int start, int end, Action action, String placeholder) {
        int from = Math.max(0, Math.min(Math.min(start, end), text.length()));
        int to = Math.max(from, Math.min(Math.max(start, end), text.length()));
        var selected = from == to ? placeholder : text.substring(from, to);
        return switch (action) {
            case BOLD -> wrap(text, from, to, "**", selected, "**");
            case ITALIC -> wrap(text, from, to, "_", selected, "_");
            case CODE -> selected.contains("\n") ? wrap(text, from, to, "```\n", selected, "\n```") : wrap(text, from, to, "`", selected, "`");
            case LINK -> wrap(text, from, to, "[", selected, "](https://)");
            case IMAGE -> wrap(text, from, to, "![", selected, "](https://)");
            case HEADING -> prefixLines(text, from, to, selected, "## ");
            case LIST -> prefixLines(text, from, to, selected, "- ");
            case QUOTE -> prefixLines(text, from, to, selected, "> ");
        };
    }

    private static Edit wrap(String text, int from, int to, String before, String selected, String after) {
        var result = text.substring(0, from) + before + selected + after + text.substring(to);
        return new Edit(result, from + before.length(), from + before.length() + selected.length());
    }

    /** Prefixes every line of the selection; a selection that starts mid-line starts a new line first. */
    private static Edit prefixLines(String text, int from, int to, String selected, String prefix) {
        var lead = from > 0 && text.charAt(from - 1) != '\n' ? "\n" : "";
        var prefixed = prefix + String.join("\n" + prefix, selected.split("\n", -1));
        var result = text.substring(0, from) + lead + prefixed + text.substring(to);
        return new Edit(result, from + lead.length(), from + lead.length() + prefixed.length());
    }
}
