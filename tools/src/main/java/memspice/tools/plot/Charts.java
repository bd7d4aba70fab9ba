package memspice.tools.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts rendered headless to PNG with XChart: x-y line charts with unit-labelled axes (data scaled
 * to an SI prefix so tick labels stay short; a second unit gets the right-hand axis) and heat maps
 * of a matrix. Sets {@code java.awt.headless=true} before any AWT class is touched.
 */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0x7f7f7f), new Color(0xbcbd22)};

    private Charts() {
    }

    /** Options of an x-y chart. */
    public record XyOptions(boolean logX, boolean logY, boolean markers, int width, int height) {
        /** Linear axes, no markers, 1000 x 600 pixels. */
        public static XyOptions plain() {
            return new XyOptions(false, false, false, 1000, 600);
        }
    }

    /**
     * An x-y line chart.
     *
     * @param xName the abscissa's quantity name (axis title), {@code xUnit} its unit
     * @param pairColours true to colour curves two by two (a computed curve and its dashed reference)
     */
    public static XYChart xy(String title, String xName, String xUnit, List<Curve> curves, XyOptions o,
            boolean pairColours) {
        XYChart chart = new XYChartBuilder().width(o.width()).height(o.height()).title(title).build();
        style(chart.getStyler());
        boolean positiveX = true;
        for (Curve c : curves) {
            for (double v : c.x()) {
                positiveX &= v > 0;
            }
        }
        // a logarithmic axis needs positive data (a LIN sweep may start at 0 Hz): linear then
        o = new XyOptions(o.logX() && positiveX, o.logY(), o.markers(), o.width(), o.height());
        chart.getStyler().setXAxisLogarithmic(o.logX());
        chart.getStyler().setYAxisLogarithmic(o.logY());
        double xPeak = 0;
        for (Curve c : curves) {
            xPeak = Math.max(xPeak, peak(c.x()));
        }
        Units.Prefix xp = o.logX() ? new Units.Prefix("", 1) : Units.prefixFor(xPeak, xUnit);
        chart.setXAxisTitle(Units.label(xName, xp.symbol() + xUnit));
        // axis groups by unit: the first unit left, the second right, more units share the left one
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Curve c : curves) {
            if (!groups.containsKey(c.unit())) {
                groups.put(c.unit(), groups.size() < 2 ? groups.size() : 0);
            }
        }
        boolean mixed = groups.size() > 2;
        List<String> units = new ArrayList<>(groups.keySet());
        Map<String, Units.Prefix> prefixes = new LinkedHashMap<>();
        for (String u : units) {
            double p = 0;
            for (Curve c : curves) {
                if (c.unit().equals(u)) {
                    p = Math.max(p, peak(c.y()));
                }
            }
            prefixes.put(u, mixed || o.logY() ? new Units.Prefix("", 1) : Units.prefixFor(p, u));
        }
        for (int g = 0; g < Math.min(2, units.size()); g++) {
            String u = units.get(g);
            String t = mixed && g == 0 ? "value (SI units, see legend)"
                    : Units.label(Units.quantity(u), prefixes.get(u).symbol() + u);
            chart.setYAxisGroupTitle(g, t);
            if (g == 1) {
                chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            }
        }
        addTickGuard(chart, curves, xp.factor(), groups, prefixes);
        // references (dashed) first, so the computed curves are drawn over them
        List<Curve> order = new ArrayList<>();
        for (Curve c : curves) {
            if (c.dashed()) {
                order.add(c);
            }
        }
        for (Curve c : curves) {
            if (!c.dashed()) {
                order.add(c);
            }
        }
        int k = 0;
        for (Curve c : order) {
            Units.Prefix yp = prefixes.get(c.unit());
            double[] x = scale(c.x(), xp.factor());
            double[] y = scale(c.y(), yp.factor());
            String name = unique(chart, mixed && !c.unit().isEmpty() ? c.name() + " (" + c.unit() + ")" : c.name());
            XYSeries s = chart.addSeries(name, x, y);
            s.setYAxisGroup(groups.get(c.unit()));
            int index = curves.indexOf(c);
            Color colour = PALETTE[(pairColours ? index / 2 : index) % PALETTE.length];
            if (c.dashed()) {
                // a wide, light, dashed band under the computed curve: visible where both coincide
                colour = new Color(0xff7f0e);
                if (!pairColours) {
                    colour = colour.darker();
                }
                s.setLineStyle(new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {12f, 6f}, 0f));
            } else {
                s.setLineStyle(new BasicStroke(1.8f));
            }
            s.setLineColor(colour);
            s.setMarkerColor(colour);
            s.setMarker(o.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            k++;
        }
        chart.getStyler().setMarkerSize(5);
        // XChart's formatting callback replaces its logarithmic tick calculator: only on linear axes
        if (!o.logX()) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts::tick);
        }
        if (!o.logY()) {
            chart.getStyler().setyAxisTickLabelsFormattingFunction(Charts::tick);
        }
        return chart;
    }

    /**
     * A heat map of {@code m[row][column]}, row 0 at the top as a crossbar is drawn.
     *
     * @param unit the unit of the values, shown in the title of the colour scale
     */
    public static HeatMapChart heatmap(String title, double[][] m, String unit) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        int cell = Math.max(4, Math.min(40, 800 / Math.max(1, Math.max(rows, cols))));
        HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(500, cols * cell + 260))
                .height(Math.max(400, rows * cell + 160)).title(title).build();
        style(chart.getStyler());
        chart.setXAxisTitle("column");
        chart.setYAxisTitle("row");
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setDrawBorder(false);
        chart.getStyler().setRangeColors(new Color[] {new Color(0x30123b), new Color(0x4686fb),
            new Color(0x1ae4b6), new Color(0xa2fc3c), new Color(0xfabA39), new Color(0xe4460a), new Color(0x7a0403)});
        chart.getStyler().setHeatMapDecimalValueFormatter(v -> String.format(Locale.ROOT, "%.3g", v));
        chart.getStyler().setHeatMapValueDecimalPattern("0.###E0");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Number[]> data = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            xs.add(c);
        }
        for (int r = rows - 1; r >= 0; r--) {
            ys.add(r);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                data.add(new Number[] {c, rows - 1 - r, m[r][c]});
                lo = Math.min(lo, m[r][c]);
                hi = Math.max(hi, m[r][c]);
            }
        }
        // the colour scale's ends rounded outward to 3 significant digits (XChart prints them in full)
        chart.getStyler().setMin(round3(lo, java.math.RoundingMode.FLOOR));
        chart.getStyler().setMax(hi > lo ? round3(hi, java.math.RoundingMode.CEILING) : lo + 1);
        // label every k-th row and column so large arrays stay legible
        int stepX = Math.max(1, (int) Math.ceil(cols / 16.0));
        int stepY = Math.max(1, (int) Math.ceil(rows / 16.0));
        List<String> xl = new ArrayList<>();
        for (int c : xs) {
            xl.add(c % stepX == 0 ? Integer.toString(c) : " ".repeat(1 + c % 7));
        }
        List<String> yl = new ArrayList<>();
        for (int r : ys) {
            yl.add(r % stepY == 0 ? Integer.toString(r) : " ".repeat(1 + r % 7));
        }
        chart.addSeries(unit.isEmpty() ? "value" : unit, xl, yl, data);
        return chart;
    }

    private static double round3(double v, java.math.RoundingMode mode) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3, mode)).doubleValue();
    }

    /** Writes the chart as a PNG file (parent directories created). */
    public static void png(Chart<?, ?> chart, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAntiAlias(true);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            a.setPlotGridLinesColor(new Color(0xdddddd));
            a.setPlotBackgroundColor(Color.WHITE);
        }
    }

    /**
     * XChart 3.8.8 puts x ticks at data values (not at round numbers) when every spacing of the x
     * values, taken in series order, is within 1e-4 (absolute) of the first one, which holds for any
     * dense time grid. A first, invisible two-point series at the x extremes makes the first spacing
     * the whole range, so the round-number tick calculator is used.
     */
    private static void addTickGuard(XYChart chart, List<Curve> curves, double xf, Map<String, Integer> groups,
            Map<String, Units.Prefix> prefixes) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        Curve first = null;
        for (Curve c : curves) {
            for (int k = 0; k < c.x().length; k++) {
                if (Double.isFinite(c.x()[k]) && Double.isFinite(c.y()[k])) {
                    lo = Math.min(lo, c.x()[k]);
                    hi = Math.max(hi, c.x()[k]);
                    first = first == null ? c : first;
                }
            }
        }
        if (first == null || !(hi > lo)) {
            return;
        }
        double y = first.y()[0] * prefixes.get(first.unit()).factor();
        XYSeries s = chart.addSeries(" ", new double[] {lo * xf, hi * xf}, new double[] {y, y});
        s.setYAxisGroup(groups.get(first.unit()));
        s.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }

    /** A tick label: four significant digits, trailing zeros dropped, no exponent between 1e-3 and 1e5. */
    static String tick(Double v) {
        if (v == 0 || Math.abs(v) < 1e-300) {
            return "0";
        }
        double a = Math.abs(v);
        String s = a >= 1e-3 && a < 1e5 ? new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v))
                .stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.3e", v);
        if (s.contains("e")) {
            String[] p = s.split("e");
            String m = p[0].contains(".") ? p[0].replaceAll("0+$", "").replaceAll("\\.$", "") : p[0];
            s = m + "e" + Integer.parseInt(p[1]);
        }
        return s;
    }

    private static String unique(XYChart chart, String name) {
        String n = name;
        for (int k = 2; chart.getSeriesMap().containsKey(n); k++) {
            n = name + " #" + k;
        }
        return n;
    }

    private static double peak(double[] v) {
        double p = 0;
        for (double d : v) {
            if (Double.isFinite(d)) {
                p = Math.max(p, Math.abs(d));
            }
        }
        return p;
    }

    private static double[] scale(double[] v, double f) {
        if (f == 1) {
            return v;
        }
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] * f;
        }
        return out;
    }
}
