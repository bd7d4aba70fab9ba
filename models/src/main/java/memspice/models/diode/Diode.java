package memspice.models.diode;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.models.semi.Junction;
import memspice.netlist.SourceLocation;

/**
 * SPICE level-1 junction diode between anode {@code a} and cathode {@code k}, with series resistance
 * RS behind an internal anode node (Antognetti and Massobrio 1993, eqs. 1.1-1.3, 1.13-1.16):
 * <ul>
 * <li>vd >= -3 vte: id = is (e^(vd/vte) - 1), vte = N kT/q;</li>
 * <li>-xbv <= vd < -3 vte: id = -is (1 + (3 vte / (e vd))^3) (SPICE2's reverse region, C1 at -3 vte);</li>
 * <li>vd < -xbv: id = -is e^(-(xbv + vd)/vte), xbv the SPICE breakdown knee that matches IBV at BV,
 * IBV = is (e^((BV - xbv)/vte) - 1 + xbv/vt) (DiodeFactory; xbv ~ BV - vte ln(IBV/is) when is is small);
 * the breakdown branch starts at -xbv;</li>
 * </ul>
 * plus gmin in parallel with the junction. Charge q = depletion(vd) + TT id. The junction voltage
 * is limited across Newton iterations ({@link Junction#limit}); the device then loads the
 * linearisation at the limited voltage, so f and its Jacobian stay consistent.
 */
final class Diode implements Device {

    private final String name;
    private final SourceLocation location;
    private final int anode;
    private final int cathode;
    private final double is;
    private final double n;
    private final double gs;     // 1/RS (S), 0 without series resistance
    private final double cjo;
    private final double vj;
    private final double mj;
    private final double fc;
    private final double tt;
    private final double bv;
    private final double xbvOffset;   // (bv - xbv)/vte at the circuit temperature, so xbv = bv - vte * offset
    private int inner;   // internal anode node id (= anode without RS)
    private int pa;
    private int pi;
    private int pk;
    private int sAA;
    private int sAI;
    private int sIA;
    private int sII;
    private int sIK;
    private int sKI;
    private int sKK;
    private int mem;
    private double kelvin;
    private double gminProbe;

