package dev.partnerportal.ui.health;

import com.vaadin.flow.component.html.Image;
import dev.partnerportal.health.OrganizationHealth.SnapshotPoint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A small trend line drawn on the server as SVG and shown as an image (ADR 003: no frontend bundle; an image runs
 * no script). The vertical scale is always 0–100, so a flat line at 30 looks low and one at 90 looks high.
 */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final int PAD = 3;

    private Sparkline() {
    }

    /** The SVG of the points, oldest first; one point is drawn as a dot, none as an empty frame. */
    static String svg(List<SnapshotPoint> points) {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">");
        svg.append("<line x1=\"0\" y1=\"").append(y(50)).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(y(50)).append("\" stroke=\"#d0d5dd\" stroke-dasharray=\"2 2\"/>");
        if (points.size() == 1) {
            svg.append(dot(x(0, 1), y(points.getFirst().score())));
        } else if (points.size() > 1) {
            var line = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                line.append(i == 0 ? "" : " ").append(x(i, points.size())).append(',').append(y(points.get(i).score()));
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1a73e8\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
                    .append(line).append("\"/>");
            svg.append(dot(x(points.size() - 1, points.size()), y(points.getLast().score())));
        }
        return svg.append("</svg>").toString();
    }

    static Image image(List<SnapshotPoint> points, String description) {
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(points).getBytes(StandardCharsets.UTF_8)), description);
        image.addClassName("portal-health-sparkline");
        image.setId("health-sparkline");
        return image;
    }

    private static String dot(String x, String y) {
        return "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"2.5\" fill=\"#1a73e8\"/>";
    }

    private static String x(int index, int count) {
        return count == 1 ? format(WIDTH / 2.0) : format(PAD + index * (WIDTH - 2.0 * PAD) / (count - 1));
    }

    private static String y(int score) {
        return format(HEIGHT - PAD - score * (HEIGHT - 2.0 * PAD) / 100);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
