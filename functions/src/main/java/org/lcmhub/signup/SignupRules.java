package org.lcmhub.signup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.lcmhub.domain.Characters;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Slug;
import org.lcmhub.domain.TimeZones;
import org.lcmhub.learner.Learner;
import org.lcmhub.signup.model.SignupRequest;

/**
 * The field rules of a sign-up, one message per field, in the order of the form. Names and goals
 * are measured in characters as a reader counts them ({@link Characters}); an address is ASCII.
 */
public final class SignupRules {
    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    public static final Pattern ID = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SignupRules() {
    }

    /** Why a field is refused when the page has words of its own for it: given, but longer than allowed. */
    public static final String TOO_LONG = "too-long";

    /**
     * The refused fields and their messages; {@code why} gets {@link #TOO_LONG} for each field
     * refused as too long, so the page says so rather than its general words for the field
     * ("Please enter your name.").
     */
    static Map<String, String> check(SignupRequest r, Map<String, String> why) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.name() == null) {
            errors.put("name", "Please enter your name.");
        } else if (Characters.count(r.name()) > NAME_MAX) {
            errors.put("name", "Your name must be at most " + NAME_MAX + " characters.");
            why.put("name", TOO_LONG);
        } else if (CONTROL.matcher(r.name()).find()) {
            errors.put("name", "Your name contains characters that are not allowed.");
        }
        if (r.email() == null) {
            errors.put("email", "Please enter your email address.");
        } else if (r.email().length() > EMAIL_MAX) {
            errors.put("email", "Your email address must be at most " + EMAIL_MAX + " characters.");
            why.put("email", TOO_LONG);
        } else if (!isEmail(r.email())) {
            errors.put("email", "This is not a valid email address.");
        }
        if (r.pathId() == null) {
            errors.put("pathId", "Please choose a course path.");
        } else if (!Slug.isValid(r.pathId())) {
            errors.put("pathId", "This is not a known course path.");
        }
        if (r.cohortId() != null && !ID.matcher(r.cohortId()).matches()) {
            errors.put("cohortId", "This is not a known cohort.");
        }
        if (r.language() == null) {
            errors.put("language", "Please choose a language.");
        } else if (Language.parse(r.language()).isEmpty()) {
            errors.put("language", Language.ERROR);
        }
        if (r.timezone() == null) {
            errors.put("timezone", "Please choose your time zone.");
        } else if (!TimeZones.isRegionZone(r.timezone())) {
            errors.put("timezone", TimeZones.ERROR);
        }
        if (r.goals() != null && Characters.count(r.goals()) > Learner.GOALS_MAX) {
            errors.put("goals", "Your goals must be at most " + Learner.GOALS_MAX + " characters.");
            why.put("goals", TOO_LONG);
        }
        if (r.hoursPerWeek() != null && (r.hoursPerWeek() < 1 || r.hoursPerWeek() > Learner.HOURS_MAX)) {
            errors.put("hoursPerWeek", "Hours per week must be between 1 and " + Learner.HOURS_MAX + ".");
        }
        if (!Boolean.TRUE.equals(r.consent())) {
            errors.put("consent", "Please agree to the use of your data for this course to sign up.");
        }
        return errors;
    }

    public static boolean isEmail(String email) {
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches();
    }
}
