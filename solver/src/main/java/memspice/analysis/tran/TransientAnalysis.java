package memspice.analysis.tran;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import memspice.analysis.Analysis;
import memspice.analysis.AnalysisContext;
import memspice.analysis.CircuitSolver;
import memspice.analysis.NewtonSolver;
import memspice.analysis.NodeValues;
import memspice.analysis.OutputColumns;
import memspice.analysis.SimulationException;
import memspice.analysis.SimulationOptions;
import memspice.circuit.MnaSystem;
import memspice.device.Device;
import memspice.device.InitialConditionContext;
import memspice.device.SolutionView;
import memspice.netlist.Directive;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;

/**
 * {@code .tran}: time-domain simulation with trapezoidal (default), Gear-2 or backward-Euler
 * integration, backward Euler at the start and after every breakpoint, local-truncation-error step
 * control on q, steps that land exactly on source breakpoints, and retry with a smaller step when
 * Newton fails or the error is too large. Every accepted point at or after tstart streams to the
 * sink at once, so a run that fails at t keeps everything before t.
 */
public final class TransientAnalysis implements Analysis {

    /** Newton failures cut the step by this factor (SPICE). */
    private static final double FAILURE_CUT = 8;
    /** A step is rejected if the error estimate allows less than this fraction of it. */
    private static final double REJECT_RATIO = 0.9;

    private final Directive directive;

    public TransientAnalysis(Directive directive) {
        this.directive = directive;
    }

    @Override
    public String kind() {
        return "tran";
    }

    @Override
    public void run(AnalysisContext ctx) throws NetlistException, SimulationException, IOException {
        boolean uic = directive.items().stream().anyMatch(i -> i.isWord("uic"));
        CircuitSolver s = uic ? ctx.baseWithoutTopologyCheck() : ctx.base();
        TranSpec spec = TranSpec.parse(directive, s.scope());
        new Run(ctx, s, spec).execute();
    }

    /** The state of one transient run. */
    private final class Run {
        private final AnalysisContext ctx;
        private final CircuitSolver solver;
        private final TranSpec spec;
        private final SimulationOptions options;
        private final MnaSystem system;
        private final NewtonSolver newton;
        private final IntegrationMethod method;
        private final int n;
        private final TimeHistory history;
        private final Formula formula;
        private final TruncationError truncation;
        private final RingingDetector ringing;
        private int dampedSteps;
        private final double[] qNew;
        private final double[] qdotNew;
        private final double[] xdotNew;
        private final Device[] devices;
        private final OutputColumns outputs;
        private final double[] row;
        private final Map<StepCause, Integer> causes = new EnumMap<>(StepCause.class);
        private final AcceptView view = new AcceptView();
        private int rejectedError;
        private int rejectedNewton;
        private double time;

        Run(AnalysisContext ctx, CircuitSolver solver, TranSpec spec) throws NetlistException {
            this.ctx = ctx;
            this.solver = solver;
            this.spec = spec;
            this.options = solver.options();
            this.system = solver.system();
            this.newton = solver.newton();
            this.method = IntegrationMethod.fromOption(options.method);
            this.n = system.size();
            this.history = new TimeHistory(n + 1);
            this.formula = new Formula(n + 1);
            this.truncation = new TruncationError(solver.circuit().unknowns());
            this.ringing = new RingingDetector(solver.circuit().unknowns());
            this.qNew = new double[n + 1];
            this.qdotNew = new double[n + 1];
            this.xdotNew = new double[n + 1];
            this.devices = solver.circuit().devices().toArray(new Device[0]);
            this.outputs = OutputColumns.select(ctx.netlist(), solver.circuit(), solver.scope(), "tran");
            this.row = new double[outputs.size() + 1];
        }

