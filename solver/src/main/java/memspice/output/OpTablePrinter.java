package memspice.output;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints an operating point as a two-column table (name, value with unit) on a stream.
 */
public final class OpTablePrinter {

    private OpTablePrinter() {
    }

    /** Prints one row of values under its column names. */
    public static void print(PrintStream out, String title, List<ResultTable.Column> columns, double[] values) {
        int width = 12;
        for (ResultTable.Column c : columns) {
            width = Math.max(width, c.name().length());
        }
        StringBuilder sb = new StringBuilder(columns.size() * (width + 24));
        sb.append("Operating point: ").append(title).append('\n');
        String nl = System.lineSeparator();
        for (int i = 0; i < columns.size(); i++) {
            ResultTable.Column c = columns.get(i);
            ScientificFormat.pad(sb.append("  "), c.name(), width).append("  ");
            int start = sb.length();
            ScientificFormat.append(sb, values[i], 9);
            sb.insert(start, "                 ", 0, Math.max(0, 17 - (sb.length() - start)));   // %17.9e
            sb.append(' ').append(unit(c.type())).append(nl);
        }
        out.print(sb);
        out.flush();
    }

    private static String unit(String type) {
        return switch (type) {
            case "voltage" -> "V";
            case "current" -> "A";
            case "time" -> "s";
            case "frequency" -> "Hz";
            default -> "";
        };
    }
}
