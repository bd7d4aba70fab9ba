package memspice.elements;

import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * A dependent current source: current F(u) flows from n+ through the source to n- (G, F, and B
 * with I=). KCL gets +F at n+ and -F at n-, with the chain-rule Jacobian of F.
 */
final class ControlledCurrentSource implements Device {
    private final String name;
    private final SourceLocation location;
    private final int plus;
    private final int minus;
    private final ControlInputs inputs;
    private final ControlFunction function;
    private final double[] u;
    private final double[] grad;
    private int p;
    private int m;
    private double temperatureC;

    ControlledCurrentSource(String name, SourceLocation location, int plus, int minus, ControlInputs inputs,
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
    public void setup(SetupContext ctx) throws NetlistException {
        p = ctx.position(plus);
        m = ctx.position(minus);
        temperatureC = ctx.options().temp;
        inputs.setup(ctx, new int[] {plus, minus}, name, location);
    }

    @Override
    public void load(LoadContext ctx) {
        inputs.read(ctx, u);
        double value = function.evaluate(u, grad);
        ctx.addF(p, value);
        ctx.addF(m, -value);
        inputs.stamp(ctx, 0, grad, 1.0);
        inputs.stamp(ctx, 1, grad, -1.0);
    }

    @Override
    public boolean isLinear() {
        return function.isLinear();
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.currentSource(plus, minus);
        inputs.topology(ctx);
    }

    @Override
    public OutputProbe probe(String quantity) {
        if (!quantity.equals("i")) {
            return null;
        }
        double[] uu = new double[u.length];
        double[] gg = new double[u.length];
        return s -> {
            inputs.read(s, temperatureC, uu);
            return function.evaluate(uu, gg);
        };
    }
}
