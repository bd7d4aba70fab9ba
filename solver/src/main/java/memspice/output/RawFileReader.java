package memspice.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SPICE raw files as ngspice and memspice write them: one or more plots, each a text header
 * ({@code Title:}, {@code Plotname:}, {@code Flags:}, {@code No. Variables:}, {@code No. Points:},
 * {@code Variables:}) followed by {@code Binary:} (little-endian doubles, point by point; complex
 * plots hold re,im pairs) or {@code Values:} (ASCII). Names are lower-cased; ngspice's
 * {@code name#branch} becomes {@code i(name)}.
 */
public final class RawFileReader {

    private RawFileReader() {
    }

    /**
     * @return the plots in file order
     * @throws IOException when the file cannot be read or is not a raw file (message names the byte
     *                     offset or line)
     */
    public static List<ResultTable> read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        List<ResultTable> plots = new ArrayList<>();
        int[] pos = {0};
        while (true) {
            skipBlank(bytes, pos);
            if (pos[0] >= bytes.length) {
                return plots;
            }
            plots.add(readPlot(path, bytes, pos));
        }
    }

    private static ResultTable readPlot(Path path, byte[] bytes, int[] pos) throws IOException {
        String title = "";
        String plotName = "";
        boolean complex = false;
        int variables = -1;
        int points = -1;
        List<ResultTable.Column> columns = new ArrayList<>();
        while (true) {
            if (pos[0] >= bytes.length) {
                throw new IOException(path + ": raw file ends inside a header");
            }
            String line = readLine(bytes, pos);
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("title:")) {
                title = line.substring(6).trim();
            } else if (lower.startsWith("plotname:")) {
                plotName = line.substring(9).trim();
            } else if (lower.startsWith("flags:")) {
                complex = lower.contains("complex");
            } else if (lower.startsWith("no. variables:")) {
                variables = Integer.parseInt(line.substring(14).trim());
            } else if (lower.startsWith("no. points:")) {
                points = Integer.parseInt(line.substring(11).trim());
            } else if (lower.startsWith("variables:")) {
                if (variables < 0) {
                    throw new IOException(path + ": 'Variables:' before 'No. Variables:'");
                }
                for (int v = 0; v < variables; v++) {
                    String[] f = readLine(bytes, pos).trim().split("\\s+");
                    if (f.length < 3) {
                        throw new IOException(path + ": bad variable line " + v + " of plot '" + plotName + "'");
                    }
                    columns.add(new ResultTable.Column(spiceName(f[1]), f[2]));
                }
            } else if (lower.startsWith("binary:") || lower.startsWith("values:")) {
                if (points < 0 || columns.size() != variables) {
                    throw new IOException(path + ": incomplete header of plot '" + plotName + "'");
                }
                ResultTable table = new ResultTable(title, plotName, columns, complex);
                if (lower.startsWith("binary:")) {
                    readBinary(path, bytes, pos, table, points, variables, complex);
                } else {
                    readAscii(path, bytes, pos, table, points, variables, complex);
                }
                return table;
            }
        }
    }

    private static void readBinary(Path path, byte[] bytes, int[] pos, ResultTable table, int points, int vars,
            boolean complex) throws IOException {
        int per = complex ? 2 * vars : vars;
        long need = 8L * per * points;
        if (pos[0] + need > bytes.length) {
            throw new IOException(path + ": plot '" + table.plotName() + "' needs " + need + " bytes of data, file has "
                    + (bytes.length - pos[0]));
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, pos[0], (int) need).order(ByteOrder.LITTLE_ENDIAN);
        double[] row = new double[per];
        for (int p = 0; p < points; p++) {
            for (int k = 0; k < per; k++) {
                row[k] = buf.getDouble();
            }
            add(table, row, complex);
        }
        pos[0] += (int) need;
    }

    private static void readAscii(Path path, byte[] bytes, int[] pos, ResultTable table, int points, int vars,
            boolean complex) throws IOException {
        double[] row = new double[complex ? 2 * vars : vars];
        for (int p = 0; p < points; p++) {
            for (int v = 0; v < vars; v++) {
                String line = readLine(bytes, pos).trim();
                String[] f = line.split("\\s+");
                String value = f[f.length - 1];
                try {
                    if (complex) {
                        String[] ri = value.split(",");
                        row[2 * v] = Double.parseDouble(ri[0]);
                        row[2 * v + 1] = ri.length > 1 ? Double.parseDouble(ri[1]) : 0;
                    } else {
                        row[v] = Double.parseDouble(value);
                    }
                } catch (NumberFormatException e) {
                    throw new IOException(path + ": bad value '" + value + "' at point " + p + " of plot '"
                            + table.plotName() + "'");
                }
            }
            add(table, row, complex);
        }
    }

    private static void add(ResultTable table, double[] row, boolean complex) {
        if (complex) {
            table.addComplexRow(row);
        } else {
            table.addRow(row);
        }
    }

    /** ngspice's vector name in memspice's spelling. */
    static String spiceName(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        if (s.endsWith("#branch")) {
            return "i(" + s.substring(0, s.length() - 7) + ")";
        }
        return s;
    }

    private static String readLine(byte[] bytes, int[] pos) {
        int start = pos[0];
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        pos[0] = Math.min(bytes.length, end + 1);
        return new String(bytes, start, end - start, StandardCharsets.UTF_8).replace("\r", "");
    }

    private static void skipBlank(byte[] bytes, int[] pos) {
        while (pos[0] < bytes.length && (bytes[pos[0]] == '\n' || bytes[pos[0]] == '\r' || bytes[pos[0]] == ' ')) {
            pos[0]++;
        }
    }
}
