package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.tools.plot.Charts;
import memspice.tools.plot.Curve;
import memspice.tools.plot.DataTable;
import memspice.tools.plot.MatrixCsv;
import memspice.tools.plot.Units;

/**
 * {@code memspice plot FILE.csv|FILE.raw [--x COL] [--y COL,COL] [-o OUT.png] [--title T] [--iv]
 * [--heatmap]}: draws a result file to PNG (headless). By default every column over the first one
 * (time, frequency, the swept source); {@code --iv} draws the first current over the first voltage
 * (an I-V loop); {@code --heatmap} draws a CSV matrix (a crossbar drop map) as a heat map.
 */
final class PlotCommand implements Command {

    @Override
    public String summary() {
        return "plot a result file (CSV or raw) to PNG: waveforms, I-V loops, heat maps";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("x").hasArg().argName("COL").desc("the x column (default: the first)").get());
        o.addOption(Option.builder().longOpt("y").hasArg().argName("COL,COL")
                .desc("the y columns, comma-separated (default: all but x)").get());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("OUT.png")
                .desc("the PNG to write (default: FILE with .png)").get());
        o.addOption(Option.builder().longOpt("title").hasArg().argName("T").desc("the chart title").get());
        o.addOption(Option.builder().longOpt("iv")
                .desc("an I-V loop: x the first voltage column, y the first current column (unless --x/--y)").get());
        o.addOption(Option.builder().longOpt("heatmap").desc("FILE is a CSV matrix: draw it as a heat map").get());
        o.addOption(Option.builder().longOpt("unit").hasArg().argName("U").desc("the unit of the heat-map values").get());
        o.addOption(Option.builder().longOpt("plot").hasArg().argName("N").desc("plot number N of a raw file (from 1)").get());
        o.addOption(Option.builder().longOpt("logx").desc("logarithmic x axis (default for frequency)").get());
        o.addOption(Option.builder().longOpt("logy").desc("logarithmic y axis").get());
        o.addOption(Option.builder().longOpt("markers").desc("mark every point").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options(), args);
        } catch (ParseException e) {
            err.println("memspice plot: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (cl.hasOption("help")) {
            Help.print(out, "memspice plot FILE.csv|FILE.raw [options]", options());
            return Main.OK;
        }
        Path file = InputFile.single(cl, "plot", "result file", err);
        if (file == null) {
            return Main.BAD_INPUT;
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path png = cl.hasOption("output") ? Path.of(cl.getOptionValue("output"))
                : file.resolveSibling(base + ".png");
        try {
            if (cl.hasOption("heatmap")) {
                double[][] m = MatrixCsv.read(file);
                String unit = cl.getOptionValue("unit", "");
                String title = cl.getOptionValue("title", base + " (" + m.length + " x " + m[0].length + ")"
                        + (unit.isEmpty() ? "" : ", " + unit));
                Charts.png(Charts.heatmap(title, m, unit), png);
            } else {
                int plot = Integer.parseInt(cl.getOptionValue("plot", "1"));
                DataTable t = DataTable.read(file, plot);
                String error = draw(t, cl, png, base);
                if (error != null) {
                    err.println(file + ": " + error);
                    return Main.BAD_INPUT;
                }
            }
        } catch (NumberFormatException e) {
            err.println("memspice plot: --plot needs a number, got " + cl.getOptionValue("plot"));
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        out.println("wrote " + png);
        return Main.OK;
    }

    /** Draws the x-y chart; returns an error message for a missing column, else null. */
    private static String draw(DataTable t, CommandLine cl, Path png, String base) throws IOException {
        if (t.names().size() < 2 || t.columns().get(0).length == 0) {
            return "nothing to plot (" + t.names().size() + " columns, " + t.columns().get(0).length + " rows)";
        }
        boolean iv = cl.hasOption("iv");
        int x = 0;
        if (cl.hasOption("x")) {
            x = t.indexOf(cl.getOptionValue("x"));
            if (x < 0) {
                return "no column '" + cl.getOptionValue("x") + "' (columns: " + String.join(", ", t.names()) + ")";
            }
        } else if (iv) {
            x = first(t, "V", -1);
            if (x < 0) {
                return "--iv needs a voltage column (columns: " + String.join(", ", t.names()) + ")";
            }
        }
        List<Integer> ys = new ArrayList<>();
        if (cl.hasOption("y")) {
            for (String name : cl.getOptionValue("y").split(",")) {
                int c = t.indexOf(name);
                if (c < 0) {
                    return "no column '" + name.strip() + "' (columns: " + String.join(", ", t.names()) + ")";
                }
                ys.add(c);
            }
        } else if (iv) {
            int c = first(t, "A", x);
            if (c < 0) {
                return "--iv needs a current column (columns: " + String.join(", ", t.names()) + ")";
            }
            ys.add(c);
        } else {
            for (int c = 0; c < t.names().size(); c++) {
                if (c != x) {
                    ys.add(c);
                }
            }
        }
        List<Curve> curves = new ArrayList<>();
        boolean positive = true;
        for (int c : ys) {
            curves.add(new Curve(t.names().get(c), t.columns().get(x), t.columns().get(c), t.units().get(c), false));
            for (double v : t.columns().get(c)) {
                positive &= v > 0;
            }
        }
        String xUnit = t.units().get(x);
        boolean logX = cl.hasOption("logx") || (xUnit.equals("Hz") && allPositive(t.columns().get(x)));
        boolean logY = cl.hasOption("logy") && positive;
        String xName = iv || x != 0 ? t.names().get(x) : Units.quantity(xUnit).equals("value") ? t.names().get(x)
                : Units.quantity(xUnit);
        String title = cl.getOptionValue("title", iv ? base + ": I-V" : base);
        Charts.png(Charts.xy(title, xName, xUnit, curves,
                new Charts.XyOptions(logX, logY, cl.hasOption("markers"), 1000, 600), false), png);
        return null;
    }

    private static int first(DataTable t, String unit, int not) {
        for (int c = 0; c < t.names().size(); c++) {
            if (c != not && t.units().get(c).equals(unit) && !t.names().get(c).contains("sweep")) {
                return c;
            }
        }
        return -1;
    }

    private static boolean allPositive(double[] v) {
        for (double d : v) {
            if (!(d > 0)) {
                return false;
            }
        }
        return true;
    }
}
