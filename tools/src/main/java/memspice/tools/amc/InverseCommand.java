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
import memspice.tools.cli.Main;

/**
 * {@code memspice amc inverse}: the INV circuit from CSV matrices ({@link InverseCircuit}), with optional
 * wire parasitics and programmed cells ({@link ArrayOptions}), judged ({@link InverseStudy#checkStable})
 * and simulated, its answer printed next to the numerical ones.
 */
final class InverseCommand {

    private InverseCommand() {
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(AmcOptions.opt("matrix", "FILE", "the matrix A (N x N CSV); negative entries go to a second array driven by inverters"));
        o.addOption(AmcOptions.opt("rhs", "FILE", "the right-hand side b (N values, one column or one row)"));
        o.addOption(AmcOptions.opt("g0", "S", "conductance unit: G = A*G0, I = b*G0*1V (default 100u)"));
        o.addOption(AmcOptions.opt("a0", "V/V", "op-amp open-loop DC gain (default 1e5)"));
        o.addOption(AmcOptions.opt("gbw", "HZ", "op-amp gain-bandwidth product (default 16meg)"));
        o.addOption(Option.builder().longOpt("ideal").desc("ideal nullor op-amps (no A0, no pole)").get());
        o.addOption(Option.builder().longOpt("tran").desc("also simulate from the all-zero state and measure settling").get());
        o.addOption(AmcOptions.opt("band", "REL", "settling band relative to max|V| (default 1e-3)"));
        o.addOption(AmcOptions.opt("netlist", "FILE", "write the simulated netlist (runs in memspice and in ngspice with opamps.lib)"));
        o.addOption(AmcOptions.opt("ngspice", "FILE", "write the same circuit for ngspice (op-amps from netlists/opamps.lib)"));
        o.addOption(AmcOptions.opt("opamps-lib", "PATH", "the opamps.lib the ngspice deck includes (default: the installation's netlists/opamps.lib)"));
        ArrayOptions.add(o);
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }


