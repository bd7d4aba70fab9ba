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

import memspice.netlist.NetlistException;
import memspice.tools.cli.Main;

/**
 * {@code memspice amc scaling}: INV settling time versus N for the ScalingFamilies matrices, beside
 * the prediction tau ln(1/band) from lambda_min(D^-1 G) and the exact linear-ODE settling time; one
 * table row per (family, N), optionally written as {@code scaling.csv} under {@code --out DIR}.
 */
final class ScalingCommand {

    static final String DEFAULT_SIZES = "4,8,16,32,64,128,256";

    private ScalingCommand() {
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(AmcOptions.opt("families", "LIST", "comma-separated families: " + String.join(",", ScalingFamilies.NAMES) + " (default), or mixed-sign "
                + String.join(",", ScalingFamilies.MIXED)));
        o.addOption(AmcOptions.opt("sizes", "LIST", "comma-separated N values (default " + DEFAULT_SIZES + "; about 90 s on 2 cores, N=256 most of it)"));
        o.addOption(AmcOptions.opt("seed", "S", "seed of the random matrices and right-hand sides (default 1)"));
        o.addOption(AmcOptions.opt("lambda", "L", "lambda_min(D^-1 G) of the fixed family, in (0, 1) (default 0.1)"));
        o.addOption(AmcOptions.opt("rhs", "KIND", "right-hand side: random, ones, or slowest (answer = slowest mode) (default random)"));
        o.addOption(AmcOptions.opt("g0", "S", "conductance unit (default 100u)"));
        o.addOption(AmcOptions.opt("a0", "V/V", "op-amp open-loop DC gain (default 1e5)"));
        o.addOption(AmcOptions.opt("gbw", "HZ", "op-amp gain-bandwidth product (default 16meg)"));
        o.addOption(AmcOptions.opt("band", "REL", "settling band relative to max|V| (default 1e-3)"));
        o.addOption(AmcOptions.opt("out", "DIR", "write DIR/scaling.csv"));
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }


    /** True when a mixed-sign family is asked for: the table then gets the full-dynamics prediction columns. */
    private static boolean mixed(List<String> families) {
        return families.stream().anyMatch(ScalingFamilies.MIXED::contains);
    }