        void execute() throws NetlistException, SimulationException, IOException {
            for (Device d : devices) {
                d.beginTransient(spec.step(), spec.stop());
            }
            List<ResultTable.Column> columns = new ArrayList<>();
            columns.add(new ResultTable.Column("time", "time"));
            columns.addAll(outputs.columns());
            ctx.sink().begin("tran", solver.circuit().title(), "Transient Analysis", columns, false);
            try {
                initialPoint();
                integrate();
            } catch (SimulationException e) {
                throw e.within(String.format(Locale.ROOT, "transient at t = %.6g s: ", time));
            } finally {
                ctx.sink().end();
                for (Map.Entry<StepCause, Integer> e : causes.entrySet()) {
                    ctx.stats().count("tran steps set by " + e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
                }
                ctx.stats().count("tran steps rejected (truncation error)", rejectedError);
                ctx.stats().count("tran steps rejected (newton)", rejectedNewton);
                ctx.stats().count("tran steps damped (trapezoidal ringing)", dampedSteps);
            }
        }

        /** The operating point at t = 0 (or the uic state), recorded as the first history point. */
        private void initialPoint() throws NetlistException, SimulationException, IOException {
            double[] x = system.x();
            Arrays.fill(x, 0.0);
            system.context().setMode(true, true, 0.0);
            Map<Integer, Double> ic = NodeValues.read(ctx.netlist(), "ic", solver.circuit(), solver.scope());
            if (spec.uic()) {
                for (Map.Entry<Integer, Double> e : ic.entrySet()) {
                    x[e.getKey()] = e.getValue();
                }
                applyInitialConditions(x, null);   // element IC= values that set unknowns
                system.load();
                System.arraycopy(system.q(), 0, qNew, 0, n + 1);
                applyInitialConditions(x, qNew);   // element IC= values that set charges
            } else {
                Map<Integer, Double> nodeset = NodeValues.read(ctx.netlist(), "nodeset", solver.circuit(), solver.scope());
                if (!nodeset.isEmpty()) {
                    newton.setClamps(nodeset);
                    solver.operatingPoint().solve(options.itl1);
                    newton.setClamps(null);
                }
                newton.setClamps(ic);
                try {
                    solver.operatingPoint().solve(options.itl1);
                } finally {
                    newton.setClamps(null);
                }
                system.load();
                System.arraycopy(system.q(), 0, qNew, 0, n + 1);
            }
            Arrays.fill(qdotNew, 0.0);
            Arrays.fill(xdotNew, 0.0);
            if (!spec.uic()) {
                // the operating point is a consistent start: dq/dt(0) = b(0) - f(x0) in transient form
                // (zero on nodes at rest, g(v, w) on a memristor's state row), which lets the
                // truncation-error estimate check the very first step
                system.context().setMode(false, true, 0.0);
                system.load();
                double[] f = system.f();
                double[] b = system.b();
                for (int i = 0; i < n; i++) {
                    qdotNew[i] = b[i] - f[i];
                }
            }
            history.push(0.0, x, qNew, qdotNew, xdotNew);
            history.setInitialRateKnown(!spec.uic());
            time = 0.0;
            if (spec.start() <= 0) {
                emit(0.0);
            }
        }

        private void applyInitialConditions(double[] x, double[] q) {
            InitialConditionContext ic = new InitialConditionContext() {
                @Override
                public double x(int position) {
                    return x[position];
                }

                @Override
                public void setX(int position, double value) {
                    if (q == null && position < n) {
                        x[position] = value;
                    }
                }

                @Override
                public void addCharge(int row, double value) {
                    if (q != null && row < n) {
                        q[row] += value;
                    }
                }
            };
            for (Device d : devices) {
                d.applyInitialCondition(ic);
            }
        }

        private void integrate() throws SimulationException, IOException {
            double stop = spec.stop();
            double maxStep = spec.maxStep();
            double minStep = 1e-11 * maxStep;
            double h = Math.min(Math.min(spec.step(), maxStep), stop / 100) / 10;
            StepCause cause = StepCause.START;
            int order = 1;
            double[] x = system.x();
            while (time < stop * (1 - 1e-13)) {
                double breakpoint = nextBreakpoint();
                double step = h;
                if (step > maxStep) {
                    step = maxStep;
                    cause = StepCause.MAX_STEP;
                }
                boolean landing = false;
                if (time + step >= breakpoint - minStep) {
                    step = breakpoint - time;
                    landing = true;
                    cause = StepCause.BREAKPOINT;
                } else if (breakpoint - (time + step) < 0.1 * step) {
                    step = (breakpoint - time) / 2;   // avoid a sliver of a step before the breakpoint
                    cause = StepCause.BREAKPOINT;
                }
                if (step < minStep) {
                    throw new SimulationException(String.format(Locale.ROOT,
                            "time step %.3g s is below the minimum %.3g s%s", step, minStep, limitedBy(cause)));
                }
                double tNew = time + step;
                predict(x, tNew);
                formula.prepare(method, order, tNew, history);
                system.context().setMode(false, true, tNew);
                NewtonSolver.Outcome o = newton.solve(options.itl4, options.gshunt, formula.alpha(), formula.qHistory());
                if (!o.converged()) {
                    rejectedNewton++;
                    restoreLatest(x);
                    h = step / FAILURE_CUT;
                    order = 1;
                    cause = StepCause.NEWTON_FAILURE;
                    if (h < minStep) {
                        throw new SimulationException(String.format(Locale.ROOT,
                                "Newton did not converge with a step of %.3g s (minimum %.3g s)%s", step, minStep,
                                o.diagnosis().isEmpty() ? "" : ": " + o.diagnosis()));
                    }
                    continue;
                }
                System.arraycopy(system.q(), 0, qNew, 0, n + 1);
                formula.qdot(qNew, qdotNew);
                double allowed = truncation.proposeStep(method, order, tNew, qNew, qdotNew, history, options);
                if (allowed < REJECT_RATIO * step) {
                    rejectedError++;
                    restoreLatest(x);
                    h = Math.max(allowed, step / FAILURE_CUT);
                    cause = StepCause.TRUNCATION_ERROR;
                    continue;
                }
                accept(tNew, x);
                causes.merge(cause, 1, Integer::sum);
                boolean damp = false;
                if (method == IntegrationMethod.TRAPEZOIDAL && order == 2) {
                    damp = ringing.ringsAfter(history.q(0), history.q(1), history.qdot(), step, options);
                } else {
                    ringing.reset();
                }
                if (landing) {
                    history.restart();
                    ringing.reset();
                    order = 1;
                    double after = nextBreakpoint() - time;
                    h = 0.1 * Math.min(step, after);
                    cause = StepCause.BREAKPOINT;
                } else {
                    order = Math.min(method.maxOrder(), order + 1);
                    if (damp) {
                        order = 1;         // one backward-Euler step ends the oscillation
                        dampedSteps++;
                    }
                    if (allowed < 2 * step) {
                        h = allowed;
                        cause = StepCause.TRUNCATION_ERROR;
                    } else {
                        h = 2 * step;
                        cause = StepCause.GROWTH;
                    }
                }
                ctx.progress(time / stop);
            }
        }

        private void accept(double tNew, double[] x) throws IOException {
            formula.xdot(x, xdotNew);
            history.push(tNew, x, qNew, qdotNew, xdotNew);
            time = tNew;
            view.at(x, tNew);
            for (Device d : devices) {
                d.accept(view);
            }
            if (time >= spec.start() * (1 - 1e-12)) {
                emit(time);
            }
        }

        /** Linear extrapolation from the last two points since the last restart. */
        private void predict(double[] x, double tNew) {
            double[] x0 = history.x(0);
            if (history.countSinceRestart() >= 2) {
                double[] x1 = history.x(1);
                double r = (tNew - history.time(0)) / (history.time(0) - history.time(1));
                for (int i = 0; i < n; i++) {
                    x[i] = x0[i] + r * (x0[i] - x1[i]);
                }
            } else {
                System.arraycopy(x0, 0, x, 0, n);
            }
            x[n] = 0.0;
        }

        /** ", limited by the truncation error of NAME" when the truncation test set the step, else "". */
        private String limitedBy(StepCause cause) {
            int row = truncation.limitingRow();
            return cause == StepCause.TRUNCATION_ERROR && row >= 0
                    ? ", limited by the truncation error of " + solver.circuit().unknowns().name(row) : "";
        }

        private void restoreLatest(double[] x) {
            System.arraycopy(history.x(0), 0, x, 0, n + 1);
        }

        private double nextBreakpoint() {
            double b = spec.stop();
            for (Device d : devices) {
                double t = d.nextBreakpoint(time * (1 + 1e-14) + 1e-30);
                if (t < b) {
                    b = t;
                }
            }
            return b;
        }

        private void emit(double t) throws IOException {
            row[0] = t;
            view.at(system.x(), t);
            outputs.evaluate(view, row, 1);
            ctx.emit(row);
        }

        /** The accepted solution with its derivatives, for devices and probes. */
        private final class AcceptView implements SolutionView, memspice.device.AcceptContext {
            private double[] x;
            private double t;

            void at(double[] solution, double time) {
                this.x = solution;
                this.t = time;
            }

            @Override
            public double x(int position) {
                return x[position];
            }

            @Override
            public double dxdt(int position) {
                return xdotNew[position];
            }

            @Override
            public double time() {
                return t;
            }
        }
    }
}
