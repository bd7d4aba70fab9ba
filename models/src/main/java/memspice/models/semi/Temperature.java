package memspice.models.semi;

import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * Temperature scaling of SPICE level-1 semiconductor parameters from the nominal temperature TNOM
 * to the circuit temperature T (both in K). Equations: Antognetti and Massobrio, "Semiconductor
 * Device Modeling with SPICE", 2nd ed. 1993, ch. 1 (diode, eqs. 1.58-1.64), ch. 2 (BJT) and ch. 3
 * (MOSFET level 1); the same equations as documented in the ngspice manual (diode and BJT
 * "temperature effects"), including SPICE3's silicon band gap and its reference temperature:
 * <ul>
 * <li>E_g(T) = 1.16 - 7.02e-4 T^2 / (T + 1108) eV (silicon; used for junction potentials);</li>
 * <li>junction potential: phi(T) = phi T/TNOM - 3 V_t(T) ln(T/TNOM) - E_g(TNOM) T/TNOM + E_g(T);</li>
 * <li>depletion capacitance: C(T) = C [1 + m (4e-4 (T - T_ref) - g(T))] / [1 + m (4e-4 (TNOM - T_ref) - g(TNOM))]
 *     with g(T) = phi(T)/phi_ref - 1, phi_ref the potential at T_ref = 300.15 K (at TNOM = T_ref this is the
 *     textbook C [1 + m (4e-4 (T - TNOM) - (phi(T) - phi)/phi)]);</li>
 * <li>saturation current: IS(T) = IS (T/TNOM)^(XTI/N) exp((T/TNOM - 1) EG / (N V_t(T))), EG the model's.</li>
 * </ul>
 * Evaluated once per instance when it is created, never in load().
 */
public final class Temperature {

    /** SPICE3's reference temperature (K): 27 C. */
    public static final double T_REF = 300.15;
    /** 0 C in K. */
    public static final double ZERO_CELSIUS = 273.15;

    private Temperature() {
    }

    /** Silicon band gap (eV) at T (K), the SPICE form 1.16 - 7.02e-4 T^2/(T + 1108). */
    public static double siliconGap(double kelvin) {
        return 1.16 - 7.02e-4 * kelvin * kelvin / (kelvin + 1108);
    }

    /**
     * A junction (or surface) potential (V) given at TNOM, at T: phi T/TNOM - 3 V_t(T) ln(T/TNOM)
     * - E_g(TNOM) T/TNOM + E_g(T).
     */
    public static double potential(double phi, double kelvin, double nominal) {
        double r = kelvin / nominal;
        return phi * r - 3 * Junction.thermalVoltage(kelvin) * Math.log(r) - siliconGap(nominal) * r + siliconGap(kelvin);
    }

    /**
     * A zero-bias depletion capacitance (F, or F/m^2) given at TNOM with potential phi (V, at TNOM)
     * and grading m, at T (see the class comment).
     */
    public static double capacitance(double c, double m, double phi, double kelvin, double nominal) {
        double phiRef = potential(phi, T_REF, nominal);
        double gOld = phi / phiRef - 1;
        double gNew = potential(phi, kelvin, nominal) / phiRef - 1;
        return c * (1 + m * (4e-4 * (kelvin - T_REF) - gNew)) / (1 + m * (4e-4 * (nominal - T_REF) - gOld));
    }

    /**
     * The exponent of a saturation current's temperature factor, (T/TNOM - 1) EG/V_t(T) + XTI ln(T/TNOM);
     * a current with emission coefficient n scales by exp(exponent / n).
     *
     * @param eg  the model's activation energy EG (eV)
     * @param xti the model's saturation-current exponent XTI
     */
    public static double saturationExponent(double eg, double xti, double kelvin, double nominal) {
        double r = kelvin / nominal;
        return (r - 1) * eg / Junction.thermalVoltage(kelvin) + xti * Math.log(r);
    }

    /** The circuit temperature (K) from {@code .options temp} / {@code .temp}. */
    public static double circuit(InstanceCard card) {
        return card.options().temp + ZERO_CELSIUS;
    }

    /**
     * The nominal temperature (K) of a model: its own {@code tnom=} (degrees C) if the card gives one,
     * else {@code .options tnom} (default 27 C).
     *
     * @throws NetlistException for a TNOM at or below absolute zero
     */
    public static double nominal(InstanceCard card, ModelCard model) throws NetlistException {
        Item.Assignment a = model.find("tnom");
        double celsius = a != null ? card.modelValue(model, a) : card.options().tnom;
        if (!(celsius > -ZERO_CELSIUS)) {
            throw card.error("model " + model.name() + ": TNOM " + celsius + " C is at or below absolute zero");
        }
        return celsius + ZERO_CELSIUS;
    }

    /** The circuit temperature (K), checked to be above absolute zero. */
    public static double checkedCircuit(InstanceCard card) throws NetlistException {
        double t = circuit(card);
        if (!(t > 0)) {
            throw card.error("circuit temperature " + card.options().temp + " C is at or below absolute zero");
        }
        return t;
    }
}
