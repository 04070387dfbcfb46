package dev.partnerportal.ui.training;

import com.vaadin.flow.component.Html;

/** A small SVG ring that fills clockwise with a course's progress; the number sits in the middle. */
final class ProgressRing {

    private static final double CIRCUMFERENCE = 2 * Math.PI * 16;

    private ProgressRing() {
    }

    static Html of(int percent, String label) {
        int clamped = Math.max(0, Math.min(100, percent));
        var filled = CIRCUMFERENCE * clamped / 100;
        var ring = new Html("""
                <span class="training-ring" role="img" aria-label="%s"><svg viewBox="0 0 40 40" width="56" height="56">\
                <circle cx="20" cy="20" r="16" fill="none" stroke="var(--lumo-contrast-10pct)" stroke-width="5"/>\
                <circle cx="20" cy="20" r="16" fill="none" stroke="var(--lumo-success-color)" stroke-width="5" \
                stroke-dasharray="%.2f %.2f" transform="rotate(-90 20 20)"/>\
                <text x="20" y="24" text-anchor="middle" font-size="10" fill="currentColor">%d%%</text></svg></span>"""
                .formatted(label.replace("\"", "").replace("<", ""), filled, CIRCUMFERENCE, clamped));
        return ring;
    }
}
