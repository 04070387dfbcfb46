package dev.partnerportal.ui.health;

import com.vaadin.flow.component.html.Image;
import dev.partnerportal.health.OrganizationHealth.SnapshotPoint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A small trend line drawn on the server as SVG and shown as an image (ADR 003: no frontend bundle; an image runs
 * no script). The health scale is always 0–100, so a flat line at 30 looks low and one at 90 looks high; other
 * trends (NPS, −100 to +100) give their own fixed scale.
 */
public final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final int PAD = 3;

    private Sparkline() {
    }

    /** The SVG of the points, oldest first; one point is drawn as a dot, none as an empty frame. */
    static String svg(List<SnapshotPoint> points) {
        return svg(points.stream().map(SnapshotPoint::score).toList(), 0, 100);
    }

    /** The SVG of values on a fixed scale {@code min..max}, oldest first; the dashed line marks the middle. */
    public static String svg(List<Integer> values, int min, int max) {
        var scale = new Scale(min, max);
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">");
        svg.append("<line x1=\"0\" y1=\"").append(scale.y((min + max) / 2)).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(scale.y((min + max) / 2)).append("\" stroke=\"#d0d5dd\" stroke-dasharray=\"2 2\"/>");
        if (values.size() == 1) {
            svg.append(dot(x(0, 1), scale.y(values.getFirst())));
        } else if (values.size() > 1) {
            var line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                line.append(i == 0 ? "" : " ").append(x(i, values.size())).append(',').append(scale.y(values.get(i)));
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1a73e8\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
                    .append(line).append("\"/>");
            svg.append(dot(x(values.size() - 1, values.size()), scale.y(values.getLast())));
        }
        return svg.append("</svg>").toString();
    }

    static Image image(List<SnapshotPoint> points, String description) {
        var image = image(svg(points), description);
        image.setId("health-sparkline");
        return image;
    }

    /** The values on a fixed scale as an image with a text alternative. */
    public static Image image(List<Integer> values, int min, int max, String description) {
        return image(svg(values, min, max), description);
    }

    private static Image image(String svg, String description) {
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.addClassName("portal-health-sparkline");
        return image;
    }

    private static String dot(String x, String y) {
        return "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"2.5\" fill=\"#1a73e8\"/>";
    }

    private static String x(int index, int count) {
        return count == 1 ? format(WIDTH / 2.0) : format(PAD + index * (WIDTH - 2.0 * PAD) / (count - 1));
    }

    private record Scale(int min, int max) {

        String y(int value) {
            int clamped = Math.clamp(value, min, max);
            return format(HEIGHT - PAD - (clamped - min) * (HEIGHT - 2.0 * PAD) / (max - min));
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
