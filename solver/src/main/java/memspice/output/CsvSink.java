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
 * one row per point, numbers in shortest round-trip form. In complex (AC) tables the first column
 * (frequency) is written as its real part; a complex quantity becomes four columns with ngspice's
 * names, real part, imaginary part, magnitude and phase in degrees: {@code v(out)} ->
 * {@code vr(out), vi(out), vm(out), vp(out)}, {@code i(v1)} -> {@code ir(v1), ii(v1), im(v1), ip(v1)},
 * any other name x -> {@code real(x), imag(x), mag(x), ph(x)}. A column already naming one part
 * ({@code vm(out)}, {@code vdb(out)}, ... as selected by {@code .print ac}) holds a real number and
 * is written once, its real part. Rows are flushed as they come so a failed run keeps them.
 */
public final class CsvSink implements ResultSink {

    private final Path directory;
    private final Map<String, Integer> counts = new HashMap<>();
    private BufferedWriter out;
    private boolean complex;
    /** Per column of a complex table: true if it expands to re, im, magnitude, phase. */
    private boolean[] expand;
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
        expand = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (complex && i > 0 && isComplexQuantity(name)) {
                expand[i] = true;
                for (String part : partNames(name)) {
                    line.append(',').append(quote(part));
                }
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
            for (int c = 1; 2 * c + 1 < values.length; c++) {
                double re = values[2 * c];
                double im = values[2 * c + 1];
                line.append(',').append(re);
                if (expand[c]) {
                    line.append(',').append(im).append(',').append(Math.hypot(re, im))
                            .append(',').append(Math.toDegrees(Math.atan2(im, re)));
                }
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

    /** False for a column that already names one real part: vm(..), vp(..), vdb(..), vr(..), vi(..) and the i forms. */
    static boolean isComplexQuantity(String name) {
        int open = name.indexOf('(');
        if (open < 0 || !name.endsWith(")")) {
            return true;
        }
        String fn = name.substring(0, open);
        return !(fn.length() >= 2 && (fn.charAt(0) == 'v' || fn.charAt(0) == 'i')
                && java.util.List.of("m", "p", "db", "r", "i").contains(fn.substring(1)));
    }

    /** The four column names of a complex quantity: real, imaginary, magnitude, phase (degrees). */
    static String[] partNames(String name) {
        if ((name.startsWith("v(") || name.startsWith("i(")) && name.endsWith(")")) {
            char f = name.charAt(0);
            String arg = name.substring(1);
            return new String[] {f + "r" + arg, f + "i" + arg, f + "m" + arg, f + "p" + arg};
        }
        return new String[] {"real(" + name + ")", "imag(" + name + ")", "mag(" + name + ")", "ph(" + name + ")"};
    }

    /** RFC 4180: quote a field holding a comma, quote or line break; double embedded quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
