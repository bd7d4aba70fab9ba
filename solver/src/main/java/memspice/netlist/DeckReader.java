package memspice.netlist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads a netlist file into logical {@link Card}s, SPICE style:
 * <ul>
 * <li>the first line of the top file is the title;</li>
 * <li>{@code *} starts a comment line; {@code ;} starts an inline comment anywhere, {@code $} when it
 * follows whitespace (ngspice);</li>
 * <li>a line starting with {@code +} continues the previous card (comment and blank lines may come
 * between);</li>
 * <li>{@code .include file} / {@code .inc file} insert a file; {@code .lib file section} inserts the
 * {@code .lib section ... .endl} block of a library file; paths are relative to the including file;</li>
 * <li>{@code .control ... .endc} blocks (ngspice scripts) are skipped with a warning;</li>
 * <li>{@code .end} ends the top file.</li>
 * </ul>
 * The reader keeps each card's source location so every later diagnostic can name file and line.
 */
public final class DeckReader {

    private final List<Card> cards = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final Deque<Path> includeStack = new ArrayDeque<>();

    private DeckReader() {
    }

    /**
     * Reads a netlist and everything it includes.
     *
     * @param file the top-level netlist
     * @return the deck; never null
     * @throws NetlistException for a missing file, an include cycle, a missing library section,
     *                          an unterminated {@code .control} or library block, or a stray continuation
     */
    public static Deck read(Path file) throws NetlistException {
        DeckReader reader = new DeckReader();
        List<String> lines = reader.load(file, SourceLocation.none(file.toString()));
        if (lines.isEmpty()) {
            throw new NetlistException(new SourceLocation(file, 1), "empty netlist (the first line is the title)");
        }
        String title = stripBom(lines.get(0)).trim();
        reader.includeStack.push(file.toAbsolutePath().normalize());
        reader.readLines(file, lines, 1, null);
        reader.includeStack.pop();
        return new Deck(title, List.copyOf(reader.cards), List.copyOf(reader.warnings));
    }

