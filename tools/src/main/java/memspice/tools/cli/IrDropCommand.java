package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.expr.SpiceNumber;
import memspice.netlist.NetlistException;
import memspice.sparse.SingularMatrixException;
import memspice.tools.crossbar.Layout;
import memspice.tools.irdrop.CompensationStudy;
import memspice.tools.irdrop.Conductances;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.IrDropPlots;
import memspice.tools.irdrop.LevelGrid;
import memspice.tools.irdrop.MvmStats;
import memspice.tools.irdrop.SizeSweep;
import memspice.tools.irdrop.Wiring;

/**
 * {@code memspice irdrop}: IR-drop study of a resistive crossbar solved in memory (see
 * {@link CrossbarSystem}). A thin layer over the {@code memspice.tools.irdrop} API: one array's
 * G_eff, per-column MVM error, voltage-drop map, effective bits and power; {@code --compensate} the
 * compensation table; {@code --sweep-n}/{@code --sweep-r} the error-versus-size table. CSV tables and
 * PNG figures ({@link IrDropPlots}) go to {@code --out DIR}, a summary to standard output.
 */
final class IrDropCommand implements Command {

    @Override
    public String summary() {
        return "IR-drop study of a crossbar: G_eff, MVM error, drop map, compensation, size sweeps";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(opt("g", "FILE", "conductance matrix CSV (S), one row per line (default: random)"));
        o.addOption(opt("rows", "N", "rows of a random array (default 64)"));
        o.addOption(opt("cols", "M", "columns of a random array (default: rows)"));
        o.addOption(opt("dist", "NAME", "random conductances: uniform or loguniform (default uniform)"));
        o.addOption(opt("gmin", "S", "lowest conductance, the grid's first level (default 1u)"));
        o.addOption(opt("gmax", "S", "highest conductance, the grid's last level (default 100u)"));
        o.addOption(opt("levels", "K", "programmable levels from gmin to gmax, 0 = continuous (default 2048)"));
        o.addOption(opt("rrow", "OHM", "row wire segment resistance (default 1)"));
        o.addOption(opt("rcol", "OHM", "column wire segment resistance (default: --rrow)"));
        o.addOption(opt("rdrv", "OHM", "driver output resistance (default 0)"));
        o.addOption(opt("drive", "SIDES", "row drive: one or both ends (default one)"));
        o.addOption(opt("sense", "SIDES", "column read-out: one or both ends (default one)"));
        o.addOption(opt("tia", "RF,A0", "read columns with DC transimpedance amplifiers: feedback ohm, gain "
                + "(input resistance RF/(1+A0); default: ideal virtual ground)"));
        o.addOption(opt("vmax", "V", "random inputs are uniform in [0, vmax] (default 0.2)"));
        o.addOption(opt("inputs", "K", "random test inputs (default 100; as many again for fitting)"));
        o.addOption(opt("seed", "K", "random seed (default 1)"));
        o.addOption(opt("sinh", "B", "nonlinear cells I = G/B sinh(B V), B in 1/V (single-array study; default 0: linear)"));
        o.addOption(opt("pair", "KIND", "differential array: columns (G+/G- columns, I+ - I-) or 2t2r (G+/G- rows at "
                + "+/-V; linear cells); G+ from --g or the draw, G- from --g-minus or a second draw"));
        o.addOption(opt("g-minus", "FILE", "G- conductance CSV for --pair (default: random)"));
        o.addOption(opt("netlist", "FILE", "also write the array, driven by the first test input, as a SPICE netlist (.op)"));
        o.addOption(Option.builder().longOpt("geff").desc("extract G_eff even above 256 rows (N solves)").get());
        o.addOption(Option.builder().longOpt("compensate").desc("compare compensation schemes").get());
        o.addOption(opt("iterations", "K", "pre-distortion iterations at most (default 30)"));
        o.addOption(opt("solver", "NAME", "lu, cg, or auto: LU up to 256 x 256 cells, CG above (default auto)"));
        o.addOption(opt("sweep-n", "N,N,..", "error-versus-size table over these N x N sizes"));
        o.addOption(opt("sweep-r", "OHM,..", "wire segment resistances for the sweep (default: --rrow)"));
        o.addOption(opt("sweep-inputs", "K", "random inputs per size in a sweep (default 10)"));
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("directory for the CSV tables and PNG figures").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    private static Option opt(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).get();
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(options(), args);
            if (cl.hasOption("help")) {
                Help.print(out, "memspice irdrop [--g FILE | --rows N] [options] [--compensate] [--sweep-n LIST] [-o DIR]",
                        options());
                return Main.OK;
            }
            if (!cl.getArgList().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + cl.getArgList().get(0) + "'");
            }
            Setup s = Setup.of(cl);
            Path dir = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : null;
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (cl.hasOption("sweep-n")) {
                sweep(cl, s, dir, out);
                return Main.OK;
            }
            double[][] g = cl.hasOption("g") ? Conductances.readCsv(Path.of(cl.getOptionValue("g")))
                    : Conductances.random(s.rows, s.cols, s.dist, s.grid, s.seed);
            double[][] test = Conductances.inputs(s.inputs, g.length, s.vmax, s.seed + 1);
            if (cl.hasOption("pair")) {
                if (cl.hasOption("compensate") || cl.hasOption("sinh") || cl.hasOption("netlist")) {
                    throw new IllegalArgumentException("--pair studies linear arrays: no --compensate, --sinh or --netlist");
                }
                Layout.Pairing pairing = Layout.Pairing.parse(cl.getOptionValue("pair"));
                if (pairing == Layout.Pairing.SINGLE) {
                    throw new IllegalArgumentException("--pair: expected columns or 2t2r");
                }
                double[][] gm = cl.hasOption("g-minus") ? Conductances.readCsv(Path.of(cl.getOptionValue("g-minus")))
                        : Conductances.random(g.length, g[0].length, s.dist, s.grid, s.seed + 2);
                IrDropPairs.study(g, gm, pairing, s.wiring, s.solver(g.length, 2 * g[0].length), test, dir, out);
                return Main.OK;
            }
            if (cl.hasOption("g-minus")) {
                throw new IllegalArgumentException("--g-minus needs --pair columns or 2t2r");
            }
            if (cl.hasOption("compensate")) {
                compensate(cl, s, g, test, dir, out);
            } else {
                double sinh = Setup.number(cl, "sinh", "0");
                if (sinh < 0) {
                    throw new IllegalArgumentException("--sinh must not be negative");
                }
                if (cl.hasOption("netlist")) {
                    IrDropReport.netlist(Path.of(cl.getOptionValue("netlist")), g, s.wiring, sinh, test[0], out);
                }
                IrDropReport.study(g, s.wiring, s.solver(g.length, g[0].length), sinh, test, s.vmax,
                        g.length <= 256 || cl.hasOption("geff"), dir, out);
            }
            return Main.OK;
        } catch (ParseException | IllegalArgumentException e) {
            err.println("memspice irdrop: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (NetlistException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (SingularMatrixException e) {
            err.println("memspice irdrop: singular crossbar matrix: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            err.println("memspice irdrop: cannot write: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private static void compensate(CommandLine cl, Setup s, double[][] g, double[][] test, Path dir, PrintStream out)
            throws SingularMatrixException, IOException {
        double[][] training = Conductances.inputs(s.inputs, g.length, s.vmax, s.seed + 2);
        int iterations = Setup.count(cl, "iterations", 30);
        out.printf("compensation on %d x %d, row/col segment %s/%s ohm, driver %s ohm, %d test inputs "
                        + "(fitting on %d others)%n", g.length, g[0].length, s.wiring.rowSegment(),
                s.wiring.columnSegment(), s.wiring.driverResistance(), test.length, training.length);
        out.printf("%-42s %12s %12s %7s %9s %5s %7s %6s %8s%n", "scheme", "mean rel err", "max rel err", "bits",
                "reduction", "iter", "bounds", "grid", "time s");
        double[] before = new double[1];
        List<CompensationStudy.Row> rows = CompensationStudy.run(g, s.wiring, s.grid, training, test, iterations,
                s.solver(g.length, g[0].length), r -> {
            if (before[0] == 0) {
                before[0] = r.stats().meanError();
            }
            out.printf("%-42s %12.4e %12.4e %7.2f %9.1f %5d %7d %6s %8.2f%n", r.scheme(), r.stats().meanError(),
                    r.stats().maxError(), r.stats().effectiveBits(), before[0] / r.stats().meanError(), r.iterations(),
                    r.atBounds(), r.onGrid() ? "yes" : "no", r.seconds());
            out.flush();
        });
        if (dir != null) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("compensation.csv"), StandardCharsets.UTF_8)) {
                w.write("scheme,mean_rel_error,max_rel_error,effective_bits,reduction,iterations,cells_at_bounds,on_grid,seconds\n");
                for (CompensationStudy.Row r : rows) {
                    w.write("\"" + r.scheme() + "\"," + r.stats().meanError() + "," + r.stats().maxError() + ","
                            + r.stats().effectiveBits() + "," + before[0] / r.stats().meanError() + "," + r.iterations()
                            + "," + r.atBounds() + "," + r.onGrid() + "," + r.seconds() + "\n");
                }
            }
            for (CompensationStudy.Row r : rows) {
                if (r.programmed() != null) {
                    String name = r.scheme().contains("Newton") ? "predistorted_newton.csv" : "predistorted_fixed_point.csv";
                    try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                        Conductances.writeCsv(r.programmed(), w);
                    }
                }
            }
            out.println("wrote " + dir + "/{compensation,predistorted_fixed_point,predistorted_newton}.csv");
            String array = g.length + " x " + g[0].length + ", " + s.wiring.rowSegment() + " ohm/segment";
            IrDropPlots.compensation(rows, "Compensation on " + array + ", " + test.length + " test inputs",
                    dir.resolve("compensation.png"));
            java.util.Map<String, double[]> errors = new java.util.LinkedHashMap<>();
            for (CompensationStudy.Row r : rows) {
                if (r.scheme().equals("none") || r.scheme().equals("column calibration")
                        || r.scheme().startsWith("pre-distortion Newton")) {
                    errors.put(r.scheme().equals("none") ? "uncompensated" : r.scheme(), r.stats().columnMeanError());
                }
            }
            IrDropPlots.columnError(errors, "MVM error per column before and after compensation, " + array,
                    dir.resolve("compensation_columns.png"));
            out.println("wrote " + dir + "/{compensation,compensation_columns}.png");
        }
    }

    private static void sweep(CommandLine cl, Setup s, Path dir, PrintStream out)
            throws SingularMatrixException, IOException {
        List<Integer> sizes = new ArrayList<>();
        for (double v : Setup.list(cl.getOptionValue("sweep-n"), "--sweep-n")) {
            if (v < 1 || v != Math.rint(v)) {
                throw new IllegalArgumentException("--sweep-n: sizes must be positive integers, got " + v);
            }
            sizes.add((int) v);
        }
        double[] segments = cl.hasOption("sweep-r") ? Setup.list(cl.getOptionValue("sweep-r"), "--sweep-r")
                : new double[] {s.wiring.rowSegment()};
        int inputs = Setup.count(cl, "sweep-inputs", 10);
        List<SizeSweep.Row> done = new ArrayList<>();
        Writer csv = dir == null ? null : Files.newBufferedWriter(dir.resolve("sweep.csv"), StandardCharsets.UTF_8);
        try {
            if (csv != null) {
                csv.write("n,segment_ohm,solver,unknowns,lu_entries,mean_rel_error,max_rel_error,effective_bits,"
                        + "build_seconds,score_seconds,seconds\n");
            }
            out.printf("%6s %8s %6s %10s %12s %12s %12s %7s %9s %9s%n", "N", "R ohm", "solver", "unknowns", "L+U entries",
                    "mean rel err", "max rel err", "bits", "build s", "total s");
            for (double r : segments) {
                for (int n : sizes) {
                    SizeSweep.Row row = SizeSweep.run(n, r, s.wiring, s.grid, s.dist, s.seed, inputs, s.vmax,
                            s.solver(n, n));
                    done.add(row);
                    out.printf("%6d %8s %6s %10d %12d %12.4e %12.4e %7.2f %9.2f %9.2f%n", n, r, row.solver(), row.unknowns(),
                            row.factorEntries(), row.stats().meanError(), row.stats().maxError(),
                            row.stats().effectiveBits(), row.buildSeconds(), row.seconds());
                    out.flush();
                    if (csv != null) {
                        csv.write(n + "," + r + "," + row.solver() + "," + row.unknowns() + "," + row.factorEntries() + ","
                                + row.stats().meanError() + "," + row.stats().maxError() + "," + row.stats().effectiveBits()
                                + "," + row.buildSeconds() + "," + row.scoreSeconds() + "," + row.seconds() + "\n");
                        csv.flush();
                    }
                }
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
        if (dir != null) {
            IrDropPlots.sweep(done, dir.resolve("sweep.png"));
            out.println("wrote " + dir.resolve("sweep.csv") + ", " + dir.resolve("sweep.png"));
        }
    }

    /** The options shared by every mode, parsed and checked. */
    private record Setup(int rows, int cols, Conductances.Distribution dist, LevelGrid grid, Wiring wiring,
                         double vmax, int inputs, long seed, String solverName) {

        /** LU up to 256 x 256 cells under auto, CG above. */
        CrossbarSystem.Solver solver(int n, int m) {
            return switch (solverName) {
                case "lu" -> CrossbarSystem.Solver.LU;
                case "cg" -> CrossbarSystem.Solver.CG;
                default -> (long) n * m <= 256 * 256 ? CrossbarSystem.Solver.LU : CrossbarSystem.Solver.CG;
            };
        }

        static Setup of(CommandLine cl) {
            int rows = count(cl, "rows", 64);
            int cols = count(cl, "cols", rows);
            String d = cl.getOptionValue("dist", "uniform").toLowerCase(java.util.Locale.ROOT);
            Conductances.Distribution dist = switch (d) {
                case "uniform" -> Conductances.Distribution.UNIFORM;
                case "loguniform", "log-uniform" -> Conductances.Distribution.LOG_UNIFORM;
                default -> throw new IllegalArgumentException("--dist: expected uniform or loguniform, got '" + d + "'");
            };
            int levels = cl.hasOption("levels") ? nonNegative(cl, "levels") : 2048;
            LevelGrid grid = new LevelGrid(number(cl, "gmin", "1u"), number(cl, "gmax", "100u"), levels);
            double rrow = number(cl, "rrow", "1");
            double sense = 0;
            if (cl.hasOption("tia")) {
                double[] t = list(cl.getOptionValue("tia"), "--tia");
                if (t.length != 2) {
                    throw new IllegalArgumentException("--tia needs RF,A0, got '" + cl.getOptionValue("tia") + "'");
                }
                sense = Wiring.tia(t[0], t[1]);
            }
            Wiring wiring = new Wiring(rrow, number(cl, "rcol", Double.toString(rrow)), number(cl, "rdrv", "0"),
                    sides(cl, "drive"), sides(cl, "sense"), sense);
            double vmax = number(cl, "vmax", "0.2");
            if (!(vmax > 0)) {
                throw new IllegalArgumentException("--vmax must be positive");
            }
            long seed;
            try {
                seed = Long.parseLong(cl.getOptionValue("seed", "1"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed: not an integer: '" + cl.getOptionValue("seed") + "'");
            }
            String solver = cl.getOptionValue("solver", "auto");
            if (!solver.equals("lu") && !solver.equals("cg") && !solver.equals("auto")) {
                throw new IllegalArgumentException("--solver: expected lu, cg or auto, got '" + solver + "'");
            }
            return new Setup(rows, cols, dist, grid, wiring, vmax, count(cl, "inputs", 100), seed, solver);
        }

        private static boolean sides(CommandLine cl, String name) {
            String v = cl.getOptionValue(name, "one");
            return switch (v) {
                case "one" -> false;
                case "both" -> true;
                default -> throw new IllegalArgumentException("--" + name + ": expected one or both, got '" + v + "'");
            };
        }

        static double number(CommandLine cl, String name, String fallback) {
            String text = cl.getOptionValue(name, fallback).trim();
            if (!SpiceNumber.isNumber(text)) {
                throw new IllegalArgumentException("--" + name + ": not a number: '" + text + "'");
            }
            return SpiceNumber.parse(text);
        }

        static int count(CommandLine cl, String name, int fallback) {
            if (!cl.hasOption(name)) {
                return fallback;
            }
            int v = nonNegative(cl, name);
            if (v < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            return v;
        }

        private static int nonNegative(CommandLine cl, String name) {
            try {
                int v = Integer.parseInt(cl.getOptionValue(name).trim());
                if (v < 0) {
                    throw new IllegalArgumentException("--" + name + " must not be negative");
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + ": not an integer: '" + cl.getOptionValue(name) + "'");
            }
        }

        static double[] list(String text, String option) {
            String[] f = text.split(",");
            double[] v = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                String t = f[k].trim();
                if (!SpiceNumber.isNumber(t)) {
                    throw new IllegalArgumentException(option + ": not a number: '" + t + "'");
                }
                v[k] = SpiceNumber.parse(t);
            }
            return v;
        }
    }
}
