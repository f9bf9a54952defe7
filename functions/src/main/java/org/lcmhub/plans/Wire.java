package org.lcmhub.plans;

import java.util.Locale;

/** The stored and sent names of the plans' codes: lower case, words joined by a hyphen. */
final class Wire {
    private Wire() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code wire}, or null. */
    static <E extends Enum<E>> E parse(E[] values, String wire) {
        for (E e : values) {
            if (of(e).equals(wire)) {
                return e;
            }
        }
        return null;
    }
}
