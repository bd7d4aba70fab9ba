package memspice.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code .options} of a run with SPICE defaults. Names and meanings follow ngspice.
 */
public final class SimulationOptions {

    /** Relative tolerance on updates and residuals. */
    public double reltol = 1e-3;
    /** Absolute current tolerance (A). */
    public double abstol = 1e-12;
    /** Absolute voltage tolerance (V). */
    public double vntol = 1e-6;
    /** Absolute charge tolerance (C). */
    public double chgtol = 1e-14;
    /** Truncation-error overestimate factor for step control. */
    public double trtol = 7;
    /** Minimum conductance across junctions (S). */
    public double gmin = 1e-12;
    /** Conductance from every node to ground (S), 0 = none. */
    public double gshunt = 0;
    /** Number of gmin steps (0 disables gmin stepping). */
    public int gminsteps = 10;
    /** Number of source steps (0 disables source stepping). */
    public int srcsteps = 10;
    /** DC iteration limit (operating point). */
    public int itl1 = 100;
    /** DC iteration limit per sweep point. */
    public int itl2 = 50;
    /** Transient iteration limit per time point. */
    public int itl4 = 10;
    /** Circuit temperature (degrees C). */
    public double temp = 27;
    /** Nominal temperature of model parameters (degrees C). */
    public double tnom = 27;
    /** Integration method: "trap", "gear" or "euler". */
    public String method = "trap";
    /** Fill-reducing ordering of the sparse LU: "amd" (default) or "nd" (nested dissection). */
    public String ordering = "amd";
    /**
     * Linear solver: "direct" (sparse LU), "iterative" (conjugate gradients on the nodal form with a
     * line preconditioner, falling back to the LU when it does not apply or converge) or "auto"
     * (default: iterative for large linear circuits, see {@link LinearSolver#AUTO_MIN_UNKNOWNS}).
     */
    public String solver = "auto";
    /** Conjugate-gradient iterations per solve of the iterative solver before it falls back to the LU. */
    public int itlcg = 2000;
    /** Maximum order of the integration method. */
    public int maxord = 2;
    /** Relative pivot threshold of the sparse LU. */
    public double pivrel = 1e-3;
    /** Absolute pivot threshold (ngspice pivtol); pivots below it are treated as zero. */
    public double pivtol = 1e-13;
    /**
     * Capacitor {@code IC=} holds the capacitor's voltage at the operating point that starts a
     * transient (Xyce), instead of applying only with {@code uic} (SPICE). Default: on for a netlist
     * in Xyce dialect ({@link memspice.circuit.XyceDialect}), off otherwise; {@code .options icop=0|1}
     * overrides.
     */
    public boolean icop = false;
    /**
     * Xyce's error-control convention for device-internal state unknowns (UnknownKind.STATE) in
     * the truncation test: the local error of the state itself is held to
     * {@code reltol |x| + xtol} (xtol the tolerance the device declares for its state), with no
     * trtol factor and no rate term (Xyce Reference Guide, .OPTIONS TIMEINT RELTOL/ABSTOL: the
     * weighted error norm of every solution variable). Nodes and branches keep SPICE's charge test.
     * Default: on when the netlist sets Xyce's integrator options ({@code .options timeint ...}, so its
     * reltol is Xyce's; {@link memspice.circuit.XyceDialect#setsXyceTimeint}), off otherwise;
     * {@code .options xyceerror=0|1} overrides.
     */
    public boolean xyceerror = false;

    /** Option names accepted but without effect here (listing and accounting flags). */
    private static final Set<String> IGNORED = Set.of("acct", "list", "node", "opts", "nomod", "nopage", "noacct",
            "keepopinfo", "numdgt", "savecurrents", "warn", "klu", "sparse", "post", "probe", "brief", "ingold",
            "noinit", "norefvalue", "interp", "noopiter", "nopredictor", "xmu", "seed", "seedinfo");

    /** Outcome of setting one option. */
    public enum Result { SET, IGNORED, UNKNOWN, BAD_VALUE }

    /**
     * Sets one option by name.
     *
     * @param name  lower case
     * @param value numeric value, or NaN for a flag without value
     * @param text  the value as written (for string options such as method)
     */
    public Result set(String name, double value, String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (name.equals("method")) {
            if (!t.equals("trap") && !t.equals("trapezoidal") && !t.equals("gear") && !t.equals("euler")) {
                return Result.BAD_VALUE;
            }
            method = t.equals("trapezoidal") ? "trap" : t;
            return Result.SET;
        }
        if (name.equals("ordering")) {
            if (!t.equals("amd") && !t.equals("nd")) {
                return Result.BAD_VALUE;
            }
            ordering = t;
            return Result.SET;
        }
        if (name.equals("icop")) {
            if (Double.isNaN(value)) {
                icop = true;
                return Result.SET;
            }
            if (value != 0 && value != 1) {
                return Result.BAD_VALUE;
            }
            icop = value == 1;
            return Result.SET;
        }
        if (name.equals("xyceerror")) {
            if (Double.isNaN(value)) {
                xyceerror = true;
                return Result.SET;
            }
            if (value != 0 && value != 1) {
                return Result.BAD_VALUE;
            }
            xyceerror = value == 1;
            return Result.SET;
        }
        if (name.equals("solver")) {
            if (!t.equals("direct") && !t.equals("iterative") && !t.equals("auto")) {
                return Result.BAD_VALUE;
            }
            solver = t;
            return Result.SET;
        }
        if (IGNORED.contains(name) || name.equals("itl3") || name.equals("itl5") || name.equals("itl6")) {
            return Result.IGNORED;
        }
        boolean known = switch (name) {
            case "reltol", "abstol", "vntol", "chgtol", "trtol", "gmin", "gshunt", "gminsteps", "srcsteps", "itl1",
                    "itl2", "itl4", "temp", "tnom", "maxord", "pivrel", "pivtol", "itlcg" -> true;
            default -> false;
        };
        if (!known) {
            return Result.UNKNOWN;
        }
        boolean mayBeZero = switch (name) {
            case "gmin", "gshunt", "gminsteps", "srcsteps" -> true;
            default -> false;
        };
        boolean signed = name.equals("temp") || name.equals("tnom");
        if (!Double.isFinite(value) || (!signed && (value < 0 || (value == 0 && !mayBeZero)))) {
            return Result.BAD_VALUE;
        }
        switch (name) {
            case "reltol" -> reltol = value;
            case "abstol" -> abstol = value;
            case "vntol" -> vntol = value;
            case "chgtol" -> chgtol = value;
            case "trtol" -> trtol = value;
            case "gmin" -> gmin = value;
            case "gshunt" -> gshunt = value;
            case "gminsteps" -> gminsteps = (int) value;
            case "srcsteps" -> srcsteps = (int) value;
            case "itl1" -> itl1 = (int) value;
            case "itl2" -> itl2 = (int) value;
            case "itl4" -> itl4 = (int) value;
            case "temp" -> temp = value;
            case "tnom" -> tnom = value;
            case "maxord" -> maxord = (int) value;
            case "itlcg" -> itlcg = (int) value;
            case "pivrel" -> pivrel = value;
            default -> pivtol = value;
        }
        return Result.SET;
    }

    /** Circuit temperature in K. */
    public double temperatureKelvin() {
        return temp + 273.15;
    }
}
