package org.lcmhub.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;

/**
 * Why a learner is flagged: a stable code for machines, the level it alone would justify, and the
 * figures that fill its sentence, in the order {@link #PARAMS} names them. Pages render the code
 * and its {@link #params()} from the site's catalogue ({@code risk.reason.<code>}, risk.js);
 * {@link #text(Language)} words them from the same catalogue the same way, for mails and the CSV.
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

    /**
     * Codes whose sentence depends on a count, and the figure that is that count: their texts are
     * {@code .one} and {@code .other} (risk.js's COUNTED), help-waiting's {@code .today} at 0 days.
     */
    public static final Map<String, String> COUNTED = Map.of(MISSED_CHECK_INS, "weeks", SKIPPED_WEEKS, "count",
            HELP_WAITING, "days", MISSED_ONE_TO_ONES, "count", BEHIND_PLAN, "gap", PACE_SLOWING, "recent");

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

    /** The reason in plain words, in {@code language}: the sentence risk.js gives the page. */
    public String text(Language language) {
        Catalogue words = Catalogue.site();
        String key = "risk.reason." + code;
        Map<String, Object> shown = new LinkedHashMap<>();
        params().forEach((name, value) -> shown.put(name, value instanceof Number n ? Catalogue.number(language, n) : value));
        String counted = COUNTED.get(code);
        if (counted == null) {
            return words.t(language, key, shown);
        }
        Number count = (Number) params().get(counted);
        if (HELP_WAITING.equals(code) && count.doubleValue() == 0) {
            return words.t(language, key + ".today");
        }
        return words.plural(language, key, count, shown);
    }
}
