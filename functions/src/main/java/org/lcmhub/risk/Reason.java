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

    /** The names of each code's figures, in order: the placeholders of the pages' message catalogue. */
    private static final java.util.Map<String, List<String>> NAMES = java.util.Map.of(
            MISSED_CHECK_INS, List.of("weeks"),
            BEHIND_PLAN, List.of("points", "week", "progress", "expected"),
            MOOD_FALLING, List.of("from", "to"),
            MOOD_LOW, List.of("mood"),
            HELP_WAITING, List.of("days"),
            INACTIVE, List.of("days"),
            SILENT_DROPPED_OUT, List.of("weeks"));

    /** The figures by name (a code without names gets {@code n0, n1...}), for a page to word itself. */
    public java.util.Map<String, Object> params() {
        List<String> names = NAMES.getOrDefault(code, List.of());
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Object figure = figures.get(i);
            if (figure instanceof Double d) {
                figure = Math.round(d * 10) / 10.0; // one decimal, as the sentence shows it
            }
            params.put(i < names.size() ? names.get(i) : "n" + i, figure);
        }
        return params;
    }

    /** The reason in plain words, in {@code language} ("en" or "fr"; anything else reads English). */
    public String text(String language) {
        Locale locale = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("org.lcmhub.checkin.risk.reasons", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), locale).format(figures.toArray());
    }
}
