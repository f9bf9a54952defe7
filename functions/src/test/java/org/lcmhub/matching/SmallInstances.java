package org.lcmhub.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.WeeklySlot;

/** Tiny random cohorts, small enough to enumerate every possible draft. */
final class SmallInstances {
    static final String[] LANGUAGES = {"en", "fr", "pt"};
    static final String[] PATHS = {"python-8-weeks", "java-12-weeks"};
    static final String[] SKILLS = {"python", "sql", "git", "css"};
    static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

    private SmallInstances() {
    }

    static MatchingRequest random(long seed) {
        Random random = new Random(seed);
        int learnerCount = random.nextInt(7);
        int mentorCount = 1 + random.nextInt(4);
        List<MentorProfile> mentors = new ArrayList<>();
        for (int m = 0; m < mentorCount; m++) {
            int capacity = random.nextInt(4);
            mentors.add(new MentorProfile("m" + m, some(random, LANGUAGES, 2), some(random, PATHS, 2),
                    some(random, SKILLS, 3), zone(random), capacity, random.nextInt(capacity + 1),
                    random.nextInt(6) == 0, slots(random, 1 + random.nextInt(3))));
        }
        List<LearnerToMatch> learners = new ArrayList<>();
        for (int l = 0; l < learnerCount; l++) {
            learners.add(new LearnerToMatch("l" + l, some(random, LANGUAGES, 2), PATHS[random.nextInt(PATHS.length)],
                    zone(random), 1 + random.nextInt(8), String.join(" ", some(random, SKILLS, 3)),
                    random.nextBoolean() ? List.of() : slots(random, 1 + random.nextInt(2))));
        }
        Set<PairRef> exclusions = new HashSet<>();
        List<PairRef> pins = new ArrayList<>();
        for (int l = 0; l < learnerCount; l++) {
            for (int m = 0; m < mentorCount; m++) {
                if (random.nextInt(10) == 0) {
                    exclusions.add(new PairRef("l" + l, "m" + m));
                }
            }
        }
        for (int p = random.nextInt(3); p > 0 && learnerCount > 0; p--) {
            pins.add(new PairRef("l" + random.nextInt(learnerCount), "m" + random.nextInt(mentorCount)));
        }
        return new MatchingRequest(learners, mentors, exclusions, pins, LocalDate.of(2026, 3, 16));
    }

    private static List<String> some(Random random, String[] values, int max) {
        List<String> chosen = new ArrayList<>();
        for (int n = 1 + random.nextInt(max); chosen.size() < n; ) {
            String value = values[random.nextInt(values.length)];
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static ZoneId zone(Random random) {
        return ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
    }

    private static List<WeeklySlot> slots(Random random, int count) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalTime from = LocalTime.of(6 + 2 * random.nextInt(8), 0);
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(2)), from, from.plusMinutes(60L + 30 * random.nextInt(5))));
        }
        return slots;
    }
}
