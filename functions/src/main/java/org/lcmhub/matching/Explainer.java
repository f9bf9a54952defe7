package org.lcmhub.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lcmhub.matching.model.Reason;

/** Reasons built from the same checks the matcher applies, as codes for {@link Wording}. */
final class Explainer {
    private final Instance in;

    Explainer(Instance instance) {
        this.in = instance;
    }

    List<Reason> forPair(int l, int m, boolean pinned) {
        List<Reason> reasons = new ArrayList<>();
        if (pinned) {
            reasons.add(Reason.of("pinned"));
        }
        reasons.add(Reason.of("languages", String.join(", ", sharedLanguages(l, m))));
        reasons.add(Reason.of("path", in.learner(l).pathId()));
        Set<DayOfWeek> days = in.week.sharedDays(in.learnerGrid[l], in.mentorGrid[m], in.learner(l).timezone());
        reasons.add(Reason.of("overlap", String.valueOf(in.sharedMinutes(l, m)),
                days.stream().map(DayOfWeek::name).collect(Collectors.joining(","))));
        reasons.add(Reason.of("places", String.valueOf(in.mentor(m).used()), String.valueOf(in.mentor(m).capacity())));
        List<String> skills = new ArrayList<>();
        for (int skill : in.learnerGoals[l]) {
            if (contains(in.mentorSkills[m], skill)) {
                skills.add(in.skillLabels.get(skill));
            }
        }
        if (!skills.isEmpty()) {
            reasons.add(Reason.of("skills", String.join(", ", skills)));
        }
        int difference = Math.floorMod(in.learnerOffset[l] - in.mentorOffset[m], 1440);
        difference = Math.min(difference, 1440 - difference);
        reasons.add(difference == 0 ? Reason.of("timezone-same") : Reason.of("timezone", String.valueOf(difference)));
        return reasons;
    }

    /** Why a pin cannot stand: every hard constraint the pair breaks. */
    List<Reason> againstPin(int l, int m, int room) {
        List<Reason> reasons = new ArrayList<>();
        if (in.mentor(m).paused()) {
            reasons.add(Reason.of("pair-paused"));
        }
        if (!in.covers(l, m)) {
            reasons.add(Reason.of("pair-path", in.learner(l).pathId()));
        }
        if (!in.speaksWith(l, m)) {
            reasons.add(Reason.of("pair-language"));
        }
        if (!in.shareAnHour(l, m)) {
            reasons.add(Reason.of("pair-no-shared-hour"));
        }
        if (in.excluded(l, m)) {
            reasons.add(Reason.of("pair-excluded"));
        }
        if (room <= 0) {
            reasons.add(Reason.of("pair-full"));
        }
        return reasons;
    }

    /**
     * Why a learner has no mentor, narrowing the mentors down constraint by constraint; after
     * language and pauses, from the mentors with a place left, so "all full" is said only when no
     * mentor of the path has one. The draft
     * matches as many learners as possible, so when compatible mentors had room their places
     * went to other learners.
     */
    List<Reason> forUnmatched(int l, int[] room) {
        return whyAlone(l, room, true);
    }

    /**
     * Why a learner has no mentor yet, against the mentors as they are (no draft solved): the same
     * narrowing, except that suitable mentors with room mean the learner only waits for a draft.
     */
    List<Reason> forWaiting(int l, int[] room) {
        return whyAlone(l, room, false);
    }

    private List<Reason> whyAlone(int l, int[] room, boolean drafted) {
        String languages = String.join("/", in.learner(l).languages());
        String path = in.learner(l).pathId();
        List<Reason> reasons = new ArrayList<>();
        boolean anyLanguage = false;
        for (int m = 0; m < in.mentorCount && !anyLanguage; m++) {
            anyLanguage = in.speaksWith(l, m);
        }
        if (!anyLanguage) {
            reasons.add(Reason.of("no-language", languages));
        }
        int[] onPath = in.learnerPath[l] < 0 ? new int[0] : in.mentorsByPath[in.learnerPath[l]];
        if (onPath.length == 0) {
            reasons.add(Reason.of("no-path", path));
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        // Who speaks the language and who is paused first; then the mentors with a place left, and
        // what keeps each of those from this learner: the gap named is where the places really are.
        int speaking = 0;
        int active = 0;
        int open = 0;
        int openSpeaking = 0;
        int sharing = 0;
        int allowed = 0;
        for (int m : onPath) {
            boolean speaks = in.speaksWith(l, m);
            boolean paused = in.mentor(m).paused();
            speaking += speaks ? 1 : 0;
            active += speaks && !paused ? 1 : 0;
            if (paused || room[m] <= 0) {
                continue;
            }
            open++;
            if (!speaks) {
                continue;
            }
            openSpeaking++;
            if (!in.shareAnHour(l, m)) {
                continue;
            }
            sharing++;
            if (!in.excluded(l, m)) {
                allowed++;
            }
        }
        if (speaking == 0) {
            reasons.add(Reason.of("no-language-on-path", languages, path));
        } else if (active == 0) {
            reasons.add(Reason.of("all-paused", languages));
        } else if (open == 0) {
            reasons.add(Reason.of("all-full"));
        } else if (openSpeaking == 0) {
            reasons.add(Reason.of("room-no-language", String.valueOf(open), languages));
        } else if (sharing == 0) {
            reasons.add(Reason.of("room-no-shared-hour", String.valueOf(openSpeaking), languages));
        } else if (allowed == 0) {
            reasons.add(Reason.of("all-excluded"));
        } else {
            reasons.add(Reason.of(drafted ? "places-taken" : "awaiting-draft", String.valueOf(allowed)));
        }
        return reasons;
    }

    /**
     * The mentors of the learner's path {@link #forWaiting} counts as suitable with room: not paused,
     * a place left, the learner's language, an hour in common, not excluded.
     */
    int[] suitableWithRoom(int l, int[] room) {
        int[] onPath = in.learnerPath[l] < 0 ? new int[0] : in.mentorsByPath[in.learnerPath[l]];
        return java.util.Arrays.stream(onPath).filter(m -> !in.mentor(m).paused() && room[m] > 0 && in.speaksWith(l, m)
                && in.shareAnHour(l, m) && !in.excluded(l, m)).toArray();
    }

    private List<String> sharedLanguages(int l, int m) {
        return in.learner(l).languages().stream().filter(in.mentor(m).languages()::contains).distinct().toList();
    }

    private static boolean contains(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << (i & 63)) != 0;
    }
}
