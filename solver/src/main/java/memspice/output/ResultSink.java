package memspice.output;

import java.io.IOException;
import java.util.List;

/**
 * Receives results as analyses produce them, one row per accepted point, so a run that fails
 * midway keeps everything before the failure.
 */
public interface ResultSink {

    /**
     * An analysis starts.
     *
     * @param kind     short name used for file names: op, dc, tran, ac
     * @param title    circuit title
     * @param plotName raw-file plot name ("Operating Point", "DC transfer characteristic", ...)
     * @param columns  the columns, sweep variable first when there is one
     * @param complex  true for complex rows (AC)
     */
    void begin(String kind, String title, String plotName, List<ResultTable.Column> columns, boolean complex)
            throws IOException;

    /** One row: a value per column, or (re, im) pairs for complex analyses. The array may be reused by the caller. */
    void row(double[] values) throws IOException;

    /** The analysis ended (normally or not). */
    void end() throws IOException;

    /** Releases files; called once after all analyses. */
    default void close() throws IOException {
    }
}
