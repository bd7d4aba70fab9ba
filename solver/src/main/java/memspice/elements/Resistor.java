package memspice.elements;

import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * A linear resistor: current (v(a) - v(b)) * G leaves node a, with G = m / R(T) and
 * R(T) = R (1 + tc1 dT + tc2 dT^2).
 */
final class Resistor implements Device {
    private final String name;
    private final SourceLocation location;
    private final int a;
    private final int b;
    private final double conductance;
    private int pa;
    private int pb;
    private int sAA;
    private int sAB;
    private int sBA;
    private int sBB;

    /**
     * @param conductance S, may be negative, never zero or infinite
     */
    Resistor(String name, SourceLocation location, int a, int b, double conductance) {
        this.name = name;
        this.location = location;
        this.a = a;
        this.b = b;
        this.conductance = conductance;
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
        sAA = ctx.slot(a, a);
        sAB = ctx.slot(a, b);
        sBA = ctx.slot(b, a);
        sBB = ctx.slot(b, b);
    }

    @Override
    public void load(LoadContext ctx) {
        double i = conductance * (ctx.x(pa) - ctx.x(pb));
        ctx.addF(pa, i);
        ctx.addF(pb, -i);
        ctx.addG(sAA, conductance);
        ctx.addG(sAB, -conductance);
        ctx.addG(sBA, -conductance);
        ctx.addG(sBB, conductance);
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(a, b);
    }

    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> conductance * (s.x(pa) - s.x(pb)) : null;
    }
}
