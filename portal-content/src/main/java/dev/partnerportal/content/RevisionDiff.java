package dev.partnerportal.content;

import java.util.List;

/** A line-by-line comparison of two revisions of the whole document (front matter and Markdown). */
public record RevisionDiff(int from, int to, List<Line> lines) {

    public enum Change { SAME, REMOVED, ADDED }

    public record Line(Change change, String text) {
    }

    public boolean hasChanges() {
        return lines.stream().anyMatch(l -> l.change() != Change.SAME);
    }
}
