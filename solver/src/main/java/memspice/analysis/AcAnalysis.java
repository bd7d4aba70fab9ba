package memspice.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import memspice.circuit.MnaSystem;
import memspice.device.Device;
import memspice.device.SolutionView;
import memspice.netlist.Directive;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.sparse.ComplexSparseLU;
import memspice.sparse.SingularMatrixException;

/**
 * {@code .ac dec|oct|lin N fstart fstop}: the small-signal response around the DC operating point,
 * (G + j omega C) X = B with G = df/dx and C = dq/dx loaded at the operating point (in DC mode, so a
 * memristor's state is held) and B the sources' {@code AC mag [phase]} phasors
 * ({@link Device#loadAc}). Each frequency is one complex row: the frequency (real), then one complex
 * value per output; magnitude, phase (degrees), dB, real and imaginary selections ({@code vm(out)},
 * ...) are stored as real numbers with a zero imaginary part.
 *
 * <p>Output values: node voltages and other affine probes are evaluated exactly on the phasor,
 * p(X) - p(0), with d/dt mapped to j omega; probes of nonlinear devices (a diode's current) are
 * linearised by Richardson-extrapolated central differences around the operating point along the
 * phasor (the largest unknown moved by 1e-4), good to about 1e-9 of the signal scale (the rounding of
 * x0 + h X where a node's phasor is small against its operating point; a diode's current in the
 * test suite agrees with KCL to 3e-9 of the input current).
 */
public final class AcAnalysis implements Analysis {

    private final Directive directive;

    public AcAnalysis(Directive directive) {
        this.directive = directive;
    }

    @Override
    public String kind() {
        return "ac";
    }

    @Override
    public void run(AnalysisContext ctx) throws NetlistException, SimulationException, IOException {
        CircuitSolver s = ctx.base();
        double[] freqs = FrequencySweep.parse(directive, s.scope());
        OutputColumns out = OutputColumns.select(ctx.netlist(), s.circuit(), s.scope(), "ac");
        MnaSystem sys = s.system();
        Arrays.fill(sys.x(), 0.0);
        sys.context().setMode(true, false, 0.0);
        s.operatingPoint().solve(s.options().itl1);
        int n = sys.size();
        double[] x0 = sys.x().clone();
        sys.context().resetLimiting();
        sys.context().setSmallSignal(true);
        int nnz = sys.nonZeros();
        double[] re = new double[nnz];
        double[] cap = new double[nnz];
        double[] im = new double[nnz];
        try {
            sys.load();
            sys.jacobian(0.0, s.options().gshunt, re);
        } finally {
            sys.context().setSmallSignal(false);
        }
        double[] c = sys.c();
        for (int k = 1; k < sys.slotCount(); k++) {
            cap[sys.cscIndex(k)] += c[k];
        }
        double[] bRe = new double[n + 1];
        double[] bIm = new double[n + 1];
        for (Device d : s.circuit().devices()) {
            d.loadAc((pos, r, i) -> {
                bRe[pos] += r;
                bIm[pos] += i;
            });
        }
        ComplexSparseLU lu = ComplexSparseLU.reusing(s.linear().lu(), sys.colPtr(), sys.rowIdx(), s.options().pivrel);
        List<ResultTable.Column> cols = new ArrayList<>();
        cols.add(new ResultTable.Column("frequency", "frequency"));
        cols.addAll(out.columns());
        ctx.sink().begin("ac", s.circuit().title(), "AC Analysis", cols, true);
        double[] xr = new double[n + 1];
        double[] xi = new double[n + 1];
        PhasorProbes probes = new PhasorProbes(out, x0, n);
        double[] row = new double[2 * cols.size()];
        try {
            for (int p = 0; p < freqs.length; p++) {
                double omega = 2 * Math.PI * freqs[p];
                for (int k = 0; k < nnz; k++) {
                    im[k] = omega * cap[k];
                }
                long t0 = System.nanoTime();
                try {
                    lu.factor(re, im);
                } catch (SingularMatrixException e) {
                    int col = e.column();
                    throw new SimulationException("at " + freqs[p] + " Hz the small-signal matrix is singular: "
                            + (col >= 0 && col < n ? s.circuit().unknowns().name(col) : "column " + col)
                            + " is not determined by the circuit");
                }
                System.arraycopy(bRe, 0, xr, 0, n);
                System.arraycopy(bIm, 0, xi, 0, n);
                lu.solve(xr, xi);
                xr[n] = 0;
                xi[n] = 0;
                ctx.stats().addTime("ac solve", System.nanoTime() - t0);
                row[0] = freqs[p];
                row[1] = 0;
                probes.evaluate(xr, xi, omega, row, 2);
                ctx.emit(row);
                ctx.progress((p + 1.0) / freqs.length);
            }
        } finally {
            ctx.sink().end();
        }
        ctx.stats().count("ac points", freqs.length);
    }

