package memspice.device;

/**
 * A solution as output probes see it: values by position, their time derivatives as the
 * integration method computed them (0 in DC), and the time.
 */
public interface SolutionView {

    /** The value at a position (V, A or state unit); 0 at the ground sink. */
    double x(int position);

    /** d x / dt at a position, consistent with the integration formula (0 in DC). */
    double dxdt(int position);

    /** Simulation time (s); 0 in DC. */
    double time();

    /** A DC view of a solution vector (derivatives 0, time 0). */
    static SolutionView dc(double[] x) {
        return new SolutionView() {
            @Override
            public double x(int position) {
                return x[position];
            }

            @Override
            public double dxdt(int position) {
                return 0.0;
            }

            @Override
            public double time() {
                return 0.0;
            }
        };
    }
}
