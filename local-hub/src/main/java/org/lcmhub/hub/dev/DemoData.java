package org.lcmhub.hub.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./hub serve --demo}: a believable community so a newcomer sees the hub in use. For each
 * course path in {@code content/}, a running cohort that is full with a waitlist and an upcoming one
 * with seats left, an LCM team, and learners from many time zones. The running cohort started some
 * weeks ago (up to six, before its last week) and its learners have checked in since, each in their
 * own way ({@link DemoCheckIns}), so its dashboard shows learners on track, on watch, at risk,
 * dropped out and finished; some have 1:1 reports and a personal plan ({@link DemoPlans}). Written
 * through the same stores and services as the API (so seats, waitlists and check-ins obey the same
 * rules); seeding twice adds nothing.
 */
public final class DemoData {
    /** Staff of the demo; sign in as them with {@code ./hub token --role lcm --email alice@example.org}. */
    public static final List<String> LCMS = List.of("alice@example.org", "bruno@example.org", "chloe@example.org");
    public static final List<String> MENTORS = DemoMentors.emails();

    private static final String[][] PEOPLE = {
            {"Awa Diallo", "Africa/Dakar", "fr"}, {"Léa Martin", "Europe/Paris", "fr"},
            {"Kenji Sato", "Asia/Tokyo", "en"}, {"Maria Oliveira", "America/Sao_Paulo", "en"},
            {"Yusuf Demir", "Europe/Istanbul", "en"}, {"Chloé Tremblay", "America/Montreal", "fr"},
            {"Priya Nair", "Asia/Kolkata", "en"}, {"Jonas Becker", "Europe/Berlin", "en"},
            {"Fatou Ndiaye", "Africa/Dakar", "fr"}, {"Lucas Moreau", "Europe/Brussels", "fr"},
            {"Amina Haddad", "Africa/Casablanca", "fr"}, {"Sam O'Connor", "Europe/Dublin", "en"},
            {"Nguyen Thi Lan", "Asia/Ho_Chi_Minh", "en"}, {"Diego Ramírez", "America/Mexico_City", "en"},
            {"Inès Benali", "Africa/Algiers", "fr"}, {"Olivia Brown", "America/New_York", "en"},
            {"Hugo Lefebvre", "Europe/Paris", "fr"}, {"Zanele Dlamini", "Africa/Johannesburg", "en"},
            {"Mateo Rossi", "Europe/Rome", "en"}, {"Camille Dubois", "Europe/Paris", "fr"},
    };

    /** What was seeded; prints as the hub's start-up note. */
    public record Summary(int cohorts, int learners, int checkIns, String learnerLink, int mentors) {
        @Override
        public String toString() {
            if (cohorts == 0 && mentors == 0) {
                return "Demo data is already there (LCMs " + String.join(", ", LCMS) + "; mentors "
                        + String.join(", ", MENTORS) + ").";
            }
            return "Demo data: " + cohorts + " cohorts, " + learners + " learners, " + checkIns + " weekly check-ins, "
                    + mentors + " mentor profiles; LCMs "
                    + String.join(", ", LCMS) + " (./hub token --role lcm --email " + LCMS.get(0) + "); mentors "
                    + String.join(", ", MENTORS) + " (./hub token --role mentor --email " + MENTORS.get(0) + ")."
                    + (learnerLink == null ? "" : "\nA demo learner's personal link: " + learnerLink);
        }
    }

    record PathInfo(String pathId, String title, int weeks, List<String> skills) {
    }

    private final Path root;
    private final DynamoCohortStore cohorts;
    private final DynamoSignupStore signups;
    private final DemoMentors mentors;
    private final DemoCheckIns checkIns;
    private final DemoPlans plans;
    private final DemoCommunity community;
    private final Clock clock;
    private final String siteUrl;

    public DemoData(Path root, DynamoDbClient dynamo, String table, String siteUrl) {
        this(root, dynamo, table, siteUrl, Clock.systemUTC());
    }

    DemoData(Path root, DynamoDbClient dynamo, String table, String siteUrl, Clock clock) {
        this.root = root;
        this.cohorts = new DynamoCohortStore(dynamo, table);
        this.signups = new DynamoSignupStore(dynamo, table);
        this.mentors = new DemoMentors(dynamo, table, clock);
        this.checkIns = new DemoCheckIns(dynamo, table, clock);
        this.plans = new DemoPlans(dynamo, table, clock);
        this.community = new DemoCommunity(dynamo, table, clock);
        this.clock = clock;
        this.siteUrl = siteUrl;
    }

