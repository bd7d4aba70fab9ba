package memspice.elements;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * A dependent voltage source: v(n+) - v(n-) = F(u) with branch current i from n+ through the
 * source to n- (E, H, and B with V=). Rows: KCL gets +i at n+ and -i at n-; the branch row is
 * {@code v(n+) - v(n-) - F(u) = 0} with the full chain-rule Jacobian of F.
 */
final class ControlledVoltageSource implements Device {
    private final String name;
    private final SourceLocation location;
    private final int plus;
    private final int minus;
    private final ControlInputs inputs;
    private final ControlFunction function;
    private final double[] u;
    private final double[] grad;
    private int branch;
    private int p;
    private int m;
    private int br;
    private int sPB;
    private int sMB;
    private int sBP;
    private int sBM;

    ControlledVoltageSource(String name, SourceLocation location, int plus, int minus, ControlInputs inputs,
                            ControlFunction function) {
        this.name = name;
        this.location = location;
        this.plus = plus;
        this.minus = minus;
        this.inputs = inputs;
        this.function = function;
        this.u = new double[inputs.size()];
        this.grad = new double[inputs.size()];
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
        branch = ctx.branch("i(" + name + ")");
    }

    @Override
    public void setup(SetupContext ctx) throws NetlistException {
        p = ctx.position(plus);
        m = ctx.position(minus);
        br = ctx.position(branch);
        sPB = ctx.slot(plus, branch);
        sMB = ctx.slot(minus, branch);
        sBP = ctx.slot(branch, plus);
        sBM = ctx.slot(branch, minus);
        inputs.setup(ctx, new int[] {branch}, name, location);
    }

    @Override
    public void load(LoadContext ctx) {
        inputs.read(ctx, u);
        double value = function.evaluate(u, grad);
        double i = ctx.x(br);
        ctx.addF(p, i);
        ctx.addF(m, -i);
        ctx.addG(sPB, 1.0);
        ctx.addG(sMB, -1.0);
        ctx.addF(br, ctx.x(p) - ctx.x(m) - value);
        ctx.addG(sBP, 1.0);
        ctx.addG(sBM, -1.0);
        inputs.stamp(ctx, 0, grad, -1.0);
    }

    @Override
    public boolean isLinear() {
        return function.isLinear();
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.voltageDefined(plus, minus);
        inputs.topology(ctx);
    }

    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> s.x(br) : null;
    }
}
