package memspice.tools.amc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.netlist.NetlistException;
import memspice.tools.cli.Command;
import memspice.tools.cli.Main;

/**
 * {@code memspice amc}: analog matrix computing circuits (Sun et al., PNAS 116:4123, 2019; REFERENCE.md
 * section 3) built from CSV matrices, judged before simulation and simulated. Subcommands:
 * {@code inverse} (INV).
 */
public final class AmcCommand implements Command {

    /** netlib-java's fallback notice (pure-Java F2J is used) is no user's concern; kept to hold the level. */
    private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil.netlib");

    static {
        NETLIB.setLevel(java.util.logging.Level.SEVERE);
    }

    @Override
    public String summary() {
        return "analog matrix computing circuits from CSV matrices: inverse (INV), eigen (EGV), regress";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println("usage: memspice amc inverse --matrix A.csv --rhs b.csv [options]"
                    + "\n       memspice amc eigen --matrix A.csv [options]"
                    + "\n       memspice amc regress --data D.csv [options]"
                    + "\n       memspice amc scaling [options]"
                    + "\n       memspice amc wires [options]"
                    + "\n  memspice amc inverse|eigen|regress|scaling|wires --help   for the options");
            return args.length == 0 ? Main.BAD_INPUT : Main.OK;
        }
        String sub = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (sub) {
                case "inverse" -> InverseCommand.run(rest, out);
                case "regress" -> regress(rest, out);
                case "eigen" -> eigen(rest, out);
                case "scaling" -> ScalingCommand.run(rest, out);
                case "wires" -> WiresCommand.run(rest, out);
                default -> throw new IllegalArgumentException("unknown subcommand '" + sub + "' (inverse, eigen, regress, scaling, wires)");
            };
        } catch (no.uib.cipr.matrix.MatrixSingularException e) {
            err.println("memspice amc " + sub + ": the matrix is singular (no numerical reference answer)");
            return Main.BAD_INPUT;
        } catch (ParseException | IllegalArgumentException e) {
            err.println("memspice amc " + sub + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (NetlistException e) {
            err.println("memspice amc " + sub + ": generated netlist rejected: " + e.getMessage());
            return Main.FAILED;
        } catch (IllegalStateException e) {
            err.println("memspice amc " + sub + ": " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            err.println("memspice amc " + sub + ": cannot write: " + e.getMessage());
            return Main.FAILED;
        }
    }

    /** netlists/opamps.lib of the installation this class was loaded from (tools/target/...), else of the working directory. */
    static Path opampsLib() {
        try {
            Path here = Path.of(AmcCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = here; d != null; d = d.getParent()) {
                Path lib = d.resolve("netlists").resolve("opamps.lib");
                if (Files.isRegularFile(lib)) {
                    return lib;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("netlists", "opamps.lib");
    }

    private static Options regressOptions() {
        Options o = new Options();
        o.addOption(AmcOptions.opt("data", "FILE", "data CSV: one sample per row, features X (>= 0) then the target y in the last column"));
        o.addOption(AmcOptions.opt("g0", "S", "conductance unit: cells X*G0, currents y*G0*1V, TIA/inverter resistors 1/G0 (default 100u)"));
        o.addOption(AmcOptions.opt("a0", "V/V", "op-amp open-loop DC gain (default 1e5)"));
        o.addOption(AmcOptions.opt("gbw", "HZ", "op-amp gain-bandwidth product (default 16meg)"));
        o.addOption(Option.builder().longOpt("ideal").desc("ideal nullor op-amps").get());
        o.addOption(Option.builder().longOpt("tran").desc("also simulate from the all-zero state and measure settling").get());
        o.addOption(AmcOptions.opt("band", "REL", "settling band relative to max|w| (default 1e-3)"));
        o.addOption(AmcOptions.opt("slow", "F", "column op-amps get GBW/F: dominant-pole compensation of the loop (default 1)"));
        o.addOption(AmcOptions.opt("netlist", "FILE", "write the simulated netlist"));
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    private static int regress(String[] args, PrintStream out) throws ParseException, NetlistException, IOException {
        Options options = regressOptions();
        CommandLine cl = AmcOptions.parse(args, options, "memspice amc regress --data D.csv [options]", out);
        if (cl == null) {
            return Main.OK;
        }
        if (!cl.hasOption("data")) {
            throw new IllegalArgumentException("--data is required");
        }
        double[][] d = AmcInput.matrix(Path.of(cl.getOptionValue("data")));
        int m = d[0].length - 1;
        if (m < 1) {
            throw new IllegalArgumentException(cl.getOptionValue("data") + ": needs at least one feature column and the y column");
        }
        double[][] x = new double[d.length][m];
        double[] y = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            System.arraycopy(d[i], 0, x[i], 0, m);
            y[i] = d[i][m];
        }
        if (cl.hasOption("ideal") && (cl.hasOption("a0") || cl.hasOption("gbw"))) {
            throw new IllegalArgumentException("--ideal excludes --a0 and --gbw");
        }
        OpampSpec op = cl.hasOption("ideal") ? OpampSpec.ideal() : new OpampSpec(AmcOptions.number(cl, "a0", "1e5"), AmcOptions.number(cl, "gbw", "16meg"));
        double band = AmcOptions.number(cl, "band", "1e-3");
        if (!(band > 0 && band < 1)) {
            throw new IllegalArgumentException("--band must be in (0, 1), got " + band);
        }
        RegressCircuit c = new RegressCircuit(x, y, AmcOptions.number(cl, "g0", "100u"), op, AmcOptions.number(cl, "slow", "1"), 0);
        out.printf(Locale.ROOT, "regression circuit: N=%d samples, M=%d features, %d op-amps (TIAs, inverters, column op-amps), %s%n",
                x.length, m, 2 * x.length + m, op.isIdeal() ? "ideal op-amps" : "A0=" + OpampSpec.num(op.a0()) + " GBW=" + OpampSpec.num(op.gbw()) + " Hz");
        RegressStudy.Result r = RegressStudy.run(c, cl.hasOption("tran"), band);
        out.print("stability: eig(D2^-1 X^T X) =");
        for (double e : r.eigReal()) {
            out.printf(Locale.ROOT, " %.6g", e);
        }
        out.println(" (all > 0)");
        if (cl.hasOption("netlist")) {
            Path p = Path.of(cl.getOptionValue("netlist"));
            Files.writeString(p, r.netlist(), StandardCharsets.UTF_8);
            out.println("wrote " + p);
        }
        out.printf(Locale.ROOT, "%4s %16s %22s %16s%n", "j", "circuit w_j", "-((X^T X)^-1 X^T y)_j", "finite-gain w_j");
        for (int j = 0; j < m; j++) {
            out.printf(Locale.ROOT, "%4d %16.9f %22.9f %16.9f%n", j + 1, r.circuitW()[j], r.ideal()[j], r.finiteGain()[j]);
        }
        out.printf(Locale.ROOT, "relative error vs ideal: %.3e; deviation from the finite-gain answer: %.3e%n", r.errorVsIdeal(),
                r.errorVsFinite());
        if (op.hasPole()) {
            out.printf(Locale.ROOT, "slowest time constant of the linearised dynamics: %.4g s; tau ln(1/band) = %.4g s%n",
                    r.dynamicsTau(), r.dynamicsTau() * Math.log(1 / band));
        }
        if (cl.hasOption("tran")) {
            out.printf(Locale.ROOT, "settling time (transient from zero, band %.3g): %.4g s%n", band, r.settle());
        }
        return Main.OK;
    }

    private static Options eigenOptions() {
        Options o = new Options();
        o.addOption(AmcOptions.opt("matrix", "FILE", "the matrix A (N x N CSV, entries >= 0)"));
        o.addOption(AmcOptions.opt("g0", "S", "conductance unit (default 100u)"));
        o.addOption(AmcOptions.opt("glambda", "F", "TIA feedback G_lambda = F * lambda_max * G0, F < 1 (default 0.99)"));
        o.addOption(AmcOptions.opt("perturb", "FILE", "direction of the initial current kick (N values; default all ones)"));
        o.addOption(AmcOptions.opt("eps", "X", "kick amplitude: current eps*p_i*G0*1V (default 1e-3)"));
        o.addOption(AmcOptions.opt("a0", "V/V", "op-amp open-loop DC gain (default 1e5)"));
        o.addOption(AmcOptions.opt("gbw", "HZ", "op-amp gain-bandwidth product (default 16meg)"));
        o.addOption(AmcOptions.opt("band", "REL", "direction accuracy sought; sets the simulated time (default 1e-4)"));
        o.addOption(AmcOptions.opt("rails", "VOL,VOH", "op-amp output rails (V): the growth saturates and the settled outputs are read"));
        o.addOption(AmcOptions.opt("netlist", "FILE", "write the simulated netlist"));
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    private static int eigen(String[] args, PrintStream out) throws ParseException, NetlistException, IOException {
        Options options = eigenOptions();
        CommandLine cl = AmcOptions.parse(args, options, "memspice amc eigen --matrix A.csv [options]", out);
        if (cl == null) {
            return Main.OK;
        }
        if (!cl.hasOption("matrix")) {
            throw new IllegalArgumentException("--matrix is required");
        }
        double[][] a = AmcInput.matrix(Path.of(cl.getOptionValue("matrix")));
        double[] p = cl.hasOption("perturb") ? AmcInput.vector(Path.of(cl.getOptionValue("perturb"))) : ones(a.length);
        double g0 = AmcOptions.number(cl, "g0", "100u");
        double f = AmcOptions.number(cl, "glambda", "0.99");
        OpampSpec op = new OpampSpec(AmcOptions.number(cl, "a0", "1e5"), AmcOptions.number(cl, "gbw", "16meg"));
        double band = AmcOptions.number(cl, "band", "1e-4");
        if (!(band > 0 && band < 1)) {
            throw new IllegalArgumentException("--band must be in (0, 1), got " + band);
        }
        double eps = AmcOptions.number(cl, "eps", "1e-3");
        EigenCircuit probe = new EigenCircuit(a, g0, g0, op, p, eps, 1);
        double lambda = new EigenTheory(probe).dominant()[0];
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("the dominant eigenvalue " + lambda + " is not positive: no G_lambda selects it");
        }
        EigenCircuit c = new EigenCircuit(a, f * lambda * g0, g0, op, p, eps, 1, rails(cl));
        out.printf(Locale.ROOT, "EGV circuit: N=%d, lambda_max(A)=%.9g, G_lambda=%.6g*lambda_max*G0=%s S, op-amps A0=%s GBW=%s Hz%n",
                a.length, lambda, f, OpampSpec.num(c.gLambda()), OpampSpec.num(op.a0()), OpampSpec.num(op.gbw()));
        if (c.rails().present()) {
            return eigenRails(c, band, cl, out);
        }
        EigenStudy.Result r = EigenStudy.run(c, band);
        out.printf(Locale.ROOT, "verdict: one mode grows at %.4g /s (growth time %.4g s), the next at %.4g /s%n", r.growth(),
                1 / r.growth(), r.next());
        if (cl.hasOption("netlist")) {
            Path file = Path.of(cl.getOptionValue("netlist"));
            Files.writeString(file, r.netlist(), StandardCharsets.UTF_8);
            out.println("wrote " + file);
        }
        out.printf(Locale.ROOT, "%4s %16s %16s %18s%n", "j", "circuit v_j/|v|", "eigenvector x_j", "linearised mode");
        for (int j = 0; j < a.length; j++) {
            out.printf(Locale.ROOT, "%4d %16.9f %16.9f %18.9f%n", j + 1, r.direction()[j], r.eigenvector()[j], r.mode()[j]);
        }
        out.printf(Locale.ROOT, "direction error vs the eigenvector: %.3e (inf-norm, unit vectors); vs the linearised mode: %.3e%n",
                r.directionError(), r.modeError());
        out.printf(Locale.ROOT, "predicted error at this G_lambda (mode offset, -> 0 as G_lambda -> lambda_max G0): %.3e%n", r.modeOffset());
        out.printf(Locale.ROOT, "growth rate measured in the transient: %.4g /s (predicted %.4g); simulated %.4g s%n",
                r.measuredGrowth(), r.growth(), r.stop());
        return Main.OK;
    }

    private static Rails rails(CommandLine cl) {
        if (!cl.hasOption("rails")) {
            return Rails.NONE;
        }
        String[] r = cl.getOptionValue("rails").split(",");
        if (r.length != 2) {
            throw new IllegalArgumentException("--rails: expected VOL,VOH, got '" + cl.getOptionValue("rails") + "'");
        }
        try {
            return new Rails(memspice.expr.SpiceNumber.parse(r[0].trim()), memspice.expr.SpiceNumber.parse(r[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--rails: '" + cl.getOptionValue("rails") + "' is not two numbers");
        }
    }

    private static int eigenRails(EigenCircuit c, double band, CommandLine cl, PrintStream out) throws NetlistException, IOException {
        EigenSaturation.Result r = EigenSaturation.run(c, band);
        out.printf(Locale.ROOT, "rails VOL=%s VOH=%s V: the growth saturates; simulated %.4g s, outputs drift %.2e over the last 10 %%%n",
                OpampSpec.num(c.rails().vol()), OpampSpec.num(c.rails().voh()), r.stop(), r.drift());
        if (cl.hasOption("netlist")) {
            Path file = Path.of(cl.getOptionValue("netlist"));
            Files.writeString(file, r.netlist(), StandardCharsets.UTF_8);
            out.println("wrote " + file);
        }
        out.printf(Locale.ROOT, "%4s %14s %16s %16s %16s%n", "j", "circuit v_j (V)", "hard-rail v_j (V)", "circuit v_j/|v|", "eigenvector x_j");
        for (int j = 0; j < c.a().length; j++) {
            out.printf(Locale.ROOT, "%4d %14.9f %16.9f %16.9f %16.9f%n", j + 1, r.output()[j], r.predicted()[j], r.direction()[j],
                    r.eigenvector()[j]);
        }
        out.printf(Locale.ROOT, "normalised saturated output vs the eigenvector: %.3e (inf-norm, unit vectors); %d of %d outputs at a rail%n",
                r.directionError(), r.saturated(), c.a().length);
        out.printf(Locale.ROOT, "the hard-rail fixed point's own direction error: %.3e; circuit vs that fixed point: %.3e (relative)%n",
                r.predictedDirectionError(), r.predictedError());
        return Main.OK;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

}
