package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * One memristor model family selectable on a {@code .model <name> memristor} card by
 * {@code level=} (Xyce's numbers where Xyce has the model) or {@code model=<name>}.
 */
public interface MemristorKind {

    /** The name used with {@code model=} (lower case). */
    String name();

    /** The level number, or 0 if the kind is only selectable by name. */
    int level();

    /** Its declared numeric parameters. */
    ParamSet params();

    /** Names of parameters whose values are text (file names), read by the kind itself. */
    default Set<String> textParams() {
        return Set.of();
    }

    /**
     * Builds the model of one instance.
     *
     * @param values numeric parameters (defaults, card, instance overrides, variation applied)
     * @param card   the instance card, for errors and file locations
     * @param model  the .model card, for text parameters
     * @throws NetlistException for inconsistent parameters (naming the card)
     */
    MemristorModel create(ParamValues values, InstanceCard card, ModelCard model) throws NetlistException;

    /** A kind built from its parts. */
    record Simple(String name, int level, ParamSet params, Set<String> textParams, Creator creator)
            implements MemristorKind {
        @Override
        public MemristorModel create(ParamValues values, InstanceCard card, ModelCard model) throws NetlistException {
            return creator.create(values, card, model);
        }
    }

    /** The constructor of a kind's model. */
    @FunctionalInterface
    interface Creator {
        MemristorModel create(ParamValues values, InstanceCard card, ModelCard model) throws NetlistException;
    }
}
