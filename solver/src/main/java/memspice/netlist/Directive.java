package memspice.netlist;

import java.util.List;

/**
 * A top-level directive kept for the analyses and outputs: {@code .op}, {@code .dc}, {@code .tran},
 * {@code .ac}, {@code .print}, {@code .save}, {@code .options}, {@code .ic}, {@code .nodeset},
 * {@code .measure}, {@code .temp}. Its arguments are tokenized; each consumer interprets them.
 *
 * @param name  the directive in lower case without the dot, with aliases resolved ({@code options})
 * @param items the arguments
 * @param card  the source card
 */
public record Directive(String name, List<Item> items, Card card) {

    public SourceLocation location() {
        return card.location();
    }

    public NetlistException error(String problem) {
        return card.error(problem);
    }
}