    /** Evaluates the output columns on a phasor solution. */
    private static final class PhasorProbes {
        /** The largest move of any unknown (V or A) in a nonlinear probe's difference quotient. */
        private static final double STEP = 1e-4;
        private final OutputColumns out;
        private final double[] x0;
        private final int n;
        private final double[] vx;
        private final double[] vd;
        private final double[] zero;
        private final SolutionView view;
        private final SolutionView zeroView;

        PhasorProbes(OutputColumns out, double[] x0, int n) {
            this.out = out;
            this.x0 = x0;
            this.n = n;
            this.vx = new double[n + 1];
            this.vd = new double[n + 1];
            this.zero = new double[n + 1];
            this.view = view(vx, vd);
            this.zeroView = view(zero, zero);
        }

        private static SolutionView view(double[] x, double[] dxdt) {
            return new SolutionView() {
                @Override
                public double x(int position) {
                    return x[position];
                }

                @Override
                public double dxdt(int position) {
                    return dxdt[position];
                }

                @Override
                public double time() {
                    return 0.0;
                }
            };
        }

        void evaluate(double[] xr, double[] xi, double omega, double[] row, int offset) {
            double scaleP = 0;
            for (int i = 0; i < n; i++) {
                scaleP = Math.max(scaleP, Math.hypot(xr[i], xi[i]));
            }
            double h = scaleP == 0 ? 1.0 : STEP / scaleP;
            for (int k = 0; k < out.size(); k++) {
                double r;
                double im;
                if (out.isLinear(k)) {
                    r = affine(k, xr, xi, -omega, 1.0, 0.0) - out.probe(k).value(zeroView);
                    im = affine(k, xi, xr, omega, 1.0, 0.0) - out.probe(k).value(zeroView);
                } else {
                    r = derivative(k, xr, xi, -omega, h);
                    im = derivative(k, xi, xr, omega, h);
                }
                AcPart part = out.acPart(k);
                if (part == AcPart.COMPLEX) {
                    row[offset + 2 * k] = r;
                    row[offset + 2 * k + 1] = im;
                } else {
                    row[offset + 2 * k] = part.of(r, im);
                    row[offset + 2 * k + 1] = 0.0;
                }
            }
        }

        /**
         * d/dh of the probe along the phasor direction (a, w b) at the operating point: central
         * differences at h and 2h combined by Richardson extrapolation, (4 D(h) - D(2h)) / 3, whose
         * error is O(h^4). With the largest unknown of the phasor moved by STEP = 1e-4 (V), a junction
         * (scale vt = 26 mV) sees a truncation error below (1e-4 / 0.026)^4 ~ 2e-10 relative, and the
         * rounding of x0 + h a stays ~eps |x0| / (h |a|).
         */
        private double derivative(int k, double[] a, double[] b, double w, double h) {
            double d1 = (affine(k, a, b, w, h, 1.0) - affine(k, a, b, w, -h, 1.0)) / (2 * h);
            double d2 = (affine(k, a, b, w, 2 * h, 1.0) - affine(k, a, b, w, -2 * h, 1.0)) / (4 * h);
            return (4 * d1 - d2) / 3;
        }

        /**
         * The probe at x = base * x0 + h * a with dx/dt = h * w * b: for the real part a = Re X and
         * w b = Re(j omega X) = -omega Im X; for the imaginary part a = Im X, w b = omega Re X.
         */
        private double affine(int k, double[] a, double[] b, double w, double h, double base) {
            for (int i = 0; i < n; i++) {
                vx[i] = base * x0[i] + h * a[i];
                vd[i] = h * w * b[i];
            }
            return out.probe(k).value(view);
        }
    }
}
