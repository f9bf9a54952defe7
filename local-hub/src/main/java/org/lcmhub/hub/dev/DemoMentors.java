package org.lcmhub.hub.dev;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.auth.Caller;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.mentor.MentorService;
import org.lcmhub.mentor.model.ProfileInput;
import org.lcmhub.mentor.model.ProfileInput.SlotInput;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo mentors' profiles, saved through the same service as {@code PUT /api/mentors/me} (so
 * they pass its rules). Every course path is covered by two of them; languages, time zones and
 * hours differ, so a draft has both matches and learners left over, each with reasons. A profile
 * already there (perhaps edited by hand) is left alone.
 */
final class DemoMentors {
    private record Person(String email, String name, List<String> languages, String timezone, int capacity,
                          List<SlotInput> availability) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("dmitri@example.org", "Dmitri Volkov", List.of("en", "ru"), "Europe/Berlin", 8, List.of(
                    new SlotInput("tue", "18:00", "21:00"), new SlotInput("thu", "18:00", "21:00"),
                    new SlotInput("sat", "10:00", "12:00"))),
            new Person("emma@example.org", "Emma Tremblay", List.of("en", "fr"), "America/Montreal", 12, List.of(
                    new SlotInput("mon", "12:00", "14:00"), new SlotInput("wed", "12:00", "14:00"),
                    new SlotInput("wed", "19:00", "22:00"), new SlotInput("sun", "14:00", "17:00"))),
            new Person("farid@example.org", "Farid Benali", List.of("fr", "ar"), "Africa/Casablanca", 6, List.of(
                    new SlotInput("mon", "12:30", "14:00"), new SlotInput("fri", "17:00", "19:00"),
                    new SlotInput("sat", "22:00", "01:00"))));

    private final MentorService service;
    private final DynamoMentorStore store;

    DemoMentors(DynamoDbClient dynamo, String table, Clock clock) {
        this.store = new DynamoMentorStore(dynamo, table);
        this.service = new MentorService(store, clock);
    }

    static List<String> emails() {
        return PEOPLE.stream().map(Person::email).toList();
    }

    /** Each mentor's name by address: their sign-in gives the name of their profile. */
    static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        PEOPLE.forEach(p -> names.put(p.email(), p.name()));
        return names;
    }

    /** Saves the profiles that are missing; returns how many. */
    int seed(List<DemoData.PathInfo> paths) {
        int saved = 0;
        for (int m = 0; m < PEOPLE.size(); m++) {
            Person person = PEOPLE.get(m);
            String sub = LocalIssuer.subFor(person.email());
            if (store.find(sub) != null) {
                continue;
            }
            List<String> covered = new ArrayList<>();
            Set<String> skills = new LinkedHashSet<>();
            for (int p = 0; p < paths.size(); p++) {
                // Path p goes to mentors p % n and (p + 1) % n: two mentors a path.
                if (p % PEOPLE.size() == m || (p + 1) % PEOPLE.size() == m) {
                    covered.add(paths.get(p).pathId());
                    paths.get(p).skills().stream().limit(3).forEach(skills::add);
                }
            }
            if (covered.isEmpty()) {
                covered.add(paths.get(0).pathId());
            }
            service.save(new Caller(sub, person.email(), Set.of(Caller.MENTOR)), new ProfileInput(person.name(),
                    covered, skills.stream().limit(20).toList(), person.languages(), person.timezone(),
                    person.capacity(), person.availability(), false, null));
            saved++;
        }
        return saved;
    }
}