    static int run(String[] args, PrintStream out) throws ParseException, NetlistException, IOException {
        Options options = options();
        CommandLine cl = AmcOptions.parse(args, options, "memspice amc inverse --matrix A.csv --rhs b.csv [options]", out);
        if (cl == null) {
            return Main.OK;
        }
        if (!cl.hasOption("matrix") || !cl.hasOption("rhs")) {
            throw new IllegalArgumentException("--matrix and --rhs are required");
        }
        double[][] a = AmcInput.matrix(Path.of(cl.getOptionValue("matrix")));
        double[] b = AmcInput.vector(Path.of(cl.getOptionValue("rhs")));
        double g0 = AmcOptions.number(cl, "g0", "100u");
        if (cl.hasOption("ideal") && (cl.hasOption("a0") || cl.hasOption("gbw"))) {
            throw new IllegalArgumentException("--ideal excludes --a0 and --gbw");
        }
        OpampSpec op = cl.hasOption("ideal") ? OpampSpec.ideal() : new OpampSpec(AmcOptions.number(cl, "a0", "1e5"), AmcOptions.number(cl, "gbw", "16meg"));
        double band = AmcOptions.number(cl, "band", "1e-3");
        if (!(band > 0 && band < 1)) {
            throw new IllegalArgumentException("--band must be in (0, 1), got " + band);
        }
        Wires wires = ArrayOptions.wires(cl);
        Programming prog = ArrayOptions.programming(cl);
        if (a.length != b.length) {
            throw new IllegalArgumentException("the right-hand side has " + b.length + " values, the matrix " + a.length + " rows");
        }
        if (cl.hasOption("ngspice") && cl.getOptionValue("cells", "resistor").equals("ymemristor")) {
            throw new IllegalArgumentException("--ngspice: YMEMRISTOR cells are memspice devices (use --cells resistor for ngspice)");
        }
        double[][] cells = prog.apply(a, g0);
        InverseCircuit c = new InverseCircuit(cells, b, g0, op, 0, wires, ArrayOptions.memristorModel(cl));
        out.printf(Locale.ROOT, "INV circuit: N=%d, G0=%s S, %s, op-amps %s%n", c.size(), OpampSpec.num(g0),
                c.mixedSign() ? "mixed sign (A+ and A- arrays, " + c.size() + " unity-gain inverters)" : "positive matrix (one array)",
                op.isIdeal() ? "ideal (nullor)" : "A0=" + OpampSpec.num(op.a0()) + " GBW=" + OpampSpec.num(op.gbw()) + " Hz");
        if (!wires.none()) {
            out.printf(Locale.ROOT, "wires: %s ohm and %s F per segment (row op-amps at the rows' left end, column drivers at the "
                    + "columns' top)%n", OpampSpec.num(wires.r()), OpampSpec.num(wires.c()));
        }
        if (c.memristorModel() != null) {
            out.println("cells: YMEMRISTOR (model=hp " + c.memristorModel() + ") programmed by rinit = 1/G; the operating point holds the states");
        }
        if (prog.active()) {
            out.println(prog.describe());
            ArrayOptions.report(out, a, cells, g0, cl.hasOption("programmed") ? Path.of(cl.getOptionValue("programmed")) : null);
        }
        double[][] eig = InverseStudy.checkStable(c);
        out.print(wires.resistive() ? "stability: eig(M_V - M_U) of the wired array (resistive linearisation) =" : "stability: eig(D^-1 G) =");
        for (int k = 0; k < eig[0].length; k++) {
            out.print(" " + InverseStudy.complex(eig[0][k], eig[1][k]));
        }
        out.printf(Locale.ROOT, "%nstable: every real part > 0 (min %.6g)%n", eig[0][0]);
        if (wires.c() > 0 && op.hasPole() && WiredDynamics.states(c) <= WiredDynamics.MAX_STATES) {
            double[][] full = WiredDynamics.eigenvalues(c);
            out.printf(Locale.ROOT, "full linearisation with wire capacitance (%d states): every real part > 0, slowest rate %s /s, "
                    + "fastest %.3g /s%n", WiredDynamics.states(c), InverseStudy.complex(full[0][0], full[1][0]), full[0][full[0].length - 1]);
        } else if (wires.c() > 0) {
            out.printf(Locale.ROOT, "the verdict holds the wire nodes algebraic (%s): wire capacitance is not in it; wire RC estimate "
                    + "(Elmore) %.3g s vs the op-amps' time constant 1/(2 pi GBW) = %.3g s%n", op.hasPole() ? WiredDynamics.states(c)
                    + " states, more than " + WiredDynamics.MAX_STATES + " for the dense check" : "nullor op-amps have no dynamics",
                    WiredTheory.wireDelay(c), op.hasPole() ? 1 / (2 * Math.PI * op.gbw()) : Double.NaN);
        }
        InverseStudy.Result r = InverseStudy.run(c, a, cl.hasOption("tran"), band);
        if (cl.hasOption("netlist")) {
            Path p = Path.of(cl.getOptionValue("netlist"));
            Files.writeString(p, r.netlist(), StandardCharsets.UTF_8);
            out.println("wrote " + p);
        }
        if (cl.hasOption("ngspice")) {
            Path lib = cl.hasOption("opamps-lib") ? Path.of(cl.getOptionValue("opamps-lib")) : AmcCommand.opampsLib();
            if (!Files.isRegularFile(lib)) {
                throw new IllegalArgumentException("--opamps-lib: " + lib + ": no such file");
            }
            Path p = Path.of(cl.getOptionValue("ngspice"));
            Files.writeString(p, r.simulated().ngspiceNetlist(lib.toAbsolutePath().normalize().toString(),
                    r.cards().toArray(String[]::new)), StandardCharsets.UTF_8);
            out.println("wrote " + p + " (ngspice; op-amps from " + lib + ")");
        }
        String model = wires.resistive() ? "wired model V_j" : "finite-gain V_j";
        if (prog.active()) {
            out.printf(Locale.ROOT, "%4s %16s %16s %18s %16s%n", "j", "circuit V_j", "-(A^-1 b)_j", "-(A_cell^-1 b)_j", model);
        } else {
            out.printf(Locale.ROOT, "%4s %16s %16s %16s%n", "j", "circuit V_j", "-(A^-1 b)_j", model);
        }
        for (int j = 0; j < c.size(); j++) {
            if (prog.active()) {
                out.printf(Locale.ROOT, "%4d %16.9f %16.9f %18.9f %16.9f%n", j + 1, r.circuitV()[j], r.ideal()[j], r.programmed()[j],
                        r.finiteGain()[j]);
            } else {
                out.printf(Locale.ROOT, "%4d %16.9f %16.9f %16.9f%n", j + 1, r.circuitV()[j], r.ideal()[j], r.finiteGain()[j]);
            }
        }
        out.printf(Locale.ROOT, "relative error vs ideal -A^-1 b:          %.3e (inf-norm)%n", r.errorVsIdeal());
        if (prog.active()) {
            out.printf(Locale.ROOT, "relative error vs -A_cell^-1 b of the programmed cells: %.3e%n", r.errorVsProgrammed());
        }
        if (!op.isIdeal() && !Double.isNaN(r.bound())) {
            out.printf(Locale.ROOT, "bound implied by the finite-gain equation: %.3e%n", r.bound());
        }
        out.printf(Locale.ROOT, "relative deviation from the %s answer: %.3e; residual of its equation: %.3e%n",
                wires.resistive() ? "wired-network (finite-gain, IR drop)" : "finite-gain", r.errorVsFinite(), r.residual());
        if (op.hasPole()) {
            out.printf(Locale.ROOT, "tau = 1/(2 pi GBW lambda_min) = %.4g s; predicted settling to %.3g: tau ln(1/band) = %.4g s%n",
                    r.tau(), band, r.predictedSettle());
            out.printf(Locale.ROOT, "full linearised dynamics (%s): slowest time constant %.4g s, tau ln(1/band) = %.4g s%n",
                    c.mixedSign() ? "array op-amps and inverters" : "array op-amps", r.dynamicsTau(),
                    r.dynamicsTau() * Math.log(1 / band));
        }
        if (cl.hasOption("tran")) {
            out.printf(Locale.ROOT, "settling time (transient from zero, band %.3g): %.4g s (%.2f x prediction)%n", band, r.settle(),
                    r.settle() / r.predictedSettle());
        }
        out.printf(Locale.ROOT, "power dissipated in the resistors: %.4g W%n", r.power());
        return Main.OK;
    }
}
