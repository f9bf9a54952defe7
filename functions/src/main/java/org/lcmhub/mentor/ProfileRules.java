package org.lcmhub.mentor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lcmhub.domain.Characters;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Slug;
import org.lcmhub.domain.TimeZones;
import org.lcmhub.mentor.model.ProfileInput;
import org.lcmhub.mentor.model.Slot;

/**
 * The field rules of a mentor profile, one message per field. Paths are checked as slugs only:
 * the known course paths live in the site's content, which the API does not read.
 */
final class ProfileRules {
    static final int NAME_MAX = 100;
    static final int CAPACITY_MIN = 1;
    static final int CAPACITY_MAX = 30;
    static final int PATHS_MAX = 20;
    static final int SKILLS_MAX = 20;
    static final int SKILL_LENGTH_MAX = 50;
    static final int LANGUAGES_MAX = 10;
    static final int SLOTS_MAX = 21;
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** What passed the rules, normalised (duplicates dropped, in the order given). */
    record Valid(String name, List<String> paths, List<String> skills, List<String> languages, String timezone,
                 int capacity, List<Slot> availability, boolean paused, Language mailLanguage) {
    }

    private ProfileRules() {
    }

    static Valid check(ProfileInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.name() == null) {
            errors.put("name", "Please enter your name.");
        } else if (Characters.count(in.name()) > NAME_MAX || CONTROL.matcher(in.name()).find()) {
            errors.put("name", "Your name must be at most " + NAME_MAX + " characters, without control characters.");
        }
        List<String> paths = distinct(in.paths());
        if (paths.isEmpty()) {
            errors.put("paths", "Choose at least one course path you can mentor.");
        } else if (paths.size() > PATHS_MAX) {
            errors.put("paths", "Choose at most " + PATHS_MAX + " course paths.");
        } else if (!paths.stream().allMatch(Slug::isValid)) {
            errors.put("paths", "Give course path ids as in their pages' front matter (e.g. python-8-weeks).");
        }
        List<String> skills = distinct(in.skills());
        if (skills.size() > SKILLS_MAX) {
            errors.put("skills", "Give at most " + SKILLS_MAX + " skills.");
        } else if (!skills.stream().allMatch(s -> Characters.count(s) <= SKILL_LENGTH_MAX && !CONTROL.matcher(s).find())) {
            errors.put("skills", "Each skill must be at most " + SKILL_LENGTH_MAX + " characters.");
        }
        List<String> languages = distinct(in.languages()).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (languages.isEmpty()) {
            errors.put("languages", "Choose at least one language you mentor in.");
        } else if (languages.size() > LANGUAGES_MAX || !ISO_639_1.containsAll(languages)) {
            errors.put("languages", "Give languages as two-letter ISO 639-1 codes (en, fr…), at most " + LANGUAGES_MAX + ".");
        }
        if (in.timezone() == null || !TimeZones.isRegionZone(in.timezone())) {
            errors.put("timezone", "Give an IANA time zone such as Europe/Paris.");
        }
        if (in.capacity() == null || in.capacity() < CAPACITY_MIN || in.capacity() > CAPACITY_MAX) {
            errors.put("capacity", "Capacity must be a whole number from " + CAPACITY_MIN + " to " + CAPACITY_MAX + ".");
        }
        List<Slot> slots = slots(in.availability(), errors);
        // Only a language the hub writes its mails in; none given keeps the mails on the languages above.
        String mail = in.mailLanguage() == null ? null : in.mailLanguage().strip().toLowerCase(Locale.ROOT);
        if (mail != null && !Language.isSupported(mail)) {
            errors.put("mailLanguage", "Choose the language of your emails: en or fr.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Valid(in.name(), paths, skills, languages, in.timezone(), in.capacity(), slots,
                Boolean.TRUE.equals(in.paused()), mail == null ? null : Language.of(mail));
    }

    /** Slots in order; an error names the first bad slot (1-based, as the form numbers them). */
    private static List<Slot> slots(List<ProfileInput.SlotInput> in, Map<String, String> errors) {
        List<Slot> slots = new ArrayList<>();
        if (in == null) {
            return slots;
        }
        if (in.size() > SLOTS_MAX) {
            errors.put("availability", "Give at most " + SLOTS_MAX + " weekly slots.");
            return slots;
        }
        for (int i = 0; i < in.size(); i++) {
            ProfileInput.SlotInput s = in.get(i);
            DayOfWeek day = s == null ? null : Slot.day(s.day());
            if (day == null || !isTime(s.from()) || !isTime(s.to())) {
                errors.put("availability", "Slot " + (i + 1) + ": give a day (mon…sun) and times as HH:mm.");
                return slots;
            }
            LocalTime from = LocalTime.parse(s.from());
            LocalTime to = LocalTime.parse(s.to());
            if (from.equals(to)) {
                errors.put("availability", "Slot " + (i + 1) + ": the end must differ from the start.");
                return slots;
            }
            slots.add(new Slot(day, from, to));
        }
        return slots;
    }

    private static boolean isTime(String value) {
        return value != null && TIME.matcher(value).matches();
    }

    /** Trimmed, non-blank, first occurrence kept (case-insensitively). */
    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String t = v == null ? "" : v.strip();
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }
}
