package memspice.output;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes analyses as plots of one SPICE raw file in the layout ngspice writes and reads: a text
 * header (Title, Date, Plotname, Flags, No. Variables, No. Points, Variables) followed by
 * {@code Binary:} and little-endian doubles point by point, or {@code Values:} and text in ASCII
 * mode. The point count is patched when each plot ends, so rows stream to disk as they come.
 */
public final class RawFileWriter implements ResultSink {

    private static final int POINTS_FIELD = 12;
    private final RandomAccessFile file;
    private final boolean ascii;
    private long pointsOffset;
    private int points;
    private boolean complex;
    private int columns;
    private ByteBuffer buffer;

    /**
     * @param path  the raw file (replaced)
     * @param ascii true for the ASCII variant
     */
    public RawFileWriter(Path path, boolean ascii) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(path);
        this.file = new RandomAccessFile(path.toFile(), "rw");
        this.ascii = ascii;
    }

    @Override
    public void begin(String kind, String title, String plotName, List<ResultTable.Column> cols, boolean isComplex)
            throws IOException {
        this.complex = isComplex;
        this.columns = cols.size();
        this.points = 0;
        StringBuilder h = new StringBuilder();
        h.append("Title: ").append(title).append('\n');
        h.append("Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss  yyyy",
                Locale.ROOT))).append('\n');
        h.append("Plotname: ").append(plotName).append('\n');
        h.append("Flags: ").append(isComplex ? "complex" : "real").append('\n');
        h.append("No. Variables: ").append(cols.size()).append('\n');
        h.append("No. Points: ");
        writeText(h.toString());
        pointsOffset = file.getFilePointer();
        StringBuilder rest = new StringBuilder();
        rest.append(String.format(Locale.ROOT, "%-" + POINTS_FIELD + "d", 0)).append('\n');
        rest.append("Variables:\n");
        for (int i = 0; i < cols.size(); i++) {
            rest.append('\t').append(i).append('\t').append(cols.get(i).name()).append('\t')
                    .append(cols.get(i).type()).append('\n');
        }
        rest.append(ascii ? "Values:\n" : "Binary:\n");
        writeText(rest.toString());
        int width = (isComplex ? 16 : 8) * cols.size();
        buffer = ByteBuffer.allocate(width).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void row(double[] values) throws IOException {
        if (ascii) {
            StringBuilder sb = new StringBuilder();
            sb.append(points);
            for (int c = 0; c < columns; c++) {
                sb.append('\t');
                if (complex) {
                    sb.append(num(values[2 * c])).append(',').append(num(values[2 * c + 1]));
                } else {
                    sb.append(num(values[c]));
                }
                sb.append('\n');
            }
            writeText(sb.toString());
        } else {
            buffer.clear();
            int count = complex ? 2 * columns : columns;
            for (int k = 0; k < count; k++) {
                buffer.putDouble(values[k]);
            }
            file.write(buffer.array(), 0, buffer.position());
        }
        points++;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.15e", v);
    }

    @Override
    public void end() throws IOException {
        long end = file.getFilePointer();
        file.seek(pointsOffset);
        writeText(String.format(Locale.ROOT, "%-" + POINTS_FIELD + "d", points));
        file.seek(end);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void writeText(String s) throws IOException {
        file.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
