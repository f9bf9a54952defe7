package org.lcmhub.mentor.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.lcmhub.domain.Language;

/**
 * A mentor's profile as stored: identity ({@code sub}, {@code email}) from the sign-in, the rest
 * from the mentor. {@code assigned} counts current mentees; only the writes that make or end a match
 * ({@code MatchItems}) change it, and
 * {@code capacity} never goes below it. {@code mailChoice} is the language the mentor chose for the
 * hub's mails to them; null on a profile saved before that choice existed.
 */
public record Mentor(
        String sub,
        String email,
        String name,
        List<String> paths,
        List<String> skills,
        List<String> languages,
        String timezone,
        int capacity,
        int assigned,
        boolean paused,
        List<Slot> availability,
        Instant updatedAt,
        Language mailChoice) {

    /** A profile without a chosen mail language: its mails follow its languages. */
    public Mentor(String sub, String email, String name, List<String> paths, List<String> skills,
                  List<String> languages, String timezone, int capacity, int assigned, boolean paused,
                  List<Slot> availability, Instant updatedAt) {
        this(sub, email, name, paths, skills, languages, timezone, capacity, assigned, paused, availability,
                updatedAt, null);
    }

    public Mentor {
        Objects.requireNonNull(sub, "sub");
        paths = List.copyOf(paths);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        availability = List.copyOf(availability);
    }

    /**
     * The language of the hub's mails to this mentor: the one they chose, else (a profile saved
     * before the choice) the first of their languages the hub writes (en, fr), English otherwise.
     * Per mentor, not per mentee, so all their mails read alike.
     */
    public Language mailLanguage() {
        if (mailChoice != null) {
            return mailChoice;
        }
        return languages.stream().map(Language::parse).flatMap(java.util.Optional::stream).findFirst()
                .orElse(Language.EN);
    }
}
