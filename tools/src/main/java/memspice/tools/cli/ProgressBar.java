package memspice.tools.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * A progress bar on stderr for analyses that run longer than a second; drawn at most ten times a
 * second and erased when the analysis completes.
 */
final class ProgressBar implements DoubleConsumer {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long PERIOD_NANOS = 100_000_000L;
    private static final int WIDTH = 40;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(double fraction) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDraw < PERIOD_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%3.0f%%", 100 * fraction));
        err.flush();
        drawn = true;
    }

    /** Clears the bar if it was drawn. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 8) + "\r");
            err.flush();
        }
    }
}
