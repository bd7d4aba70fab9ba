package memspice.tools.irdrop;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

import memspice.tools.plot.Charts;
import memspice.tools.plot.Curve;

/**
 * The PNG figures of {@code memspice irdrop -o DIR}, drawn with XChart through
 * {@link memspice.tools.plot.Charts}: the voltage-drop heat map, per-column MVM error, the
 * error-versus-size sweep and the compensation comparison. Errors are drawn in percent.
 */
public final class IrDropPlots {

    private IrDropPlots() {
    }

    /** Heat map of the drop across each cell, (vmax - V_cell) / vmax in percent, all rows at vmax. */
    public static void dropMap(double[][] dropFraction, double vmax, String array, Path file) throws IOException {
        double[][] pct = new double[dropFraction.length][];
        for (int i = 0; i < pct.length; i++) {
            pct[i] = new double[dropFraction[i].length];
            for (int j = 0; j < pct[i].length; j++) {
                pct[i][j] = 100 * dropFraction[i][j];
            }
        }
        String title = String.format(Locale.ROOT, "Cell voltage drop, %s, all rows at %s V: (Vin - Vcell)/Vin (%%)", array,
                vmax);
        Charts.png(Charts.heatmap(title, pct, "drop (%)"), file);
    }

    /**
     * Mean relative MVM error of each column (percent; log scale when the values span a decade), one curve per labelled set
     * (e.g. before and after a compensation).
     */
    public static void columnError(Map<String, double[]> errors, String title, Path file) throws IOException {
        columnError(errors, title, "mean relative error (%)", file);
    }

    /** As {@link #columnError(Map, String, Path)} with another y-axis title (the errors still in percent). */
    public static void columnError(Map<String, double[]> errors, String title, String yTitle, Path file)
            throws IOException {
        List<Curve> curves = new ArrayList<>();
        for (Map.Entry<String, double[]> e : errors.entrySet()) {
            double[] x = new double[e.getValue().length];
            double[] y = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = j;
                y[j] = 100 * e.getValue()[j];
            }
            curves.add(new Curve(e.getKey(), x, y, "", false));
        }
        XYChart c = Charts.xy(title, "column", "", curves, new Charts.XyOptions(false, spansDecade(curves), true, 1000,
                600), false);
        c.setYAxisGroupTitle(0, yTitle);
        c.setXAxisTitle("column index (0 = nearest the row drivers)");
        Charts.png(c, file);
    }

    /** True when the curves' positive values span a factor of 10: XChart labels log axes at decades only. */
    private static boolean spansDecade(List<Curve> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Curve c : curves) {
            for (double v : c.y()) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi >= 10 * lo;
    }

    /** Mean relative error versus N, one curve per wire segment resistance, log-log. */
    public static void sweep(List<SizeSweep.Row> rows, Path file) throws IOException {
        Map<Double, List<SizeSweep.Row>> bySegment = new LinkedHashMap<>();
        for (SizeSweep.Row r : rows) {
            bySegment.computeIfAbsent(r.segment(), k -> new ArrayList<>()).add(r);
        }
        List<Curve> curves = new ArrayList<>();
        for (Map.Entry<Double, List<SizeSweep.Row>> e : bySegment.entrySet()) {
            List<SizeSweep.Row> list = e.getValue();
            double[] n = new double[list.size()];
            double[] mean = new double[list.size()];
            double[] max = new double[list.size()];
            for (int k = 0; k < n.length; k++) {
                n[k] = list.get(k).n();
                mean[k] = 100 * list.get(k).stats().meanError();
                max[k] = 100 * list.get(k).stats().maxError();
            }
            curves.add(new Curve("mean, " + e.getKey() + " ohm/segment", n, mean, "", false));
            curves.add(new Curve("max, " + e.getKey() + " ohm/segment", n, max, "", false));
        }
        // N on a log2 axis: XChart labels its logarithmic axes at decades only, so x = log2 N on a
        // linear axis whose integer ticks are labelled 2^x
        for (int k = 0; k < curves.size(); k++) {
            Curve cv = curves.get(k);
            double[] lx = new double[cv.x().length];
            for (int q = 0; q < lx.length; q++) {
                lx[q] = Math.log(cv.x()[q]) / Math.log(2);
            }
            curves.set(k, new Curve(cv.name(), lx, cv.y(), cv.unit(), cv.dashed()));
        }
        XYChart c = Charts.xy("MVM error of an N x N array versus N", "array size N", "", curves,
                new Charts.XyOptions(false, spansDecade(curves), true, 1000, 600), false);
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> Math.abs(v - Math.rint(v)) < 1e-9
                ? Long.toString(Math.round(Math.pow(2, v))) : "");
        c.setYAxisGroupTitle(0, "relative error of the column currents (%)");
        c.setXAxisTitle("array size N (N x N cells, log scale)");
        Charts.png(c, file);
    }

    /** Bars of the mean and max relative test error (percent, log scale) of each compensation scheme. */
    public static void compensation(List<CompensationStudy.Row> rows, String title, Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (CompensationStudy.Row r : rows) {
            names.add(shortName(r.scheme()));
            mean.add(100 * r.stats().meanError());
            max.add(100 * r.stats().maxError());
        }
        CategoryChart c = new CategoryChartBuilder().width(1100).height(650).title(title)
                .xAxisTitle("compensation scheme (errors on test inputs not used for fitting)")
                .yAxisTitle("relative error of the column currents (%)").build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        c.getStyler().setYAxisLogarithmic(true);
        // XChart's log axis starts bars at its minimum, which must be set (it refuses 0): decades around the data
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < mean.size(); k++) {
            lo = Math.min(lo, Math.min(mean.get(k), max.get(k)));
            hi = Math.max(hi, Math.max(mean.get(k), max.get(k)));
        }
        c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(lo))));
        c.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(hi))));
        c.getStyler().setXAxisLabelRotation(12);
        c.getStyler().setSeriesColors(new Color[] {new Color(0x1f77b4), new Color(0xd62728)});
        c.addSeries("mean", names, mean);
        c.addSeries("max", names, max);
        Charts.png(c, file);
    }

    /** The scheme's name up to its first parenthesis or comma, so bar labels stay short. */
    private static String shortName(String scheme) {
        int cut = scheme.length();
        for (char ch : new char[] {'(', ','}) {
            int k = scheme.indexOf(ch);
            if (k > 0) {
                cut = Math.min(cut, k);
            }
        }
        return scheme.substring(0, cut).strip();
    }
}
