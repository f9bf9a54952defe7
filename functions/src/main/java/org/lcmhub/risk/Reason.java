package org.lcmhub.risk;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.lcmhub.domain.Language;

/**
 * Why a learner is flagged: a stable code for machines, the level it alone would justify, and the
 * figures that fill its sentence, in the order {@link #PARAMS} names them. Pages render the code
 * and its {@link #params()} from the site's catalogue; {@link #text(String)} gives the default
 * sentence (mails, CSV) in English or French.
 */
public record Reason(String code, RiskLevel level, List<Object> figures) {
    public static final String MISSED_CHECK_INS = "missed-check-ins";
    public static final String BEHIND_PLAN = "behind-plan";
    public static final String MOOD_BELOW_USUAL = "mood-below-usual";
    public static final String MOOD_LOW = "mood-low";
    public static final String HOURS_BELOW_USUAL = "hours-below-usual";
    public static final String PACE_SLOWING = "pace-slowing";
    public static final String HOURS_DROPPED = "hours-dropped";
    public static final String PROGRESS_STALLED = "progress-stalled";
    /** {@link #PROGRESS_STALLED} at a learner's first check-in: there is no check-in before it. */
    public static final String SLOW_SINCE_START = "slow-since-start";
    public static final String BELOW_PLAN_PACE = "below-plan-pace";
    public static final String SKIPPED_WEEKS = "skipped-weeks";
    public static final String HELP_WAITING = "help-waiting";
    public static final String SILENT_DROPPED_OUT = "silent-dropped-out";
    public static final String MISSED_ONE_TO_ONES = "missed-one-to-ones";
    public static final String CANCELLED_ONE_TO_ONES = "cancelled-one-to-ones";

    /** The name of each figure, by code: what a page's sentence calls {@code {name}}. */
    public static final Map<String, List<String>> PARAMS = Map.ofEntries(
            Map.entry(MISSED_CHECK_INS, List.of("weeks")),
            Map.entry(BEHIND_PLAN, List.of("gap", "week", "progress", "expected")),
            Map.entry(MOOD_BELOW_USUAL, List.of("usual", "recent")),
            Map.entry(MOOD_LOW, List.of("mood")),
            Map.entry(HOURS_BELOW_USUAL, List.of("usual", "recent")),
            Map.entry(PACE_SLOWING, List.of("usual", "recent")),
            Map.entry(HOURS_DROPPED, List.of("usual", "last")),
            Map.entry(PROGRESS_STALLED, List.of("last", "plan")),
            Map.entry(SLOW_SINCE_START, List.of("last", "plan")),
            Map.entry(BELOW_PLAN_PACE, List.of("best", "plan")),
            Map.entry(SKIPPED_WEEKS, List.of("count", "of")),
            Map.entry(HELP_WAITING, List.of("days")),
            Map.entry(SILENT_DROPPED_OUT, List.of("weeks")),
            Map.entry(MISSED_ONE_TO_ONES, List.of("count", "weeks")),
            Map.entry(CANCELLED_ONE_TO_ONES, List.of("count", "weeks")));

    public Reason {
        figures = List.copyOf(figures);
        List<String> names = PARAMS.get(code);
        if (names == null || names.size() != figures.size()) {
            throw new IllegalArgumentException("reason " + code + " takes " + names);
        }
    }

    /** The figures by name, in the sentence's order. */
    public Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> names = PARAMS.get(code);
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), figures.get(i));
        }
        return params;
    }

    /** The reason in plain words, in {@code language}. */
    public String text(Language language) {
        Locale locale = language.locale();
        ResourceBundle bundle = ResourceBundle.getBundle("org.lcmhub.risk.reasons", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), locale).format(figures.toArray());
    }
}
