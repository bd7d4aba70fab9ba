package memspice.models.sw;

import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.device.OutputProbe;
import memspice.netlist.SourceLocation;

/**
 * A voltage-controlled switch between n+ and n-, controlled by vc = v(nc+) - v(nc-).
 *
 * <p>ngspice's SW model is hysteretic and abrupt: R = RON once vc > VT + VH, R = ROFF once
 * vc < VT - VH, and in between the switch keeps its previous state. That state and the jump break
 * Newton's assumptions (no derivative; results depend on iteration history). This switch is instead a
 * memoryless, C1-smooth function of vc: with u = (vc - (VT - W)) / (2 W) clipped to [0, 1] and
 * s(u) = 3u^2 - 2u^3 (smoothstep), the conductance is log-interpolated,
 * G = GOFF (GON/GOFF)^s(u), GON = 1/RON, GOFF = 1/ROFF. The half-width is W = |VH| when VH is non-zero,
 * else {@link SwitchFactory#DEFAULT_HALF_WIDTH}. Outside [VT - W, VT + W] the resistance is exactly RON
 * or ROFF, so it agrees with ngspice wherever ngspice's state is unambiguous; inside the band ngspice
 * holds either RON or ROFF depending on history while this one passes smoothly between them (there is
 * no hysteresis loop).
 */
final class VoltageSwitch implements Device {

    private final String name;
    private final SourceLocation location;
    private final int a;
    private final int b;
    private final int cp;
    private final int cn;
    private final double lnGoff;
    private final double lnRatio;   // ln(GON / GOFF)
    private final double low;       // VT - W
    private final double width;     // 2 W
    private int pa;
    private int pb;
    private int pcp;
    private int pcn;
    private final int[] slot = new int[8];

    VoltageSwitch(String name, SourceLocation location, int a, int b, int cp, int cn, double ron, double roff,
                  double vt, double halfWidth) {
        this.name = name;
        this.location = location;
        this.a = a;
        this.b = b;
        this.cp = cp;
        this.cn = cn;
        this.lnGoff = -Math.log(roff);
        this.lnRatio = Math.log(roff / ron);
        this.low = vt - halfWidth;
        this.width = 2 * halfWidth;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public void setup(SetupContext ctx) {
        pa = ctx.position(a);
        pb = ctx.position(b);
        pcp = ctx.position(cp);
        pcn = ctx.position(cn);
        int[] rows = {a, b};
        int[] cols = {a, b, cp, cn};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 4; j++) {
                slot[4 * i + j] = ctx.slot(rows[i], cols[j]);
            }
        }
    }

    /** The conductance (S) at control voltage vc. */
    double conductance(double vc) {
        double u = Math.min(1.0, Math.max(0.0, (vc - low) / width));
        return Math.exp(lnGoff + lnRatio * u * u * (3.0 - 2.0 * u));
    }

    @Override
    public void load(LoadContext ctx) {
        double vc = ctx.x(pcp) - ctx.x(pcn);
        double v = ctx.x(pa) - ctx.x(pb);
        double u = (vc - low) / width;
        double g;
        double dg;
        if (u <= 0.0 || u >= 1.0) {
            g = conductance(vc);
            dg = 0.0;
        } else {
            g = Math.exp(lnGoff + lnRatio * u * u * (3.0 - 2.0 * u));
            dg = g * lnRatio * 6.0 * u * (1.0 - u) / width;
        }
        double i = g * v;
        double di = dg * v;
        ctx.addF(pa, i);
        ctx.addF(pb, -i);
        ctx.addG(slot[0], g);
        ctx.addG(slot[1], -g);
        ctx.addG(slot[2], di);
        ctx.addG(slot[3], -di);
        ctx.addG(slot[4], -g);
        ctx.addG(slot[5], g);
        ctx.addG(slot[6], -di);
        ctx.addG(slot[7], di);
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(a, b);
        ctx.sensing(cp);
        ctx.sensing(cn);
    }

    /** i: the current into n+ (A). */
    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> conductance(s.x(pcp) - s.x(pcn)) * (s.x(pa) - s.x(pb)) : null;
    }
}
