package memspice.tools.amc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.knowm.xchart.XYChart;

import memspice.netlist.NetlistException;
import memspice.tools.cli.Main;
import memspice.tools.plot.Charts;
import memspice.tools.plot.Curve;

/**
 * {@code memspice amc wires}: INV relative error versus wire resistance per segment ({@link WireStudy}),
 * printed as a table and, with {@code --out DIR}, written as {@code DIR/wires.csv} and the plot
 * {@code DIR/wires.png}.
 */
final class WiresCommand {

    private WiresCommand() {
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(AmcOptions.opt("family", "NAME", "matrix family: " + String.join(",", ScalingFamilies.NAMES) + " (default fixed)"));
        o.addOption(AmcOptions.opt("n", "N", "matrix size (default 64)"));
        o.addOption(AmcOptions.opt("seed", "S", "seed of the matrix and of the right-hand side (default 1)"));
        o.addOption(AmcOptions.opt("lambda", "L", "lambda_min(D^-1 G) of the fixed family (default 0.5)"));
        o.addOption(AmcOptions.opt("matrix", "FILE", "use this matrix (CSV) instead of a family; needs --rhs"));
        o.addOption(AmcOptions.opt("rhs", "FILE", "the right-hand side with --matrix"));
        o.addOption(AmcOptions.opt("rwire-sweep", "LIST", "wire resistances per segment in ohm (default 0,1,2,3,4,5)"));
        o.addOption(AmcOptions.opt("cwire", "F", "wire capacitance per segment, written into the decks (default 0)"));
        o.addOption(AmcOptions.opt("g0", "LIST", "conductance units G0 to study, comma-separated (default 100u)"));
        o.addOption(AmcOptions.opt("a0", "V/V", "macromodel op-amp open-loop DC gain (default 1e5)"));
        o.addOption(AmcOptions.opt("gbw", "HZ", "macromodel op-amp gain-bandwidth product (default 16meg)"));
        o.addOption(AmcOptions.opt("out", "DIR", "write DIR/wires.csv and DIR/wires.png"));
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    static int run(String[] args, PrintStream out) throws ParseException, NetlistException, IOException {
        CommandLine cl = AmcOptions.parse(args, options(), "memspice amc wires [options]", out);
        if (cl == null) {
            return Main.OK;
        }
        long seed = integer(cl, "seed", "1");
        double[][] a;
        double[] b;
        String source;
        if (cl.hasOption("matrix")) {
            if (!cl.hasOption("rhs")) {
                throw new IllegalArgumentException("--matrix needs --rhs");
            }
            a = AmcInput.matrix(Path.of(cl.getOptionValue("matrix")));
            b = AmcInput.vector(Path.of(cl.getOptionValue("rhs")));
            source = "matrix " + cl.getOptionValue("matrix") + ", rhs " + cl.getOptionValue("rhs");
        } else {
            String family = cl.getOptionValue("family", "fixed");
            int n = (int) integer(cl, "n", "64");
            if (n < 2) {
                throw new IllegalArgumentException("--n must be at least 2, got " + n);
            }
            double lambda = AmcOptions.number(cl, "lambda", "0.5");
            a = WireStudy.matrix(family, n, seed, lambda);
            b = WireStudy.rhs(a, seed);
            source = String.format(Locale.ROOT, "family %s, N=%d, seed %d%s; b random with ||A^-1 b||_inf = 1 V", family, n, seed,
                    family.equals("fixed") ? ", lambda_min(D^-1 A) = " + OpampSpec.num(lambda) : "");
        }
        String[] parts = cl.getOptionValue("rwire-sweep", "0,1,2,3,4,5").split(",");
        double[] rw = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            rw[k] = AmcOptions.number("rwire-sweep", parts[k]);
            if (!(rw[k] >= 0) || Double.isInfinite(rw[k])) {
                throw new IllegalArgumentException("--rwire-sweep: " + parts[k].trim() + " is not a finite resistance >= 0 ohm");
            }
        }
        String[] g0s = cl.getOptionValue("g0", "100u").split(",");
        double[] g0 = new double[g0s.length];
        for (int k = 0; k < g0s.length; k++) {
            g0[k] = AmcOptions.number("g0", g0s[k]);
        }
        OpampSpec macro = new OpampSpec(AmcOptions.number(cl, "a0", "1e5"), AmcOptions.number(cl, "gbw", "16meg"));
        Path dir = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : null;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        out.println("INV error vs wire resistance: " + source);
        out.println("geometry: row op-amps at the rows' left end, column drivers at the columns' top; R per segment between cells");
        out.printf(Locale.ROOT, "%8s %-26s %8s %12s %12s %12s %11s %7s%n", "G0_S", "op-amps", "R_ohm", "err_sim", "err_model", "sim_vs_model",
                "lambda_min", "wall_s");
        List<WireStudy.Row> rows = new ArrayList<>();
        List<String> csv = new ArrayList<>();
        csv.add("g0_s,opamps,rwire_ohm,error_sim,error_model,sim_vs_model,lambda_min,wall_s");
        for (double g : g0) {
            for (WireStudy.Row r : WireStudy.run(a, b, g, List.of(OpampSpec.ideal(), macro), rw, AmcOptions.number(cl, "cwire", "0"))) {
                rows.add(r);
                out.printf(Locale.ROOT, "%8.3g %-26s %8.3g %12.4e %12.4e %12.3e %11.6f %7.2f%n", r.g0(), r.opamps(), r.rwire(),
                        r.errorSim(), r.errorModel(), r.simVsModel(), r.lambdaMin(), r.wallSeconds());
                out.flush();
                csv.add(String.format(Locale.ROOT, "%s,%s,%s,%.9e,%.9e,%.4e,%.9f,%.3f", OpampSpec.num(r.g0()), r.opamps(),
                        OpampSpec.num(r.rwire()), r.errorSim(), r.errorModel(), r.simVsModel(), r.lambdaMin(), r.wallSeconds()));
            }
        }
        if (dir != null) {
            Path table = dir.resolve("wires.csv");
            Files.write(table, csv, StandardCharsets.UTF_8);
            Path png = dir.resolve("wires.png");
            Charts.png(chart(rows, a.length, WireStudy.label(macro),
                    String.format(Locale.ROOT, "A0 = %.3g, GBW = %.3g MHz", macro.a0(), macro.gbw() / 1e6)), png);
            out.println("wrote " + table + " and " + png);
        }
        return Main.OK;
    }

