package org.lcmhub.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.WeeklySlot;

/** Plausible programmes for the bench: a few big languages, a dozen paths, mentors of 1–30 places. */
final class InstanceGenerator {
    static final LocalDate WEEK = LocalDate.of(2026, 3, 23);
    private static final String[] LANGUAGES = {"en", "fr", "es", "pt", "de", "ar"};
    private static final double[] LANGUAGE_SHARE = {0.42, 0.26, 0.13, 0.09, 0.06, 0.04};
    private static final String[][] ZONES = {
        {"Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney"},
        {"Europe/Paris", "America/Montreal", "Africa/Dakar", "Africa/Abidjan", "Indian/Reunion"},
        {"Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"},
        {"Europe/Lisbon", "America/Sao_Paulo", "Africa/Luanda"},
        {"Europe/Berlin", "Europe/Vienna", "Europe/Zurich"},
        {"Africa/Cairo", "Africa/Casablanca", "Asia/Riyadh"}};
    private static final String[] PATHS = {"python-8-weeks", "java-12-weeks", "web-basics", "data-analysis",
        "devops-intro", "javascript-10-weeks", "sql-4-weeks", "cloud-foundations", "security-basics",
        "mobile-apps", "machine-learning", "ux-design"};
    private static final String[] SKILLS = {"python", "java", "sql", "git", "html", "css", "javascript", "react",
        "docker", "linux", "testing", "statistics", "pandas", "spring", "rest api", "cloud", "security",
        "networking", "excel", "algorithms", "kotlin", "swift", "machine learning", "figma", "accessibility",
        "node.js", "c#", "c++", "career change", "public speaking"};

    private final Random random;

    InstanceGenerator(long seed) {
        random = new Random(seed);
    }

    MatchingRequest generate(int learnerCount, int mentorCount) {
        List<MentorProfile> mentors = new ArrayList<>(mentorCount);
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(mentor("m" + i));
        }
        List<LearnerToMatch> learners = new ArrayList<>(learnerCount);
        for (int i = 0; i < learnerCount; i++) {
            learners.add(learner("l" + i));
        }
        return new MatchingRequest(learners, mentors, Set.of(), List.of(), WEEK);
    }

    private MentorProfile mentor(String id) {
        int home = language();
        Set<String> languages = new LinkedHashSet<>(List.of(LANGUAGES[home]));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            languages.add(LANGUAGES[language()]);
        }
        Set<String> paths = new LinkedHashSet<>();
        for (int n = 1 + random.nextInt(4); paths.size() < n; ) {
            paths.add(PATHS[random.nextInt(PATHS.length)]);
        }
        Set<String> skills = new LinkedHashSet<>();
        for (int n = 3 + random.nextInt(6); skills.size() < n; ) {
            skills.add(SKILLS[random.nextInt(SKILLS.length)]);
        }
        int capacity = 1 + random.nextInt(30);
        List<WeeklySlot> slots = slots(2 + random.nextInt(5));
        return new MentorProfile(id, List.copyOf(languages), List.copyOf(paths), List.copyOf(skills),
                zone(home), capacity, random.nextInt(capacity / 2 + 1), random.nextInt(20) == 0, slots);
    }

    private LearnerToMatch learner(String id) {
        int home = language();
        List<String> languages = random.nextInt(5) == 0 && home != 0
                ? List.of(LANGUAGES[home], "en") : List.of(LANGUAGES[home]);
        StringBuilder goals = new StringBuilder("I want to get better at");
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            goals.append(' ').append(SKILLS[random.nextInt(SKILLS.length)]).append(n > 1 ? "," : ".");
        }
        List<WeeklySlot> slots = random.nextBoolean() ? slots(2 + random.nextInt(4)) : List.of();
        return new LearnerToMatch(id, languages, PATHS[random.nextInt(PATHS.length)], zone(home),
                2 + random.nextInt(11), goals.toString(), slots);
    }

    private List<WeeklySlot> slots(int count) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalTime from = LocalTime.of(7 + random.nextInt(14), random.nextBoolean() ? 0 : 30);
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), from, from.plusMinutes(60 + 30L * random.nextInt(5))));
        }
        return slots;
    }

    private int language() {
        double x = random.nextDouble();
        for (int i = 0; i < LANGUAGE_SHARE.length; i++) {
            x -= LANGUAGE_SHARE[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }

    private ZoneId zone(int language) {
        String[] zones = ZONES[language];
        return ZoneId.of(zones[random.nextInt(zones.length)]);
    }
}