    /**
     * Reads netlist text given in memory (tests, generated circuits). The name stands in for the file
     * in diagnostics; includes are resolved relative to the working directory.
     */
    public static Deck read(String name, String text) throws NetlistException {
        DeckReader reader = new DeckReader();
        Path file = Path.of(name);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new NetlistException(new SourceLocation(file, 1), "empty netlist (the first line is the title)");
        }
        reader.readLines(file, lines, 1, null);
        return new Deck(stripBom(lines.get(0)).trim(), List.copyOf(reader.cards), List.copyOf(reader.warnings));
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private List<String> load(Path file, SourceLocation from) throws NetlistException {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new NetlistException(from, "file not found: " + file);
        } catch (IOException e) {
            throw new NetlistException(from, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads physical lines {@code lines[start..]} of {@code file} into cards.
     *
     * @param librarySection when non-null, only the {@code .lib <section> ... .endl} block with this
     *                       name is read (lower case); everything outside it is ignored
     */
    private void readLines(Path file, List<String> lines, int start, String librarySection) throws NetlistException {
        String pending = null;               // the card being collected, and its continuations if any
        StringBuilder pendingBuilder = null;
        SourceLocation pendingAt = null;
        boolean inSelectedSection = librarySection == null;
        boolean sectionFound = librarySection == null;
        String skippingSection = null;    // a .lib block we are not reading
        SourceLocation skippingFrom = null;
        int i = start;
        while (i < lines.size()) {
            String raw = lines.get(i);
            int lineNo = i + 1;
            i++;
            String line = stripComments(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            SourceLocation at = new SourceLocation(file, lineNo);
            if (line.charAt(0) == '+') {
                if (skippingSection != null || !inSelectedSection) {
                    continue;
                }
                if (pending == null) {
                    throw new NetlistException(at, "continuation line '+' with no card before it");
                }
                if (pendingBuilder == null) {
                    pendingBuilder = new StringBuilder(pending);
                }
                int from = 1;
                while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
                    from++;
                }
                pendingBuilder.append(' ').append(line, from, line.length());
                continue;
            }
            // A new card starts: finish the pending one.
            if (pending != null) {
                if (emit(new Card(pendingAt, cardText(pending, pendingBuilder)))) {
                    return;
                }
                pending = null;
                pendingBuilder = null;
            }
            // only dot cards are looked at here: element lines keep their case and are not copied
            String word = line.charAt(0) == '.' ? firstWord(line).toLowerCase(Locale.ROOT) : "";
            if (skippingSection != null) {
                if (word.equals(".endl")) {
                    skippingSection = null;
                }
                continue;
            }
            if (word.equals(".lib") || word.equals(".library")) {
                List<String> args = words(line);
                if (args.size() == 2) {           // ".lib section": start of a section definition
                    String section = args.get(1).toLowerCase(Locale.ROOT);
                    if (librarySection != null && section.equals(librarySection)) {
                        inSelectedSection = true;
                        sectionFound = true;
                    } else {
                        skippingSection = section;
                        skippingFrom = at;
                    }
                    continue;
                }
                if (!inSelectedSection) {
                    continue;
                }
                if (args.size() != 3) {
                    throw new NetlistException(at, ".lib needs a file and a section name: .lib <file> <section>");
                }
                includeLibrary(file, at, unquote(args.get(1)), args.get(2).toLowerCase(Locale.ROOT));
                continue;
            }
            if (word.equals(".endl")) {
                if (librarySection != null && inSelectedSection) {
                    return;                       // end of the selected section
                }
                continue;
            }
            if (!inSelectedSection) {
                continue;
            }
            if (word.equals(".control")) {
                int end = findEndc(lines, i);
                if (end < 0) {
                    throw new NetlistException(at, ".control block without .endc");
                }
                warnings.add(new Diagnostic(at, ".control ... .endc block skipped (ngspice scripting is not supported)"));
                i = end + 1;
                continue;
            }
            if (word.equals(".include") || word.equals(".inc")) {
                List<String> args = words(line);
                if (args.size() != 2) {
                    throw new NetlistException(at, word + " needs exactly one file name");
                }
                include(file, at, unquote(args.get(1)));
                continue;
            }
            if (word.equals(".end")) {
                if (includeStack.size() <= 1 && librarySection == null) {
                    return;
                }
                return;                          // an .end inside an included file ends that file
            }
            pending = line;
            pendingAt = at;
        }
        if (pending != null) {
            emit(new Card(pendingAt, cardText(pending, pendingBuilder)));
        }
        if (skippingSection != null) {
            throw new NetlistException(skippingFrom, ".lib section '" + skippingSection + "' without .endl");
        }
        if (!sectionFound) {
            throw new NetlistException(SourceLocation.none(file.toString()),
                    "library section '" + librarySection + "' not found in " + file);
        }
    }

    /** Adds a card; returns true if reading should stop (never, today; kept for symmetry with .end). */
    private boolean emit(Card card) {
        cards.add(card);
        return false;
    }

    private void include(Path from, SourceLocation at, String name) throws NetlistException {
        Path target = resolve(from, name);
        guardCycle(at, target);
        List<String> lines = load(target, at);
        includeStack.push(target);
        readLines(target, lines, 0, null);
        includeStack.pop();
    }

    private void includeLibrary(Path from, SourceLocation at, String name, String section) throws NetlistException {
        Path target = resolve(from, name);
        guardCycle(at, target);
        List<String> lines = load(target, at);
        includeStack.push(target);
        try {
            readLines(target, lines, 0, section);
        } catch (NetlistException e) {
            if (e.location().line() == 0) {   // section not found: report at the .lib line
                throw new NetlistException(at, e.problem());
            }
            throw e;
        }
        includeStack.pop();
    }

    private void guardCycle(SourceLocation at, Path target) throws NetlistException {
        if (includeStack.contains(target)) {
            throw new NetlistException(at, "include cycle: " + target + " includes itself");
        }
        if (includeStack.size() > 64) {
            throw new NetlistException(at, "includes nested more than 64 deep");
        }
    }

    private static Path resolve(Path from, String name) {
        Path p = Path.of(name);
        if (!p.isAbsolute()) {
            Path dir = from.toAbsolutePath().getParent();
            p = dir == null ? p : dir.resolve(p);
        }
        return p.toAbsolutePath().normalize();
    }

    private static int findEndc(List<String> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String w = firstWord(lines.get(k).strip().toLowerCase(Locale.ROOT));
            if (w.equals(".endc")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Removes comments: a whole line starting with {@code *}; from {@code ;} to the end; from a
     * {@code $} that is preceded by whitespace (or starts the line) to the end. Braced and quoted
     * expressions are left intact.
     */
    static String stripComments(String line) {
        String s = stripBom(line);
        int first = 0;
        while (first < s.length() && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        if (first < s.length() && s.charAt(first) == '*') {
            return "";
        }
        int depth = 0;
        boolean quoted = false;
        for (int k = first; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'' && depth == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0 && !quoted) {
                return s.substring(0, k);
            } else if (c == '$' && depth == 0 && !quoted && (k == first || Character.isWhitespace(s.charAt(k - 1)))
                    && !isXyceGlobalNode(s, k)) {
                return s.substring(0, k);
            }
        }
        return s;
    }

    /**
     * True when the '$' at k starts a Xyce global node name ({@code $G_VPlus}, {@code $GVDD}: "$G"
     * and a name character), not an ngspice inline comment ({@code $ comment}).
     */
    static boolean isXyceGlobalNode(String s, int k) {
        if (k + 2 >= s.length() || (s.charAt(k + 1) != 'G' && s.charAt(k + 1) != 'g')) {
            return false;
        }
        char c = s.charAt(k + 2);
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The text of a card: its first line, or the lines joined when '+' continuations followed. */
    private static String cardText(String first, StringBuilder joined) {
        return joined == null ? first : joined.toString().strip();
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < s.length()) {
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k >= s.length()) {
                break;
            }
            char q = s.charAt(k);
            int start = k;
            if (q == '"' || q == '\'') {
                int end = s.indexOf(q, k + 1);
                k = end < 0 ? s.length() : end + 1;
            } else {
                while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
            }
            out.add(s.substring(start, k));
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
