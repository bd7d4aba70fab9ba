package memspice.models.opamp;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * The parameters of the op-amp macromodel ({@code .model <name> opamp (...)}), declared once, and
 * their validated values for one instance. A parameter left out switches its effect off: without
 * {@code A0} the op-amp is an ideal nullor, without {@code GBW} the gain has no pole, without
 * {@code VOH}/{@code VOL} the output has no rail, without {@code SR} no slew limit.
 *
 * <p>The macromodel is the usual single-pole voltage-feedback amplifier of textbook op-amp models
 * (e.g. Boyle, Cohn, Pederson and Solomon, "Macromodeling of integrated circuit operational
 * amplifiers", IEEE J. Solid-State Circuits SC-9(6):353, 1974, reduced to its gain, dominant pole,
 * output limits, output resistance, offset and slew rate): open-loop gain
 * A(s) = A0 / (1 + s / omega_p) with omega_p = 2 pi GBW / A0, so |A| = 1 at GBW for A0 >> 1.
 */
public final class OpampParameters {

    /** The declared parameters (also the model reference in the docs). */
    public static final ParamSet PARAMS = new ParamSet("op-amp macromodel (YOPAMP)",
            "single-pole voltage-feedback macromodel after Boyle et al., IEEE JSSC SC-9(6):353 (1974)");
    static final int A0 = PARAMS.add("a0", 0, "V/V", "DC open-loop gain; omitted: ideal nullor");
    static final int GBW = PARAMS.add("gbw", 0, "Hz", "gain-bandwidth product (dominant pole at GBW/A0); omitted: no pole");
    static final int VOH = PARAMS.add("voh", 0, "V", "upper output rail; omitted: none");
    static final int VOL = PARAMS.add("vol", 0, "V", "lower output rail; omitted: none");
    static final int ROUT = PARAMS.add("rout", 0, "ohm", "output resistance");
    static final int VOS = PARAMS.add("vos", 0, "V", "input offset voltage, added to v(in+) - v(in-)");
    static final int SR = PARAMS.add("sr", 0, "V/s", "slew-rate limit of the pole state; omitted: none (needs GBW)");
    static final int VSOFT = PARAMS.add("vsoft", 0.05, "V", "softness of the rail limiter (softplus width)");

    /** True if A0 was given (finite gain); false for the ideal nullor. */
    final boolean finite;
    final double a0;
    /** Pole time constant tau = A0 / (2 pi GBW) (s), 0 without a pole. */
    final double tau;
    final double voh;
    final double vol;
    final double rout;
    final double vos;
    /** Slew rate (V/s), 0 for none. */
    final double sr;
    final double vsoft;

    private OpampParameters(ParamValues v) {
        finite = v.given(A0);
        a0 = v.get(A0);
        tau = v.given(GBW) ? a0 / (2 * Math.PI * v.get(GBW)) : 0.0;
        voh = v.given(VOH) ? v.get(VOH) : Double.POSITIVE_INFINITY;
        vol = v.given(VOL) ? v.get(VOL) : Double.NEGATIVE_INFINITY;
        rout = v.get(ROUT);
        vos = v.get(VOS);
        sr = v.given(SR) ? v.get(SR) : 0.0;
        vsoft = v.get(VSOFT);
    }

    /**
     * Validates the values read for one instance.
     *
     * @throws NetlistException naming the card for a non-positive gain, bandwidth, slew rate or
     *                          softness, crossed rails, a negative resistance, or a finite-gain
     *                          parameter given to an ideal op-amp
     */
    static OpampParameters of(ParamValues v, InstanceCard card) throws NetlistException {
        if (!v.given(A0)) {
            for (int k : new int[] {GBW, VOH, VOL, ROUT, SR}) {
                if (v.given(k)) {
                    throw card.error("op-amp parameter '" + PARAMS.params().get(k).name()
                            + "' needs a finite gain A0 (without A0 the op-amp is an ideal nullor)");
                }
            }
        }
        if (v.given(A0) && !(v.get(A0) > 0 && Double.isFinite(v.get(A0)))) {
            throw card.error("op-amp A0 must be positive and finite, got " + v.get(A0));
        }
        if (v.given(GBW) && !(v.get(GBW) > 0 && Double.isFinite(v.get(GBW)))) {
            throw card.error("op-amp GBW must be positive (Hz), got " + v.get(GBW));
        }
        if (v.given(SR) && !(v.get(SR) > 0)) {
            throw card.error("op-amp SR must be positive (V/s), got " + v.get(SR));
        }
        if (v.given(SR) && !v.given(GBW)) {
            throw card.error("op-amp SR limits the pole state: give GBW too");
        }
        if (!(v.get(ROUT) >= 0)) {
            throw card.error("op-amp ROUT must be >= 0, got " + v.get(ROUT));
        }
        if (!(v.get(VSOFT) > 0)) {
            throw card.error("op-amp VSOFT must be positive (V), got " + v.get(VSOFT));
        }
        if (v.given(VOH) && v.given(VOL) && !(v.get(VOH) - v.get(VOL) > 4 * v.get(VSOFT))) {
            throw card.error("op-amp rails need VOH - VOL > 4 VSOFT, got VOH = " + v.get(VOH) + ", VOL = "
                    + v.get(VOL) + ", VSOFT = " + v.get(VSOFT));
        }
        return new OpampParameters(v);
    }
}
