package org.lcmhub.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.ProfileInput;
import org.lcmhub.mentor.model.ProfileInput.SlotInput;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.testing.InMemoryMentors;

class MentorServiceTest {
    private static final Caller DMITRI = new Caller("sub-dmitri", "dmitri@example.org", Set.of("mentor"));
    private final InMemoryMentors store = new InMemoryMentors();
    private final MentorService service = new MentorService(store,
            Clock.fixed(Instant.parse("2031-05-14T10:00:00Z"), ZoneOffset.UTC));

    static ProfileInput valid() {
        return new ProfileInput("Dmitri Volkov", List.of("python-8-weeks", "web-basics"), List.of("Python", "SQL"),
                List.of("en", "fr"), "Europe/Paris", 5,
                List.of(new SlotInput("tue", "18:00", "20:00"), new SlotInput("sun", "22:00", "01:00")), null, null);
    }

    private static ProfileInput with(ProfileInput p, String field, Object value) {
        @SuppressWarnings("unchecked")
        ProfileInput changed = new ProfileInput(
                field.equals("name") ? (String) value : p.name(),
                field.equals("paths") ? (List<String>) value : p.paths(),
                field.equals("skills") ? (List<String>) value : p.skills(),
                field.equals("languages") ? (List<String>) value : p.languages(),
                field.equals("timezone") ? (String) value : p.timezone(),
                field.equals("capacity") ? (Integer) value : p.capacity(),
                field.equals("availability") ? (List<SlotInput>) value : p.availability(),
                p.paused(),
                field.equals("mailLanguage") ? (String) value : p.mailLanguage());
        return changed;
    }

    private String refused(String field, Object value) {
        try {
            service.save(DMITRI, with(valid(), field, value));
        } catch (InvalidInput e) {
            assertThat(e.fields()).containsOnlyKeys(field);
            return e.fields().get(field);
        }
        throw new AssertionError(field + "=" + value + " was accepted");
    }