    static int run(String[] args, PrintStream out) throws ParseException, NetlistException, IOException {
        Options options = options();
        CommandLine cl = AmcOptions.parse(args, options, "memspice amc scaling [options]", out);
        if (cl == null) {
            return Main.OK;
        }
        List<String> families = new ArrayList<>();
        for (String f : cl.getOptionValue("families", String.join(",", ScalingFamilies.NAMES)).split(",")) {
            if (!ScalingFamilies.known(f.trim())) {
                throw new IllegalArgumentException("--families: unknown family '" + f.trim() + "' (" + String.join(", ", ScalingFamilies.NAMES)
                        + ", " + String.join(", ", ScalingFamilies.MIXED) + ")");
            }
            families.add(f.trim());
        }
        List<Integer> sizes = new ArrayList<>();
        for (String s : cl.getOptionValue("sizes", DEFAULT_SIZES).split(",")) {
            try {
                sizes.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sizes: '" + s.trim() + "' is not an integer");
            }
            if (sizes.get(sizes.size() - 1) < 2) {
                throw new IllegalArgumentException("--sizes: N must be at least 2, got " + s.trim());
            }
        }
        long seed;
        try {
            seed = Long.parseLong(cl.getOptionValue("seed", "1"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed: '" + cl.getOptionValue("seed") + "' is not an integer");
        }
        ScalingStudy.Rhs rhs;
        try {
            rhs = ScalingStudy.Rhs.valueOf(cl.getOptionValue("rhs", "random").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rhs: '" + cl.getOptionValue("rhs") + "' is not random, ones or slowest");
        }
        double lambda = AmcOptions.number(cl, "lambda", "0.1");
        OpampSpec op = new OpampSpec(AmcOptions.number(cl, "a0", "1e5"), AmcOptions.number(cl, "gbw", "16meg"));
        double band = AmcOptions.number(cl, "band", "1e-3");
        if (!(band > 0 && band < 1)) {
            throw new IllegalArgumentException("--band must be in (0, 1), got " + band);
        }
        double g0 = AmcOptions.number(cl, "g0", "100u");
        Path dir = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : null;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        out.printf(Locale.ROOT, "INV settling vs N: op-amps A0=%s GBW=%s Hz, band %.3g, rhs %s (scaled to max|V| = 1 V), seed %d%n",
                OpampSpec.num(op.a0()), OpampSpec.num(op.gbw()), band, rhs.name().toLowerCase(Locale.ROOT), seed);
        out.println("predicted = tau ln(1/band), tau = 1/(2 pi GBW lambda_min); exact = linear ODE from zero; "
                + "w_slow = slowest mode's share of the initial error");
        String header = String.format(Locale.ROOT, "%-9s %5s %12s %12s %12s %12s %8s %8s %8s %9s %8s%s", "family", "N",
                "lambda_min", "predicted_s", "exact_s", "measured_s", "meas/pr", "meas/ex", "w_slow", "err_ideal", "wall_s",
                mixed(families) ? String.format(Locale.ROOT, " %12s %8s", "dyn_pred_s", "meas/dyn") : "");
        out.println(header);
        List<String> csv = new ArrayList<>();
        csv.add("family,n,lambda_min,predicted_s,exact_s,measured_s,measured_over_predicted,measured_over_exact,slowest_weight,"
                + "error_vs_ideal,wall_s" + (mixed(families) ? ",dynamics_predicted_s,measured_over_dynamics" : ""));
        double worst = 1;
        for (String f : families) {
            for (int n : sizes) {
                ScalingStudy.Row r = ScalingStudy.run(f, n, seed, lambda, rhs, op, band, g0);
                String dyn = String.format(Locale.ROOT, " %12.5g %8.4f", r.predictedDynamics(), r.measured() / r.predictedDynamics());
                out.printf(Locale.ROOT, "%-9s %5d %12.6g %12.5g %12.5g %12.5g %8.4f %8.4f %8.4f %9.2e %8.2f%s%n", r.family(), r.n(),
                        r.lambdaMin(), r.predicted(), r.exact(), r.measured(), r.ratio(), r.exactRatio(), r.slowestWeight(),
                        r.error(), r.wallSeconds(), mixed(families) ? dyn : "");
                out.flush();
                csv.add(String.format(Locale.ROOT, "%s,%d,%.9g,%.9g,%.9g,%.9g,%.6f,%.6f,%.6f,%.4e,%.3f", r.family(), r.n(),
                        r.lambdaMin(), r.predicted(), r.exact(), r.measured(), r.ratio(), r.exactRatio(), r.slowestWeight(),
                        r.error(), r.wallSeconds()) + (mixed(families) ? String.format(Locale.ROOT, ",%.9g,%.6f", r.predictedDynamics(),
                        r.measured() / r.predictedDynamics()) : ""));
                // mixed families: judged against the full dynamics (inverters included), which lambda_min(D^-1 G) ignores
                double ratio = ScalingFamilies.MIXED.contains(f) ? r.measured() / r.predictedDynamics() : r.ratio();
                worst = Math.abs(ratio - 1) > Math.abs(worst - 1) ? ratio : worst;
            }
        }
        out.printf(Locale.ROOT, "largest departure of measured/predicted from 1%s: %.4f (%s 15 %%)%n",
                mixed(families) ? " (mixed families: measured/dyn_pred)" : "", worst,
                Math.abs(worst - 1) <= 0.15 ? "within" : "OUTSIDE");
        if (dir != null) {
            Path p = dir.resolve("scaling.csv");
            Files.write(p, csv, StandardCharsets.UTF_8);
            out.println("wrote " + p);
        }
        return Main.OK;
    }

}
