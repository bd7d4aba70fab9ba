package memspice.tools.devices;

import java.util.List;
import java.util.Map;

/**
 * Sample netlist lines for every registered {@link memspice.device.DeviceFactory} key, for the
 * Jacobian check {@link JacobianConsistencyTest}. A factory added without a sample here makes that
 * test fail: add one or more samples that exercise the device's regions (model cards included).
 *
 * <p>Each sample gives the lines of a small circuit (title and {@code .end} are added), the node
 * voltage levels (V) the check draws operating points from, a jitter (V) added to each drawn level,
 * and the range of any state unknowns. Keep levels physical (device currents below ~1 A): the check's
 * rounding bound sees the terms a device loads, not cancellations inside its own arithmetic, and
 * junctions driven at several volts carry currents whose rounding swamps any derivative.
 */
final class DeviceSamples {

    /** One sample: lines, levels (V), jitter (V), state range [lo, hi]. */
    record Sample(String label, String lines, double[] levels, double jitter, double stateLo, double stateHi) {
        Sample(String label, String lines, double[] levels, double jitter) {
            this(label, lines, levels, jitter, 0.0, 1.0);
        }
    }

    private static final double[] GENERAL = {-2, -0.5, 0, 0.3, 1, 2.5};

    /** Samples by factory key. */
    static final Map<String, List<Sample>> SAMPLES = Map.ofEntries(
            Map.entry("R", List.of(new Sample("resistor", "r1 a b 1k\nr2 b 0 2.2k", GENERAL, 0.1))),
            Map.entry("C", List.of(new Sample("capacitor", "c1 a b 1u\nc2 b 0 10p", GENERAL, 0.1),
                    new Sample("capacitors holding Xyce IC= in DC (icop), released in transient",
                            "c1 a b 1u ic=0.3\nc2 b 0 10p ic=-0.2\nr1 a 0 1k\n.options icop=1", GENERAL, 0.1))),
            Map.entry("L", List.of(new Sample("inductor", "l1 a b 1m\nr1 b 0 1", GENERAL, 0.1))),
            Map.entry("V", List.of(new Sample("voltage source", "v1 a b 1.5\nr1 b 0 1k", GENERAL, 0.1))),
            Map.entry("I", List.of(new Sample("current source", "i1 a b 1m\nr1 a b 1k", GENERAL, 0.1))),
            Map.entry("E", List.of(new Sample("vcvs", "e1 o 0 a b 2\ne2 p 0 value={tanh(v(a))*v(b)}\nr1 a b 1k",
                    GENERAL, 0.1))),
            Map.entry("F", List.of(new Sample("cccs", "v1 a b 0\nr1 b 0 1k\nf1 c 0 v1 3\nf2 d 0 poly(1) v1 0 1 2",
                    GENERAL, 0.1))),
            Map.entry("G", List.of(new Sample("vccs", "g1 a 0 b 0 1m\ng2 c 0 value={v(a)*v(b)*1m}\nr1 a b 1k",
                    GENERAL, 0.1))),
            Map.entry("H", List.of(new Sample("ccvs", "v1 a b 0\nr1 b 0 1k\nh1 c 0 v1 100", GENERAL, 0.1))),
            Map.entry("B", List.of(new Sample("behavioral", "b1 a 0 v={sin(v(b))*v(c)}\nb2 c 0 i={exp(v(b))*1m}\nr1 b c 1k",
                    GENERAL, 0.1))),
            Map.entry("D", List.of(
                    new Sample("diode with RS, charges and breakdown",
                            "d1 a k dm 2\n.model dm d(is=1e-14 n=1.2 rs=5 cjo=2p vj=0.7 m=0.4 tt=5n bv=10 ibv=1m)",
                            new double[] {-10.6, -9.6, -0.5, -0.08, 0, 0.2, 0.35, 0.6, 0.75, 0.85}, 0.02),
                    new Sample("ideal diode, reverse region near -3 vte",
                            "d2 a 0 dx\n.model dx d(is=1e-15)",
                            new double[] {-1, -0.0776, -0.05, 0, 0.4, 0.7, 0.9}, 0.005))),
            Map.entry("Q", List.of(
                    new Sample("npn Gummel-Poon with resistances and capacitances",
                            "q1 c b e s qn\n.model qn npn(is=1e-15 bf=80 br=2 nf=1.05 nr=1.1 vaf=40 var=20 ikf=5m ikr=1m"
                                    + " ise=1e-13 ne=1.6 isc=1e-13 nc=1.8 rb=50 rc=5 re=1 cje=1p cjc=0.5p cjs=0.2p tf=0.3n tr=10n)",
                            new double[] {-0.45, -0.3, -0.1, 0, 0.1, 0.3, 0.45}, 0.02),
                    new Sample("pnp, LM741-style card",
                            "q2 c b e qp\n.model qp pnp(bf=50 vaf=30 ikf=10m cje=1p tf=1n)",
                            new double[] {-0.45, -0.35, -0.1, 0, 0.1, 0.35, 0.45}, 0.02))),
            Map.entry("M", List.of(
                    new Sample("nmos with body effect, RD/RS, junction and overlap capacitances",
                            "m1 d g s b nm w=2u l=1u\n.model nm nmos(vto=0.8 kp=50u gamma=0.5 phi=0.7 lambda=0.05 rd=10 rs=5"
                                    + " cbd=10f cbs=10f cgso=1n cgdo=1n cgbo=0.5n)",
                            new double[] {-3, -1.5, -0.8, -0.2, 0, 0.2, 0.8, 1.2, 2, 3}, 0.03),
                    new Sample("pmos",
                            "m2 d g s b pm w=4u l=1u\n.model pm pmos(vto=-0.7 kp=20u gamma=0.3 lambda=0.02)",
                            new double[] {-3, -1.5, -0.7, -0.2, 0, 0.2, 0.7, 1.2, 3}, 0.03))),
            Map.entry("S", List.of(
                    new Sample("switch with hysteresis band", "s1 a b c 0 sw1\n.model sw1 sw(vt=1 vh=0.2 ron=10 roff=1meg)",
                            new double[] {0, 0.8, 0.9, 1.0, 1.1, 1.2, 2}, 0.03),
                    new Sample("switch without hysteresis (1 mV band)", "s2 a b c 0 sw2\n.model sw2 sw(vt=-0.5 ron=1 roff=1e9)",
                            new double[] {-0.5, -0.5005, -0.4995, 0.5}, 3e-4))),
            Map.entry("YMEMRISTOR", List.of(
                    new Sample("HP linear drift with Joglekar window",
                            "ymemristor mr1 a b mlin\nr1 b 0 1k\n.model mlin memristor model=hp ron=100 roff=16k wt=1 p=1",
                            new double[] {-1, -0.2, 0, 0.2, 1}, 0.05, 0.05, 0.95),
                    new Sample("TEAM, Kvatinsky window, state in nm",
                            "ymemristor mr2 a b mteam\nr1 b 0 50\n.model mteam memristor level=2 ron=50 roff=1000"
                                    + " koff=1.46e-18 kon=-4.68e-22 alphaoff=10 alphaon=10 wc=1e-12 ioff=115e-6"
                                    + " ion=-8.9e-6 xscaling=1e9 wt=4",
                            new double[] {-1, -0.1, 0, 0.1, 1}, 0.05, 0.01, 2.99),
                    new Sample("Yakopcic",
                            "ymemristor mr3 a b myak\nr1 b 0 50\n.model myak memristor level=3",
                            new double[] {-0.5, -0.2, 0, 0.2, 0.5}, 0.05, 0.05, 0.95),
                    new Sample("PEM without tables",
                            "ymemristor mr4 a b mpem\nr1 b 0 50\n.model mpem memristor level=4 vn=-0.8",
                            new double[] {-1, -0.5, 0, 0.5, 0.8}, 0.05, 0.05, 0.95),
                    new Sample("VTEAM, Biolek window",
                            "ymemristor mr5 a b mvt\nr1 b 0 1k\n.model mvt memristor model=vteam wt=2",
                            new double[] {-0.5, -0.1, 0, 0.1, 0.5}, 0.05, 0.1, 2.9),
                    // Stanford-PKU RRAM, state = gap (m) in [gap_min, gap_max] = [0.2, 1.7] nm: both polarities,
                    // levels around the field threshold (gamma |V| / tox = F_min near 1.05 V), states on
                    // and just past each bound (the smoothstep band is 1e-3 of the range), and a large
                    // thermal resistance so that T = T0 + Rth |V I| moves the rate by tens of kelvin
                    new Sample("Stanford-PKU RRAM near gap_min",
                            "ymemristor mr7 a b mrr\nr1 b 0 1k\n.model mrr memristor model=rram",
                            new double[] {-1.5, -1.05, -0.6, -0.2, 0, 0.2, 0.6, 1.05, 1.5}, 0.05, 1.98e-10, 3.0e-10),
                    new Sample("Stanford-PKU RRAM near gap_max",
                            "ymemristor mr8 a b mrr\nr1 b 0 1k\n.model mrr memristor model=rram",
                            new double[] {-1.5, -1.05, -0.6, -0.2, 0, 0.2, 0.6, 1.05, 1.5}, 0.05, 1.6e-9, 1.702e-9),
                    new Sample("Stanford-PKU RRAM with a strong thermal term",
                            "ymemristor mr9 a b mrt\nr1 b 0 100\n.model mrt memristor model=rram rth=2e4",
                            new double[] {-1.5, -1.05, -0.6, -0.2, 0, 0.2, 0.6, 1.05, 1.5}, 0.05, 2.0e-10, 1.7e-9),
                    new Sample("Knowm MMSS",
                            "ymemristor mr6 a b mms\nr1 b 0 1k\n.model mms memristor model=mmss",
                            new double[] {-0.5, -0.27, 0, 0.27, 0.5}, 0.05, 0.05, 0.95))),
            Map.entry("YOPAMP", List.of(
                    new Sample("ideal nullor with offset in a non-inverting amplifier",
                            "yopamp u1 a b o ideal\nr1 o b 10k\nr2 b 0 1k\n.model ideal opamp(vos=1m)", GENERAL, 0.1),
                    new Sample("pole, rails, output resistance, offset and slew limit",
                            "yopamp u2 a b o mac\nr1 o b 10k\nr2 b 0 1k\n"
                                    + ".model mac opamp(a0=1e3 gbw=1e6 voh=2 vol=-1.5 rout=50 vos=1m sr=1e6 vsoft=0.1)",
                            new double[] {-0.5, -0.2, 0, 0.1, 0.3}, 0.1, -3, 3),
                    new Sample("no pole, gain straight into the rails",
                            "yopamp u3 a b o m3\nr1 o 0 1k\n.model m3 opamp(a0=10 voh=1 vol=-1 vsoft=0.05)",
                            new double[] {-0.2, -0.1, 0, 0.05, 0.1, 0.2}, 0.05))));

    private DeviceSamples() {
    }
}
