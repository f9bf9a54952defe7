package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.WeeklySlot;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;

class MatchingProfilesTest {

    @Test
    void theMatcherSeesTheStoredProfileWithAssignedMenteesAsUsedPlaces() {
        Mentor stored = new Mentor("sub-emma", "emma@example.org", "Emma", List.of("python-8-weeks"),
                List.of("Python", "Git"), List.of("en", "fr"), "America/Montreal", 6, 4, true,
                List.of(new Slot(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(1, 30))),
                Instant.parse("2031-05-14T10:00:00Z"));

        MentorProfile profile = MatchingProfiles.of(stored);

        assertThat(profile.id()).isEqualTo("sub-emma");
        assertThat(profile.languages()).containsExactly("en", "fr");
        assertThat(profile.paths()).containsExactly("python-8-weeks");
        assertThat(profile.skills()).containsExactly("Python", "Git");
        assertThat(profile.timezone()).isEqualTo(ZoneId.of("America/Montreal"));
        assertThat(profile.capacity()).isEqualTo(6);
        assertThat(profile.used()).isEqualTo(4);
        assertThat(profile.remaining()).isEqualTo(2);
        assertThat(profile.paused()).isTrue();
        // Same wrap-past-midnight reading on both sides: 22:00–01:30 ends on Monday.
        assertThat(profile.availability()).containsExactly(WeeklySlot.of(DayOfWeek.SUNDAY, "22:00", "01:30"));
    }
}
