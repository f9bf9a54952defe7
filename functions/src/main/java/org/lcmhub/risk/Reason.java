package org.lcmhub.risk;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a learner is flagged: a stable code for machines, the level it alone would justify, and the
 * figures that fill its sentence. {@link #text(String)} gives the sentence in English or French.
 */
public record Reason(String code, RiskLevel level, List<Object> figures) {
    public static final String MISSED_CHECK_INS = "missed-check-ins";
    public static final String BEHIND_PLAN = "behind-plan";
    public static final String MOOD_FALLING = "mood-falling";
    public static final String MOOD_LOW = "mood-low";
    public static final String HELP_WAITING = "help-waiting";
    public static final String INACTIVE = "inactive";
    public static final String SILENT_DROPPED_OUT = "silent-dropped-out";

    public Reason {
        figures = List.copyOf(figures);
    }

    /** The reason in plain words, in {@code language} ("en" or "fr"; anything else reads English). */
    public String text(String language) {
        Locale locale = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("org.lcmhub.checkin.risk.reasons", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), locale).format(figures.toArray());
    }
}