    public Summary seed() {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int cohortCount = 0;
        int learnerCount = 0;
        int checkInCount = 0;
        String link = null;
        int person = 0;
        List<PathInfo> paths = paths();
        // The mentors first: some learners are paired with them before their 1:1s (DemoPlans).
        int mentorCount = mentors.seed(paths);
        for (int p = 0; p < paths.size(); p++) {
            PathInfo path = paths.get(p);
            String running = id(path.pathId(), "running");
            if (cohorts.find(running) != null) {
                continue;
            }
            String lead = LocalIssuer.subFor(LCMS.get(p % LCMS.size()));
            String fellow = LocalIssuer.subFor(LCMS.get((p + 1) % LCMS.size()));
            // Started some weeks ago, before its last week: several weeks of check-ins to show.
            LocalDate started = monday.minusWeeks(Math.max(1, Math.min(path.weeks() - 1, 6)));
            // Titles without dates: pages show each cohort's dates in the reader's language.
            Cohort now = new Cohort(running, path.pathId(), path.title(), Language.EN,
                    started, path.weeks(), 12, true, 0, 0, Set.of(lead, fellow), clock.instant());
            // The next one is French: named after the path's French page (its language already sets
            // it apart from the running one; a learner would not know what a "(2)" stands for).
            Cohort next = new Cohort(id(path.pathId(), "next"), path.pathId(),
                    org.lcmhub.cohort.PathTitles.pathTitle(path.pathId(), Language.FR),
                    Language.FR, monday.plusWeeks(3), path.weeks(), 20, true, 0, 0, Set.of(fellow), clock.instant());
            cohorts.create(now);
            cohorts.create(next);
            // As if each demo LCM had signed in: the daily digest has their addresses.
            for (Cohort c : List.of(now, next)) {
                LCMS.forEach(email -> cohorts.recordEmail(c.cohortId(), LocalIssuer.subFor(email), email));
            }
            community.seed(now, lead, LCMS.get(p % LCMS.size()));
            cohortCount += 2;
            // 12 seats and 16 learners: a full cohort with four on its waitlist; 7 in the next one.
            // Everyone signed up in the two weeks before the start, so week 1 is the cohort's for all.
            for (int i = 0; i < 16; i++, person++) {
                Instant signedUp = started.atTime(10, 0).toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1 + person % 14));
                Placed placed = place(now, person, path, signedUp);
                if (link == null) {
                    link = siteUrl + "/" + placed.learner().language().code() + "/me.html#key=" + placed.key().token();
                    community.reports(now, placed.learner(), lead);
                }
                if (placed.learner().status() == LearnerStatus.ENROLLED) {
                    checkInCount += checkIns.seed(now, placed.learner(), i, lead);
                    plans.seed(now, placed.learner(), i);
                }
                learnerCount++;
            }
            for (int i = 0; i < 7; i++, person++) {
                place(next, person, path, clock.instant().minus(Duration.ofDays(30 - person % 30)));
                learnerCount++;
            }
        }
        return new Summary(cohortCount, learnerCount, checkInCount, link, mentorCount);
    }

    private record Placed(Learner learner, LearnerKey key) {
    }

    private Placed place(Cohort cohort, int n, PathInfo path, Instant at) {
        String[] who = PEOPLE[n % PEOPLE.length];
        String email = who[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                + "." + n + "@example.net";
        String learnerId = java.util.UUID.nameUUIDFromBytes(("demo:" + cohort.cohortId() + ":" + n)
                .getBytes(StandardCharsets.UTF_8)).toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        Learner learner = new Learner(learnerId, who[0], email, path.pathId(), cohort.cohortId(),
                Language.of(who[2]), who[1], n % 3 == 0 ? goal(Language.of(who[2])) : null, 2 + n % 6,
                LearnerStatus.ENROLLED, null, at);
        return new Placed(signups.place(learner, key.hash(), at, Duration.ZERO).learner(), key);
    }

    /** A learner's goal in their own words, so in their language. */
    static String goal(Language language) {
        return language.isFrench() ? "Finir le parcours et m’en servir au travail" : "Finish the path and use it at work";
    }

    private static String id(String pathId, String which) {
        String prefix = pathId.length() > 40 ? pathId.substring(0, 40) : pathId;
        return "demo-" + prefix + "-" + which;
    }

    /** The course paths in content/en/paths (pathId, else translationKey, else the file name). */
    List<PathInfo> paths() {
        List<PathInfo> paths = new ArrayList<>();
        Path dir = root.resolve("content/en/paths");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    Map<String, String> header = org.lcmhub.cohort.PathPages.header(
                            Files.readAllLines(file, StandardCharsets.UTF_8));
                    if (!"path".equals(header.get("type"))) {
                        continue;
                    }
                    String name = file.getFileName().toString().replaceAll("\\.md$", "");
                    String pathId = header.getOrDefault("pathId", header.getOrDefault("translationKey", name));
                    int weeks = parseInt(header.get("weeks"), 8);
                    List<String> skills = java.util.Arrays.stream(header.getOrDefault("skills", "").split(","))
                            .map(String::strip).filter(k -> !k.isEmpty()).toList();
                    paths.add(new PathInfo(pathId, header.getOrDefault("title", pathId), weeks, skills));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + dir, e);
            }
        }
        if (paths.isEmpty()) {
            paths.add(new PathInfo("python-8-weeks", "Getting started with Python", 8, List.of("Python basics")));
        }
        return paths;
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
