package org.lcmhub.risk;

import java.util.Locale;

/** How worried the LCM should be, in increasing order. */
public enum RiskLevel {
    OK, WATCH, AT_RISK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
