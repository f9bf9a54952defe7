package org.lcmhub.hub.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * course path in {@code content/}, a running cohort that is full with a waitlist, and cohorts still
 * to come in English and in French, with seats left or full ({@link DemoCohorts}), an LCM team, and
 * learners from many time zones, each named once ({@link DemoPeople}). The running cohort started
 * some weeks ago (up to six, before its last week) and its learners have checked in since, each in
 * their own way ({@link DemoCheckIns}), so its dashboard shows learners on track, on watch, at risk,
 * dropped out and finished; some have 1:1 reports and a personal plan ({@link DemoPlans}). Written
 * through the same stores and services as the API (so seats, waitlists and check-ins obey the same
 * rules); seeding twice adds nothing.
 */
public final class DemoData {
    /** Staff of the demo; sign in as them with {@code ./hub token --role lcm --email alice@example.org}. */
    public static final List<String> LCMS = List.of("alice@example.org", "bruno@example.org", "chloe@example.org");
    public static final List<String> MENTORS = DemoMentors.emails();
    /** The demo staff's names, which their local sign-in puts in their token as Cognito would. */
    public static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>(Map.of("alice@example.org", "Alice Martin",
                "bruno@example.org", "Bruno Costa", "chloe@example.org", "Chloé Dubois"));
        names.putAll(DemoMentors.names());
        return Map.copyOf(names);
    }

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
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int cohortCount = 0;
        int learnerCount = 0;
        int checkInCount = 0;
        String link = null;
        int person = 0;
        DemoPeople people = new DemoPeople();
        List<PathInfo> paths = paths();
        // The mentors first: some learners are paired with them before their 1:1s (DemoPlans).
        int mentorCount = mentors.seed(paths);
        for (int p = 0; p < paths.size(); p++) {
            PathInfo path = paths.get(p);
            if (cohorts.find(id(path.pathId(), DemoCohorts.RUNNING)) != null) {
                continue;
            }
            String leadEmail = LCMS.get(p % LCMS.size());
            String lead = LocalIssuer.subFor(leadEmail);
            String fellow = LocalIssuer.subFor(LCMS.get((p + 1) % LCMS.size()));
            List<DemoCohorts.Planned> plan = DemoCohorts.of(path.weeks(), today);
            // The team set the path's cohorts up three weeks before the running one started.
            Instant setUp = plan.get(0).start().minusWeeks(3).atTime(9, 30).toInstant(ZoneOffset.UTC);
            for (int c = 0; c < plan.size(); c++) {
                DemoCohorts.Planned planned = plan.get(c);
                // Titles without dates: pages show each cohort's dates in the reader's language; a
                // French cohort is named after the path's French page.
                String title = planned.language().isFrench()
                        ? org.lcmhub.cohort.PathTitles.pathTitle(path.pathId(), Language.FR) : path.title();
                Cohort cohort = new Cohort(id(path.pathId(), planned.which()), path.pathId(), title, planned.language(),
                        planned.start(), path.weeks(), planned.seats(), true, 0, 0,
                        planned.running() ? Set.of(lead, fellow) : Set.of(c % 2 == 0 ? lead : fellow), setUp);
                cohorts.create(cohort);
                // As if each demo LCM had signed in: the daily digest has their addresses.
                LCMS.forEach(email -> cohorts.recordEmail(cohort.cohortId(), LocalIssuer.subFor(email), email,
                        NAMES.get(email)));
                cohortCount++;
                if (planned.running()) {
                    community.seed(cohort, lead, leadEmail, NAMES.get(leadEmail), setUp.plus(Duration.ofHours(1)));
                }
                for (int i = 0; i < planned.learners(); i++, person++, learnerCount++) {
                    if (!planned.running()) {
                        // In the last four weeks, in the order they were placed (the last ones wait for a seat).
                        Instant signedUp = clock.instant().minus(Duration.ofDays(28 - 3L * i)).minus(Duration.ofHours(person % 9));
                        place(cohort, person, people.next(planned.language()), path, signedUp);
                        continue;
                    }
                    // Everyone signed up in the two weeks before the start, so week 1 is the cohort's for all;
                    // those past the seats came last, in the order they wait (the waitlist shows when).
                    Instant signedUp = i < planned.seats()
                            ? planned.start().atTime(10, 0).toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1 + person % 14))
                            : planned.start().atTime(10, 0).toInstant(ZoneOffset.UTC)
                                    .minus(Duration.ofDays(1)).plus(Duration.ofHours(i - planned.seats()));
                    Placed placed = place(cohort, person, people.next(RUNNING_MIX.get(i % RUNNING_MIX.size())), path, signedUp);
                    if (link == null) {
                        link = siteUrl + "/" + placed.learner().language().code() + "/me.html#key=" + placed.key().token();
                        community.reports(cohort, placed.learner(), lead, NAMES.get(leadEmail));
                    }
                    if (placed.learner().status() == LearnerStatus.ENROLLED) {
                        checkInCount += checkIns.seed(cohort, placed.learner(), i, lead);
                        plans.seed(cohort, placed.learner(), i);
                    }
                }
            }
        }
        return new Summary(cohortCount, learnerCount, checkInCount, link, mentorCount);
    }

    /**
     * The languages of a running cohort's learners, seat by seat: an English cohort that French
     * speakers join too, each reading the hub in their own language.
     */
    private static final List<Language> RUNNING_MIX = java.util.Arrays.stream(
            "fr fr en en en fr en en fr fr fr en en en fr en".split(" ")).map(Language::of).toList();

    private record Placed(Learner learner, LearnerKey key) {
    }

    private Placed place(Cohort cohort, int n, DemoPeople.Person who, PathInfo path, Instant at) {
        String learnerId = java.util.UUID.nameUUIDFromBytes(("demo:" + cohort.cohortId() + ":" + n)
                .getBytes(StandardCharsets.UTF_8)).toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        Learner learner = new Learner(learnerId, who.name(), who.email(n), path.pathId(), cohort.cohortId(),
                who.language(), who.timezone(), n % 3 == 0 ? goal(who.language()) : null, 2 + n % 6,
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
