package memspice.tools.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;

/**
 * The crossbar workloads of the benchmark, written as standard-SPICE netlists both simulators run.
 */
enum Workload {
    /** .op of an N x N crossbar, 1 ohm segments, conductances 1-100 uS, 0 V column sources. */
    OP {
        @Override
        CrossbarSpec spec(int n) {
            return CrossbarSpec.random(n, n, 1e-6, 1e-4, 0.2, 1.0, 1);
        }

        @Override
        String analysis() {
            return ".op";
        }
    },
    /**
     * .tran of an N x N crossbar with 1 ohm and 0.1 fF per segment, PULSE inputs (10 ns delay, 1 ns
     * edges) and a single-pole TIA per column (10 kohm, A0 1e5, GBW 16 MHz): the settling of every
     * column output over 400 ns.
     */
    TRAN {
        @Override
        CrossbarSpec spec(int n) {
            return CrossbarSpec.random(n, n, 1e-6, 1e-4, 0.2, 1.0, 1).with(
                    new CrossbarSpec.Wires(1.0, 1.0, 0.1e-15, 0.1e-15), CrossbarSpec.Drive.pulse(10e-9, 1e-9, 1e-6, 2e-6),
                    CrossbarSpec.Readout.tia(1e4, 1e5, 16e6));
        }

        @Override
        String analysis() {
            return ".tran 1n 400n";
        }
    };

    abstract CrossbarSpec spec(int n);

    abstract String analysis();

    /** Writes the N x N netlist into dir and returns its path. */
    Path write(Path dir, int n) throws IOException {
        Path file = dir.resolve(name().toLowerCase() + "-" + n + ".cir");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CrossbarNetlist.write(spec(n), w, analysis());
        }
        return file;
    }
}