    @Test
    void savesTheProfileUnderTheCallersSubWithSlotsPastMidnight() {
        Mentor saved = service.save(DMITRI, valid());

        assertThat(saved.sub()).isEqualTo("sub-dmitri");
        assertThat(saved.email()).isEqualTo("dmitri@example.org");
        assertThat(saved.assigned()).isZero();
        assertThat(saved.paused()).isFalse();
        assertThat(saved.availability()).containsExactly(
                new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)),
                new Slot(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(1, 0)));
        assertThat(service.profileOf(DMITRI)).isEqualTo(saved);
    }

    @Test
    void normalisesListsDroppingBlanksAndDuplicates() {
        Mentor saved = service.save(DMITRI, with(with(valid(), "languages", List.of("FR", "fr", " en ")),
                "skills", Arrays.asList("Python", " python ", "", null, "Public speaking")));
        assertThat(saved.languages()).containsExactly("fr", "en");
        assertThat(saved.skills()).containsExactly("Python", "Public speaking");
    }

    /** A name or a skill counts characters as the sign-up's name does: a letter outside the basic plane is one. */
    @Test
    void namesAndSkillsCountCharactersNotUtf16Units() {
        String name = "\uD835\uDC00".repeat(100); // 100 characters, 200 UTF-16 units
        String skill = "\uD83D\uDC0D".repeat(50);
        Mentor saved = service.save(DMITRI, with(with(valid(), "name", name), "skills", List.of(skill)));
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.skills()).containsExactly(skill);
        assertThat(refused("name", name + "x")).contains("at most 100 characters");
        assertThat(refused("skills", List.of(skill + "x"))).contains("50 characters");
    }

    @Test
    void refusesEachBadFieldWithItsOwnMessage() {
        assertThat(refused("name", null)).contains("name");
        assertThat(refused("name", "x".repeat(101))).contains("100");
        assertThat(refused("paths", List.of())).contains("at least one");
        assertThat(refused("paths", List.of("Python 101"))).contains("front matter");
        assertThat(refused("paths", IntStream.range(0, 21).mapToObj(i -> "p" + i).toList())).contains("20");
        assertThat(refused("skills", IntStream.range(0, 21).mapToObj(i -> "s" + i).toList())).contains("20");
        assertThat(refused("skills", List.of("x".repeat(51)))).contains("50");
        assertThat(refused("languages", List.of())).contains("at least one");
        assertThat(refused("languages", List.of("english"))).contains("ISO 639-1");
        assertThat(refused("languages", List.of("xx"))).contains("ISO 639-1");
        assertThat(refused("timezone", "CET")).contains("IANA");
        assertThat(refused("timezone", "Mars/Olympus")).contains("IANA");
        assertThat(refused("capacity", 0)).contains("1 to 30");
        assertThat(refused("capacity", 31)).contains("1 to 30");
        assertThat(refused("capacity", null)).contains("1 to 30");
        assertThat(refused("availability", List.of(new SlotInput("monday", "09:00", "10:00")))).contains("Slot 1");
        assertThat(refused("availability", List.of(new SlotInput("mon", "09:00", "10:00"),
                new SlotInput("mon", "9:00", "10:00")))).contains("Slot 2");
        assertThat(refused("availability", List.of(new SlotInput("mon", "24:00", "10:00")))).contains("HH:mm");
        assertThat(refused("availability", List.of(new SlotInput("mon", "10:00", "10:00")))).contains("differ");
        assertThat(refused("availability", Collections.singletonList(null))).contains("Slot 1");
        assertThat(refused("availability", Collections.nCopies(22, new SlotInput("mon", "09:00", "10:00"))))
                .contains("21");
        assertThat(refused("mailLanguage", "de")).contains("en or fr");
        assertThat(refused("mailLanguage", "french")).contains("en or fr");
        assertThat(store.find("sub-dmitri")).isNull();
    }

    @Test
    void theChosenMailLanguageWinsOverTheLanguagesMentoredIn() {
        // Mentors in English first, reads the hub in French.
        Mentor chose = service.save(DMITRI, with(valid(), "mailLanguage", "FR"));
        assertThat(chose.mailChoice()).isEqualTo(Language.FR);
        assertThat(store.find("sub-dmitri").mailLanguage()).isEqualTo(Language.FR);
        assertThat(service.save(DMITRI, with(valid(), "mailLanguage", "en")).mailLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void withoutAChoiceMailsFollowTheFirstLanguageTheHubWritesAsBefore() {
        Mentor none = service.save(DMITRI, with(valid(), "languages", List.of("pt", "fr", "en")));
        assertThat(none.mailChoice()).isNull();
        assertThat(none.mailLanguage()).isEqualTo(Language.FR);
        assertThat(service.save(DMITRI, with(valid(), "languages", List.of("pt"))).mailLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void acceptsTheLimitsThemselves() {
        Mentor saved = service.save(DMITRI, with(with(with(valid(), "capacity", 30), "availability",
                Collections.nCopies(21, new SlotInput("sat", "00:00", "23:59"))), "skills",
                IntStream.range(0, 20).mapToObj(i -> "skill " + i).toList()));
        assertThat(saved.capacity()).isEqualTo(30);
        assertThat(saved.availability()).hasSize(21);
        assertThat(saved.skills()).hasSize(20);
        assertThat(service.save(DMITRI, with(valid(), "capacity", 1)).capacity()).isEqualTo(1);
    }

    @Test
    void aSaveKeepsAssignedMenteesAndCannotGoBelowThem() {
        service.save(DMITRI, valid());
        store.assign("sub-dmitri", 3);

        assertThat(service.save(DMITRI, with(valid(), "capacity", 3)).assigned()).isEqualTo(3);
        assertThatThrownBy(() -> service.save(DMITRI, with(valid(), "capacity", 2)))
                .isInstanceOfSatisfying(MentorStore.CapacityBelowAssigned.class, e -> assertThat(e.assigned()).isEqualTo(3));
        assertThat(store.find("sub-dmitri").capacity()).isEqualTo(3);
    }
}
