package memspice.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each analysis to {@code DIR/<kind>.csv} ({@code <kind>-2.csv} for a second one of the same
 * kind): a header row of column names (RFC 4180 quoting where a name holds a comma or quote), then
 * one row per point, numbers in shortest round-trip form. Complex columns become
 * {@code <name>.re} and {@code <name>.im}. Rows are flushed as they come so a failed run keeps them.
 */
public final class CsvSink implements ResultSink {

    private final Path directory;
    private final Map<String, Integer> counts = new HashMap<>();
    private BufferedWriter out;
    private boolean complex;
    private final StringBuilder line = new StringBuilder(1 << 12);

    /** @param directory created if missing */
    public CsvSink(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
    }

    /** The file an analysis of this kind and ordinal (1-based) is written to. */
    public static String fileName(String kind, int ordinal) {
        return ordinal == 1 ? kind + ".csv" : kind + "-" + ordinal + ".csv";
    }

    @Override
    public void begin(String kind, String title, String plotName, List<ResultTable.Column> columns, boolean complex)
            throws IOException {
        int ordinal = counts.merge(kind, 1, Integer::sum);
        this.complex = complex;
        out = Files.newBufferedWriter(directory.resolve(fileName(kind, ordinal)), StandardCharsets.UTF_8);
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (complex && i > 0) {
                line.append(',').append(quote(name + ".re")).append(',').append(quote(name + ".im"));
            } else if (complex) {
                line.append(quote(name));
            } else {
                line.append(i == 0 ? "" : ",").append(quote(name));
            }
        }
        out.write(line.append('\n').toString());
    }

    @Override
    public void row(double[] values) throws IOException {
        line.setLength(0);
        if (complex) {
            line.append(values[0]);     // the sweep variable (frequency) is real
            for (int k = 2; k < values.length; k++) {
                line.append(',').append(values[k]);
            }
        } else {
            for (int k = 0; k < values.length; k++) {
                if (k > 0) {
                    line.append(',');
                }
                line.append(values[k]);
            }
        }
        out.write(line.append('\n').toString());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** RFC 4180: quote a field holding a comma, quote or line break; double embedded quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
