package memspice.tools.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;

import memspice.expr.SpiceNumber;
import memspice.netlist.NetlistException;
import memspice.tools.crossbar.CrossbarSpec;
import memspice.tools.crossbar.Layout;
import memspice.tools.irdrop.Conductances;
import memspice.tools.irdrop.LevelGrid;

/**
 * The conductances and inputs of {@code memspice crossbar}: the original seeded uniform draw
 * ({@link CrossbarSpec#random}, so earlier netlists are reproduced exactly), a draw from
 * {@code --dist uniform|loguniform} snapped to {@code --levels K} ({@link Conductances#random}), or
 * CSV files ({@code --g}, and {@code --g-minus} for the G- half of differential pairs).
 */
final class CrossbarArrays {

    private CrossbarArrays() {
    }

    /** The array the options describe, resistive wires of {@code rwire}, DC drive, virtual ground. */
    static CrossbarSpec spec(CommandLine cl, Layout layout, double rwire) throws NetlistException {
        long seed = Long.parseLong(cl.getOptionValue("seed", "1"));
        double gmin = number(cl.getOptionValue("gmin", "1e-6"));
        double gmax = number(cl.getOptionValue("gmax", "1e-4"));
        double vmax = number(cl.getOptionValue("vmax", "0.2"));
        boolean pairs = layout.pairing() != Layout.Pairing.SINGLE;
        if (cl.hasOption("g-minus") && !pairs) {
            throw new IllegalArgumentException("--g-minus needs --pair columns or 2t2r");
        }
        if (cl.hasOption("g") && (cl.hasOption("rows") || cl.hasOption("cols"))) {
            throw new IllegalArgumentException("--g gives the array's size: drop --rows/--cols");
        }
        boolean legacy = !pairs && !cl.hasOption("g") && !cl.hasOption("dist") && !cl.hasOption("levels");
        int rows;
        int cols;
        double[][] g;
        if (cl.hasOption("g")) {
            g = Conductances.readCsv(Path.of(cl.getOptionValue("g")));
            rows = g.length;
            cols = g[0].length;
        } else {
            if (!cl.hasOption("rows")) {
                throw new IllegalArgumentException("--rows (or --g FILE) is required");
            }
            rows = Integer.parseInt(cl.getOptionValue("rows"));
            cols = Integer.parseInt(cl.getOptionValue("cols", cl.getOptionValue("rows")));
            if (rows < 1 || cols < 1) {
                throw new IllegalArgumentException("--rows and --cols must be positive");
            }
            if (legacy) {
                return CrossbarSpec.random(rows, cols, gmin, gmax, vmax, rwire, seed).with(layout);
            }
            g = Conductances.random(rows, cols, distribution(cl), grid(cl, gmin, gmax), seed);
        }
        double[] x = Conductances.inputs(1, rows, vmax, seed + 1)[0];
        CrossbarSpec.Wires wires = CrossbarSpec.Wires.resistive(rwire);
        if (!pairs) {
            return new CrossbarSpec(g, wires, x, CrossbarSpec.Drive.dc(), CrossbarSpec.Readout.virtualGround(), layout);
        }
        double[][] gMinus = cl.hasOption("g-minus") ? Conductances.readCsv(Path.of(cl.getOptionValue("g-minus")))
                : Conductances.random(rows, cols, distribution(cl), grid(cl, gmin, gmax), seed + 2);
        return layout.spec(g, gMinus, x, wires);
    }

    private static Conductances.Distribution distribution(CommandLine cl) {
        String d = cl.getOptionValue("dist", "uniform").toLowerCase(java.util.Locale.ROOT);
        return switch (d) {
            case "uniform" -> Conductances.Distribution.UNIFORM;
            case "loguniform", "log-uniform" -> Conductances.Distribution.LOG_UNIFORM;
            default -> throw new IllegalArgumentException("--dist: expected uniform or loguniform, got '" + d + "'");
        };
    }

    private static LevelGrid grid(CommandLine cl, double gmin, double gmax) {
        int levels = Integer.parseInt(cl.getOptionValue("levels", "0").trim());
        return new LevelGrid(gmin, gmax, levels);
    }

    /** A number with SPICE suffixes (10n, 0.1f, 16meg); rejects anything else. */
    static double number(String text) {
        if (!SpiceNumber.isNumber(text.trim())) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
        return SpiceNumber.parse(text.trim());
    }

    static double[] numbers(String text, int min, int max, String option) {
        String[] f = text.split(",");
        if (f.length < min || f.length > max) {
            throw new IllegalArgumentException(option + " needs " + (min == max ? "" + min : min + " to " + max)
                    + " comma-separated numbers, got '" + text + "'");
        }
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = number(f[i].trim());
        }
        return v;
    }
}
