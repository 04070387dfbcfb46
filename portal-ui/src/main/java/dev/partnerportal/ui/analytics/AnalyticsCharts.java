package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.html.Image;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Dashboard charts drawn on the server as SVG with JFreeChart and shown as images (no frontend bundle, ADR 003;
 * an image never runs script, whatever its labels say). The image scales to the width of the page.
 */
final class AnalyticsCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final Color BAR = new Color(0x1A, 0x73, 0xE8);

    private AnalyticsCharts() {
    }

    /** Bars for each label, in the map's order; horizontal bars when {@code horizontal}. */
    static Image bars(Map<String, ? extends Number> values, boolean horizontal, String description, String id) {
        var data = new DefaultCategoryDataset();
        values.forEach((label, value) -> data.addValue(value, "values", label));
        var chart = ChartFactory.createBarChart(null, null, null, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        var plot = chart.getCategoryPlot();
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        if (!horizontal && values.size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return image(svg(chart), description, id);
    }

    private static String svg(JFreeChart chart) {
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement();
    }

    private static Image image(String svg, String description, String id) {
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.addClassName("portal-chart");
        image.setId(id);
        return image;
    }
}