    /**
     * Values already scaled by area and multiplicity and taken to the circuit temperature; gs = 0
     * means no series resistance; breakdownOffset = (BV - xbv)/vte (dimensionless).
     */
    Diode(String name, SourceLocation location, int anode, int cathode, double is, double n, double gs, double cjo,
          double vj, double mj, double fc, double tt, double bv, double breakdownOffset) {
        this.name = name;
        this.location = location;
        this.anode = anode;
        this.cathode = cathode;
        this.is = is;
        this.n = n;
        this.gs = gs;
        this.cjo = cjo;
        this.vj = vj;
        this.mj = mj;
        this.fc = fc;
        this.tt = tt;
        this.bv = bv;
        this.xbvOffset = breakdownOffset;
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
    public void allocate(AllocationContext ctx) {
        inner = gs > 0 ? ctx.internalNode("v(" + name + "#internal)") : anode;
    }

    @Override
    public void setup(SetupContext ctx) {
        pa = ctx.position(anode);
        pi = ctx.position(inner);
        pk = ctx.position(cathode);
        sAA = ctx.slot(anode, anode);
        sAI = ctx.slot(anode, inner);
        sIA = ctx.slot(inner, anode);
        sII = ctx.slot(inner, inner);
        sIK = ctx.slot(inner, cathode);
        sKI = ctx.slot(cathode, inner);
        sKK = ctx.slot(cathode, cathode);
        mem = ctx.limitingMemory(1);
        kelvin = ctx.options().temperatureKelvin();
        gminProbe = ctx.options().gmin;
    }

    @Override
    public void load(LoadContext ctx) {
        double vte = n * Junction.thermalVoltage(ctx.temperature());
        double vd = ctx.x(pi) - ctx.x(pk);
        double v = limited(ctx, vd, vte);
        double gmin = ctx.gmin();
        double id = current(v, vte);
        double gd = conductance(v, vte);
        double q = Junction.depletionCharge(v, cjo, vj, mj, fc) + tt * id;
        double c = Junction.depletionCapacitance(v, cjo, vj, mj, fc) + tt * gd;
        id += gmin * v;
        gd += gmin;
        double dv = vd - v;
        double i = id + gd * dv;
        ctx.addF(pi, i);
        ctx.addF(pk, -i);
        ctx.addG(sII, gd);
        ctx.addG(sIK, -gd);
        ctx.addG(sKI, -gd);
        ctx.addG(sKK, gd);
        double qq = q + c * dv;
        ctx.addQ(pi, qq);
        ctx.addQ(pk, -qq);
        ctx.addC(sII, c);
        ctx.addC(sIK, -c);
        ctx.addC(sKI, -c);
        ctx.addC(sKK, c);
        if (gs > 0) {
            double ir = gs * (ctx.x(pa) - ctx.x(pi));
            ctx.addF(pa, ir);
            ctx.addF(pi, -ir);
            ctx.addG(sAA, gs);
            ctx.addG(sAI, -gs);
            ctx.addG(sIA, -gs);
            ctx.addG(sII, gs);
        }
    }

    /** Junction current (A) without gmin at junction voltage v (V). */
    private double current(double v, double vte) {
        if (v >= -3.0 * vte) {
            return is * (Junction.exp(v / vte) - 1.0);
        }
        if (v >= vte * xbvOffset - bv) {
            double a = 3.0 * vte / (Math.E * v);
            return -is * (1.0 + a * a * a);
        }
        return -is * Junction.exp(-(bv - vte * xbvOffset + v) / vte);
    }

    /** d current / dv (S). */
    private double conductance(double v, double vte) {
        if (v >= -3.0 * vte) {
            return is * Junction.expDerivative(v / vte) / vte;
        }
        if (v >= vte * xbvOffset - bv) {
            double a = 3.0 * vte / (Math.E * v);
            return 3.0 * is * a * a * a / v;
        }
        return is * Junction.expDerivative(-(bv - vte * xbvOffset + v) / vte) / vte;
    }

    /** The junction voltage to evaluate at: forward limiting, and breakdown limiting when BV is finite. */
    private double limited(LoadContext ctx, double vd, double vte) {
        double old = ctx.limitMemory(mem);
        double v = vd;
        if (!Double.isNaN(old)) {
            double vcrit = Junction.criticalVoltage(vte, is);
            if (Double.isFinite(bv) && vd < Math.min(0.0, -bv + 10.0 * vte)) {
                // Breakdown is an exponential in -(vd + xbv): limit that mirrored voltage the same way.
                double xbv = bv - vte * xbvOffset;
                v = -(Junction.limit(-(vd + xbv), -(old + xbv), vte, vcrit) + xbv);
            } else {
                v = Junction.limit(vd, old, vte, vcrit);
            }
            if (v != vd) {
                ctx.reportLimited();
            }
        }
        ctx.setLimitMemory(mem, v);
        return v;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(anode, inner);
        ctx.conducting(inner, cathode);
    }

    /**
     * i: the current into the anode (A): through RS when present, else the junction current plus gmin
     * and the charging current C(vd) dvd/dt, evaluated at the solution without limiting.
     */
    @Override
    public OutputProbe probe(String quantity) {
        if (!quantity.equals("i")) {
            return null;
        }
        if (gs > 0) {
            return s -> gs * (s.x(pa) - s.x(pi));
        }
        double vte = n * Junction.thermalVoltage(kelvin);
        return s -> {
            double v = s.x(pi) - s.x(pk);
            double c = Junction.depletionCapacitance(v, cjo, vj, mj, fc) + tt * conductance(v, vte);
            return current(v, vte) + gminProbe * v + c * (s.dxdt(pi) - s.dxdt(pk));
        };
    }
}
