package memspice.models.bjt;

import memspice.models.params.ParamSet;

/**
 * The parameters of the Gummel-Poon bipolar transistor, level 1 ({@code .model name NPN|PNP (...)}),
 * each declared once with its SPICE2 default (Antognetti and Massobrio, "Semiconductor Device
 * Modeling with SPICE", 2nd ed., 1993, table 2.1). Parameters marked "not modelled" are accepted
 * so that published model cards load; a card that sets one gets a warning.
 */
public final class BjtModel {

    public static final ParamSet PARAMS = new ParamSet("bipolar transistor (NPN/PNP, Gummel-Poon level 1)",
            "Gummel & Poon, Bell Syst. Tech. J. 49:827 (1970); Antognetti & Massobrio (1993), ch. 2");

    public static final int IS = PARAMS.add("is", 1e-16, "A", "transport saturation current");
    public static final int BF = PARAMS.add("bf", 100, "", "ideal maximum forward beta");
    public static final int NF = PARAMS.add("nf", 1, "", "forward emission coefficient");
    public static final int VAF = PARAMS.add("vaf", Double.POSITIVE_INFINITY, "V", "forward Early voltage (0 or infinite: none)", "va");
    public static final int IKF = PARAMS.add("ikf", Double.POSITIVE_INFINITY, "A", "forward beta high-current roll-off corner", "ik");
    public static final int ISE = PARAMS.add("ise", 0, "A", "base-emitter leakage saturation current");
    public static final int NE = PARAMS.add("ne", 1.5, "", "base-emitter leakage emission coefficient");
    public static final int BR = PARAMS.add("br", 1, "", "ideal maximum reverse beta");
    public static final int NR = PARAMS.add("nr", 1, "", "reverse emission coefficient");
    public static final int VAR = PARAMS.add("var", Double.POSITIVE_INFINITY, "V", "reverse Early voltage (0 or infinite: none)", "vb");
    public static final int IKR = PARAMS.add("ikr", Double.POSITIVE_INFINITY, "A", "reverse beta high-current roll-off corner");
    public static final int ISC = PARAMS.add("isc", 0, "A", "base-collector leakage saturation current");
    public static final int NC = PARAMS.add("nc", 2, "", "base-collector leakage emission coefficient");
    public static final int RB = PARAMS.add("rb", 0, "ohm", "base resistance (constant; internal node when > 0)");
    public static final int RE = PARAMS.add("re", 0, "ohm", "emitter resistance");
    public static final int RC = PARAMS.add("rc", 0, "ohm", "collector resistance");
    public static final int CJE = PARAMS.add("cje", 0, "F", "base-emitter zero-bias depletion capacitance");
    public static final int VJE = PARAMS.add("vje", 0.75, "V", "base-emitter built-in potential", "pe");
    public static final int MJE = PARAMS.add("mje", 0.33, "", "base-emitter grading coefficient", "me");
    public static final int TF = PARAMS.add("tf", 0, "s", "forward transit time (diffusion charge tf * ibf)");
    public static final int CJC = PARAMS.add("cjc", 0, "F", "base-collector zero-bias depletion capacitance");
    public static final int VJC = PARAMS.add("vjc", 0.75, "V", "base-collector built-in potential", "pc");
    public static final int MJC = PARAMS.add("mjc", 0.33, "", "base-collector grading coefficient", "mc");
    public static final int TR = PARAMS.add("tr", 0, "s", "reverse transit time (diffusion charge tr * ibr)");
    public static final int CJS = PARAMS.add("cjs", 0, "F", "collector-substrate zero-bias capacitance", "ccs");
    public static final int VJS = PARAMS.add("vjs", 0.75, "V", "substrate junction built-in potential", "ps");
    public static final int MJS = PARAMS.add("mjs", 0, "", "substrate junction grading coefficient", "ms");
    public static final int FC = PARAMS.add("fc", 0.5, "", "forward-bias depletion capacitance coefficient");
    public static final int XTB = PARAMS.add("xtb", 0, "", "forward and reverse beta temperature exponent");
    public static final int EG = PARAMS.add("eg", 1.11, "eV", "activation energy of IS(T)");
    public static final int XTI = PARAMS.add("xti", 3, "", "IS temperature exponent");
    /** First of the accepted-but-not-modelled parameters; every index from here on warns when given. */
    public static final int FIRST_UNMODELLED = PARAMS.add("irb", Double.POSITIVE_INFINITY, "A", "base resistance halving current (not modelled)");
    static {
        PARAMS.add("rbm", 0, "ohm", "minimum base resistance (not modelled)");
        PARAMS.add("xtf", 0, "", "TF bias dependence (not modelled)");
        PARAMS.add("vtf", Double.POSITIVE_INFINITY, "V", "TF vbc dependence (not modelled)");
        PARAMS.add("itf", 0, "A", "TF high-current parameter (not modelled)");
        PARAMS.add("ptf", 0, "deg", "excess phase (not modelled)");
        PARAMS.add("xcjc", 1, "", "fraction of CJC at the internal base (not modelled: all of it is)");
        PARAMS.add("kf", 0, "", "flicker noise coefficient (not modelled)");
        PARAMS.add("af", 1, "", "flicker noise exponent (not modelled)");
    }

    private BjtModel() {
    }
}
