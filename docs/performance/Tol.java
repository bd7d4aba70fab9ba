// Probe of the iterative solver's residual floor (numbers quoted in IterativeLinearSolver.DEFAULT_TOLERANCE).
// Run from a built checkout:  java -Xmx8g -cp "tools/target/memspice-tools-0.1.0-SNAPSHOT.jar:tools/target/lib/*" \
//     docs/performance/Tol.java NETLIST.cir     (e.g. the bench's op-1024.cir)
import java.nio.file.Path;
import java.util.Map;
import memspice.analysis.*;
import memspice.circuit.MnaSystem;
import memspice.iterative.IterativeLinearSolver;
public class Tol {
    public static void main(String[] a) throws Exception {
        RunStatistics st = new RunStatistics();
        CircuitSolver s = CircuitSolver.build(Simulator.read(Path.of(a[0]), st), Map.of(), st, true);
        MnaSystem sys = s.system();
        sys.load();
        double[] v = new double[sys.nonZeros()];
        sys.jacobian(0, 0, v);
        for (double tol : new double[] {1e-10, 1e-12, 1e-13, 1e-14, 1e-15}) {
            IterativeLinearSolver it = new IterativeLinearSolver(sys.size(), sys.colPtr(), sys.rowIdx(), tol, 400);
            it.prepare(v);
            double[] x = java.util.Arrays.copyOf(sys.b(), sys.size());
            long t0 = System.nanoTime();
            boolean ok = it.solve(x);
            System.out.printf("tol %.0e ok %b its %d relres %.2e %.2f s%n", tol, ok, it.iterations(), it.relativeResidual(), (System.nanoTime()-t0)*1e-9);
        }
    }
}
