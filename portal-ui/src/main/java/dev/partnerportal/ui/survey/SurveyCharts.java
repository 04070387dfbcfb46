package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.html.Image;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn on the server as SVG (no frontend bundle, ADR 003) and shown as images: an {@code <img>}
 * never runs script, whatever text the labels contain.
 */
final class SurveyCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final Color DETRACTOR = new Color(0xC6, 0x28, 0x28);
    private static final Color PASSIVE = new Color(0xF9, 0xA8, 0x25);
    private static final Color PROMOTER = new Color(0x2E, 0x7D, 0x32);
    private static final Color NEUTRAL = new Color(0x1A, 0x73, 0xE8);

    private SurveyCharts() {
    }

    /**
     * Bars per value (labels and counts in the same order); NPS bars are coloured by detractor/passive/promoter.
     * Axes carry no rotated titles: those are drawn as glyph outlines with the server's fonts, which may lack
     * Arabic, while tick labels stay SVG text that the browser renders.
     */
    static String bars(List<String> labels, List<Integer> counts, boolean npsColours) {
        var data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(counts.get(i), "answers", labels.get(i));
        }
        var chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        var plot = chart.getCategoryPlot();
        var renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                if (!npsColours) {
                    return NEUTRAL;
                }
                return column <= 6 ? DETRACTOR : column <= 8 ? PASSIVE : PROMOTER;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        style(chart, plot);
        return svg(chart);
    }

    /** NPS per wave as a line, oldest wave first. */
    static String trend(List<String> waves, List<Double> scores) {
        var data = new DefaultCategoryDataset();
        for (int i = 0; i < waves.size(); i++) {
            data.addValue(scores.get(i), "NPS", waves.get(i));
        }
        var chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        var plot = chart.getCategoryPlot();
        var renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, NEUTRAL);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);
        plot.getRangeAxis().setRange(-100, 100);
        style(chart, plot);
        return svg(chart);
    }

    /** The chart as an image element with an inline SVG data URL. */
    static Image image(String svg, String description, String id) {
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.addClassName("portal-chart");
        image.setId(id);
        return image;
    }

    private static void style(JFreeChart chart, CategoryPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    }

    private static String svg(JFreeChart chart) {
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement();
    }
}
