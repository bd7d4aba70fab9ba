package memspice.analysis;

import java.util.Map;

import memspice.circuit.Circuit;
import memspice.circuit.Elaborator;
import memspice.circuit.MnaSystem;
import memspice.device.DeviceRegistry;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * An elaborated circuit with everything needed to solve it: the MNA system, its LU and the Newton
 * and operating-point solvers. One per set of parameter values.
 */
public final class CircuitSolver {

    private final Circuit circuit;
    private final ParameterScope scope;
    private final MnaSystem system;
    private final LinearSolver linear;
    private final NewtonSolver newton;
    private final OperatingPointSolver operatingPoint;

    private CircuitSolver(Circuit circuit, ParameterScope scope, MnaSystem system, LinearSolver linear,
                          NewtonSolver newton, OperatingPointSolver operatingPoint) {
        this.circuit = circuit;
        this.scope = scope;
        this.system = system;
        this.linear = linear;
        this.newton = newton;
        this.operatingPoint = operatingPoint;
    }

    /**
     * Elaborates the netlist, checks its topology and sets up the solvers.
     *
     * @param overrides top-level parameter values replacing the netlist's
     * @param checkTopology false to skip the DC topology checks (transients with uic)
     * @throws NetlistException for errors in the input or its topology
     */
    public static CircuitSolver build(Netlist netlist, Map<String, Double> overrides, RunStatistics stats,
                                      boolean checkTopology) throws NetlistException {
        long t0 = System.nanoTime();
        Elaborator.Result r = Elaborator.elaborate(netlist, DeviceRegistry.get(), overrides);
        Circuit circuit = r.circuit();
        circuit.allocate();
        MnaSystem system = checkTopology ? TopologyChecker.checkWhile(circuit, () -> new MnaSystem(circuit))
                : new MnaSystem(circuit);
        stats.addTime("setup", System.nanoTime() - t0);
        LinearSolver linear = new LinearSolver(system, circuit.options(), stats);
        NewtonSolver newton = new NewtonSolver(system, linear, circuit.options(), stats);
        OperatingPointSolver op = new OperatingPointSolver(newton, circuit.options(), stats);
        return new CircuitSolver(circuit, r.topScope(), system, linear, newton, op);
    }

    public Circuit circuit() {
        return circuit;
    }

    public ParameterScope scope() {
        return scope;
    }

    public MnaSystem system() {
        return system;
    }

    public LinearSolver linear() {
        return linear;
    }

    public NewtonSolver newton() {
        return newton;
    }

    public OperatingPointSolver operatingPoint() {
        return operatingPoint;
    }

    public SimulationOptions options() {
        return circuit.options();
    }
}
