package org.lcmhub.matching.draft;

import java.time.Instant;
import java.util.List;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.Reason;

/**
 * A computed matching kept for the LCM's review: the pairs with their reasons as codes (each page
 * words them in its reader's language), who stays unmatched, and the learners left out of the
 * matching (dropped out, finished) with their reason code, and the pins and exclusions the LCM
 * chose on it ({@link Choices}): {@code applied}, those it was computed with, never changed, and
 * {@code choices}, those kept on it since. Publishing reads it back, and refuses it while the two
 * differ ({@link #pending()}); the page reopens on it until then.
 */
public record Draft(String draftId, String cohortId, List<Pair> pairs, List<Unmatched> unmatched,
                    List<RefusedPin> refusedPins, List<LeftOut> leftOut, Instant createdAt, Instant expiresAt,
                    Choices applied, Choices choices) {

    public Draft {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        refusedPins = refusedPins == null ? List.of() : List.copyOf(refusedPins);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        applied = applied == null ? Choices.NONE : applied;
        choices = choices == null ? applied : choices;
    }

    /** Whether choices were made since the draft was computed: its pairs do not follow them yet. */
    public boolean pending() {
        return !choices.equals(applied);
    }

    /** The same draft with other choices kept on it; what it was computed with stays. */
    public Draft withChoices(Choices chosen) {
        return new Draft(draftId, cohortId, pairs, unmatched, refusedPins, leftOut, createdAt, expiresAt, applied, chosen);
    }

    /**
     * The pins and exclusions the LCM team chose on the draft: those it was computed with, then
     * those chosen while reviewing it, which apply when it is computed again. Pins keep their order
     * (they are placed in it); exclusions are kept sorted, so equal choices are equal records and
     * equal stored strings (the publish's condition compares those).
     */
    public record Choices(List<PairRef> pins, List<PairRef> exclusions) {
        public static final Choices NONE = new Choices(List.of(), List.of());
        private static final java.util.Comparator<PairRef> ORDER =
                java.util.Comparator.comparing(PairRef::learnerId).thenComparing(PairRef::mentorId);

        public Choices {
            pins = pins == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(pins));
            java.util.Set<PairRef> sorted = new java.util.TreeSet<>(ORDER);
            if (exclusions != null) {
                sorted.addAll(exclusions);
            }
            exclusions = List.copyOf(sorted);
        }

        /** The pairs in one of the two choices and not in the other: what computing again would change. */
        public static List<PairRef> changed(List<PairRef> a, List<PairRef> b) {
            java.util.Set<PairRef> diff = new java.util.LinkedHashSet<>(a);
            diff.removeAll(b);
            b.stream().filter(p -> !a.contains(p)).forEach(diff::add);
            return List.copyOf(diff);
        }
    }

    public record Pair(String learnerId, String mentorId, int score, List<Reason> reasons) {
    }

    public record Unmatched(String learnerId, List<Reason> reasons) {
    }

    /** A pin the LCM asked for that breaks a hard constraint; its learner was matched like the others. */
    public record RefusedPin(String learnerId, String mentorId, List<Reason> reasons) {
    }

    /** An enrolled learner the matching must not propose ({@code org.lcmhub.matching.Eligibility}). */
    public record LeftOut(String learnerId, String reason) {
    }
}