    /**
     * Error vs R on a logarithmic error axis: for the macromodel op-amps and each G0, the simulated
     * points and the wired-network model beside them (dashed); the nullor rows stay in the CSV (their
     * 0-ohm error is round-off, which a log axis cannot hold together with the rest).
     */
    static XYChart chart(List<WireStudy.Row> rows, int n, String ops, String opsTitle) {
        List<Curve> curves = new ArrayList<>();
        for (double g0 : rows.stream().mapToDouble(WireStudy.Row::g0).distinct().toArray()) {
            List<WireStudy.Row> rs = rows.stream().filter(r -> r.opamps().equals(ops) && r.g0() == g0).toList();
            double[] x = rs.stream().mapToDouble(WireStudy.Row::rwire).toArray();
            String g = "G0 = " + memspice.tools.plot.Units.prefixFor(g0, "S").symbol()
                    .transform(p -> String.format(Locale.ROOT, "%.3g %sS", g0 * memspice.tools.plot.Units.prefixFor(g0, "S").factor(), p));
            curves.add(new Curve("simulated, " + g, x, rs.stream().mapToDouble(WireStudy.Row::errorSim).toArray(), "", false));
            curves.add(new Curve("nodal model (dashed), " + g, x, rs.stream().mapToDouble(WireStudy.Row::errorModel).toArray(), "", true));
        }
        XYChart c = Charts.xy(n + " x " + n + " INV (op-amps " + opsTitle + "): relative error vs wire resistance",
                "wire resistance per segment", "ohm", curves, new Charts.XyOptions(false, true, true, 1000, 600), true);
        c.setYAxisGroupTitle(0, "relative error ||V - V_ideal||_inf / ||V_ideal||_inf (1)");
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return c;
    }

    private static long integer(CommandLine cl, String name, String def) {
        String s = cl.getOptionValue(name, def);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": '" + s + "' is not an integer");
        }
    }
}
