package memspice.models.semi;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/** Finds the {@code .model} card an instance names and checks its type. */
public final class ModelCards {

    private ModelCards() {
    }

    /**
     * @param name  the model name written on the instance card
     * @param types accepted model types, lower case ({@code "npn"}, {@code "pnp"})
     * @param what  the device kind for the message ("a diode")
     * @throws NetlistException naming the card if the model is missing or of another type
     */
    public static ModelCard find(InstanceCard card, String name, Set<String> types, String what)
            throws NetlistException {
        ModelCard m = card.model(name);
        if (!types.contains(m.type())) {
            throw card.error("model '" + m.name() + "' has type " + m.type().toUpperCase(java.util.Locale.ROOT) + "; "
                    + what + " needs a model of type " + String.join(" or ", types.stream()
                    .map(t -> t.toUpperCase(java.util.Locale.ROOT)).sorted().toList()));
        }
        return m;
    }
}
