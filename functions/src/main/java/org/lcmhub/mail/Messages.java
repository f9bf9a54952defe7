package org.lcmhub.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.store.Env;

/**
 * The messages the hub sends learners, in their language (en or fr), worded from the site's
 * catalogue ({@code mail.json}: the functions' alone, in no page's script). The personal link
 * carries the learner's key in the fragment, which browsers never send to a server or put in a log.
 */
public final class Messages {
    /** The public site's address, for links in messages (template.yaml; the local hub sets its own). */
    public static final String SITE_URL_ENV = "HUB_SITE_URL";

    private final String siteUrl;

    public Messages(String siteUrl) {
        this.siteUrl = siteUrl == null || siteUrl.isBlank() ? "" : siteUrl.replaceAll("/+$", "");
    }

    public static Messages fromEnv() {
        return new Messages(Env.get(SITE_URL_ENV));
    }

    /** An absolute link to a path of the site or its API ({@code /api/...}). */
    public String link(String path) {
        return siteUrl + path;
    }

    /** The mentor page, in the reader's language: where a mentor's mails send them. */
    public String mentorPage(Language language) {
        return link(language.isFrench() ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html");
    }

    /** A cohort's dashboard, in the reader's language. */
    public String dashboardPage(Language language, String cohortId) {
        return link((language.isFrench() ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort="
                + URLEncoder.encode(cohortId, StandardCharsets.UTF_8));
    }

    public String personalLink(Language language, String key) {
        return siteUrl + "/" + language.code() + "/me.html#key=" + key;
    }

    /**
     * The personal link opening My page at one of its sections ({@code #key=…&me-conduct}):
     * learner-key.js keeps the key and leaves the section in the address, for the page to show. Without
     * a key ({@code null}), My page at that section, which only a browser holding the key opens.
     */
    public String personalLink(Language language, String key, String section) {
        return key == null ? siteUrl + "/" + language.code() + "/me.html#" + section
                : personalLink(language, key) + "&" + section;
    }

    /**
     * Sent on sign-up (and again, with a new key, when the learner signs up again later): with the
     * cohort's places (one line each, already in the learner's language) and, when {@code start} is
     * given, when the cohort starts (judged against {@code today}, the learner's own date; the sign-up page tells them the mail
     * carries that date), both for an enrolled learner only. A cohort taught in another language
     * than the learner's ({@code taught}; a sign-up joins one when none is in theirs) says so.
     */
    public Mail confirmation(String to, String name, Language language, String cohortTitle, Language taught,
                             String status, Integer position, String key, java.util.List<String> places,
                             LocalDate start, LocalDate today) {
        return confirmation(to, name, language, cohortTitle, taught, status, position, key, places, start, today, null);
    }

    /**
     * The same, and for a waitlisted learner the cohort of the path that had a seat as it was written
     * ({@code elsewhere}, null when none): the page that named it may be closed before the mail is read.
     */
    public Mail confirmation(String to, String name, Language language, String cohortTitle, Language taught,
                             String status, Integer position, String key, java.util.List<String> places,
                             LocalDate start, LocalDate today, SeatElsewhere elsewhere) {
        String link = personalLink(language, key);
        String inOther = taughtIn(language, taught);
        Map<String, Object> cohort = Map.of("cohort", cohortTitle);
        // The subject, and a sentence no start follows, name the cohort with its first day, as team mails do.
        Map<String, Object> named = Map.of("cohort", cohortName(language, cohortTitle, start, today));
        String place;
        if ("withdrawn".equals(status)) {
            place = t(language, "mail.signup.withdrawn", named);
        } else if ("enrolled".equals(status)) {
            place = t(language, "mail.signup.enrolled", cohort) + inOther
                    + (start == null || today == null ? "" : " " + starts(language, start, today)) + meets(language, places);
        } else {
            // Which cohort's waitlist: cohorts of one path may share a title, not a start.
            String when = start == null || today == null ? "" : " " + (start.isAfter(today) ? starts(language, start, today)
                    : t(language, "mail.signup.waitlisted.started", Map.of("day", language.day(start))));
            place = t(language, "mail.signup.waitlisted", Map.of("cohort", cohortTitle, "position", position)) + inOther
                    + when + " " + t(language, "mail.signup.waitlisted.next", cohort)
                    + (elsewhere == null ? "" : "\n\n" + elsewhere.words(language));
        }
        String text = letter(language, name, place, t(language, "mail.signup.link", cohort) + "\n" + link + linkUse(language, status));
        // A waitlisted learner must not read "sign-up" and believe they have a seat.
        String subject = t(language, "waitlisted".equals(status) ? "mail.signup.subject.waitlisted" : "mail.signup.subject", named);
        return new Mail(to, subject, text, "confirmation");
    }

    /**
     * What the personal link is for, as it is for this learner now: check-ins come with a seat, so a
     * waitlisted learner reads that they will; a learner who left reads it in the mail's first lines.
     */
    private static String linkUse(Language language, String status) {
        if ("withdrawn".equals(status)) {
            return "";
        }
        return "\n\n" + t(language, "waitlisted".equals(status) ? "mail.signup.use.waitlisted" : "mail.signup.use.enrolled", Map.of());
    }

    /**
     * Sent when a learner asks for their link again: the new link, and the old one no longer works.
     * An address with several sign-ups gets one mail for each, each with its own key: the subject and
     * the cohort's dates tell them apart. {@code places}: where the cohort meets (an enrolled
     * learner's, as in the welcome mail); {@code start} null when the cohort is not known.
     */
    public Mail newLink(String to, String name, Language language, String cohortTitle, String key, List<String> places,
                        LocalDate start, LocalDate end, LocalDate today) {
        return newLink(to, name, language, cohortTitle, key, places, start, end, today, null);
    }

    /**
     * The same, and for a learner on a waitlist the cohort of the path that had a seat as it was
     * written ({@code elsewhere}, null when none), named as the waitlist mail names it: asking for
     * the link again is often how a waiting learner comes back, and the seat is taken with it.
     */
    public Mail newLink(String to, String name, Language language, String cohortTitle, String key, List<String> places,
                        LocalDate start, LocalDate end, LocalDate today, SeatElsewhere elsewhere) {
        Map<String, Object> cohort = Map.of("cohort", cohortTitle);
        String link = t(language, "mail.newLink.link", cohort) + "\n" + personalLink(language, key);
        String old = t(language, "mail.newLink.old", Map.of()) + meets(language, places);
        List<String> paragraphs = new ArrayList<>(List.of(link));
        if (start != null) {
            paragraphs.add(end.isBefore(today) ? t(language, "mail.newLink.ended", Map.of("end", language.day(end)))
                    : t(language, "mail.newLink.dates", Map.of("start", language.day(start), "end", language.day(end))));
        }
        if (elsewhere != null) {
            // After the link: how to take the seat points up to it.
            paragraphs.add(elsewhere.words(language, "mail.newLink.elsewhere.take"));
        }
        paragraphs.add(old);
        String text = letter(language, name, paragraphs.toArray(String[]::new));
        // A cohort begun is "under way since" its first day, as the seat mails name it, never "starting" on a day gone by.
        return new Mail(to, t(language, "mail.newLink.subject", Map.of("cohort", cohortName(language, cohortTitle, start, today))),
                text, "new-link");
    }

    /**
     * Sent to the first waitlisted learner when a seat frees up and they take it: what the welcome
     * mail of an enrolled learner says (where the cohort meets, its start, the personal link), since
     * this is their welcome. The key is kept hashed only, so the mail points to My page and to the
     * link of their sign-up mail, which stays valid (My page mails a new one if it is lost). A cohort
     * taught in another language than the learner's says so, as the sign-up mail did.
     */
    public Mail promoted(String to, String name, Language language, String cohortTitle, Language taught,
                         LocalDate start, LocalDate today, List<String> places) {
        return promoted(to, name, language, cohortTitle, taught, start, null, today, places);
    }

    /**
     * The same, for a cohort whose last day ({@code end}) is known: a seat given in a cohort under
     * way says when it ends, since it may be days away (a seat added by the team late in a cohort).
     */
    public Mail promoted(String to, String name, Language language, String cohortTitle, Language taught,
                         LocalDate start, LocalDate end, LocalDate today, List<String> places) {
        Map<String, Object> cohort = Map.of("cohort", cohortTitle);
        String when = start == null ? "" : "\n\n" + starts(language, start, end, today);
        String text = letter(language, name,
                t(language, "mail.promoted.seat", cohort) + taughtIn(language, taught) + when + meetsOrNotYet(language, places),
                seatLink(language, places));
        return new Mail(to, t(language, "mail.promoted.subject", Map.of("cohort", cohortName(language, cohortTitle, start, today))),
                text, "promoted");
    }

    /**
     * Sent to a learner who left a waitlist for a seat in another cohort of the path (My page): the
     * seat, its start and places, as {@link #promoted} says them; the same personal link still works.
     */
    public Mail moved(String to, String name, Language language, String fromTitle, LocalDate fromStart, String cohortTitle,
                      Language taught, LocalDate start, LocalDate today, List<String> places) {
        return moved(to, name, language, fromTitle, fromStart, cohortTitle, taught, start, null, today, places);
    }

    /** The same, for a cohort whose last day ({@code end}) is known: one under way says when it ends. */
    public Mail moved(String to, String name, Language language, String fromTitle, LocalDate fromStart, String cohortTitle,
                      Language taught, LocalDate start, LocalDate end, LocalDate today, List<String> places) {
        // Cohorts of one path may share a title, not a start: each is named with its start, the one
        // left and the one joined, or the sentence reads as if the learner stayed where they were.
        Map<String, Object> cohort = Map.of("cohort", cohortTitle, "from", fromTitle,
                "fromWhen", startedOrStarts(language, fromStart, today), "when", startedOrStarts(language, start, today));
        String when = start == null ? "" : "\n\n" + starts(language, start, end, today);
        String text = letter(language, name,
                t(language, "mail.moved.seat", cohort) + taughtIn(language, taught) + when + meetsOrNotYet(language, places),
                seatLink(language, places));
        return new Mail(to, t(language, "mail.moved.subject", Map.of("cohort", cohortName(language, cohortTitle, start, today))),
                text, "moved");
    }

    /** ", which starts on {day}" for a cohort to come, ", which started on {day}" for one begun; nothing when unknown. */
    private String startedOrStarts(Language language, LocalDate start, LocalDate today) {
        return start == null ? "" : t(language, start.isAfter(today) ? "mail.moved.when.starts" : "mail.moved.when.started",
                Map.of("day", language.day(start)));
    }

    /**
     * Where the personal link of a seat's mail leads: My page, "with the cohort's places" only when
     * the team has given some (else the mail has just said that they will come).
     */
    private String seatLink(Language language, List<String> places) {
        return t(language, places.isEmpty() ? "mail.promoted.link.noPlaces" : "mail.promoted.link",
                Map.of("page", siteUrl + "/" + language.code() + "/me.html"));
    }

    /**
     * Sent to a learner who left their seat or their place on a waitlist (My page, with or without
     * its script): what they left, the cohort named with its first day ({@code start}, judged
     * against {@code today}); for a seat, whether it went to the next person waiting
     * ({@code passedOn}; never who); and what their personal link still does. It opens their page,
     * nothing more: learning again is a new sign-up, from a course path's page.
     */
    public Mail left(String to, String name, Language language, String cohortTitle, LocalDate start, LocalDate today,
                     boolean seat, boolean passedOn) {
        Map<String, Object> cohort = Map.of("cohort", cohortName(language, cohortTitle, start, today));
        String what = seat ? t(language, "mail.left.seat", cohort)
                + (passedOn ? " " + t(language, "mail.left.passedOn", Map.of()) : "")
                : t(language, "mail.left.waitlist", cohort);
        String text = letter(language, name, what, t(language, "mail.left.link",
                Map.of("paths", link(language.isFrench() ? "/fr/parcours.html" : "/en/paths.html"))));
        return new Mail(to, t(language, seat ? "mail.left.subject.seat" : "mail.left.subject.waitlist", cohort), text, "left");
    }

    /**
     * Sent to a learner enrolled in or waiting for a cohort whose team changed its dates: the new
     * dates, as the new-link mail says them, the old ones beside them ({@code oldStart}, {@code oldEnd}:
     * what the learner had planned around), and where to see them. A cohort begun by the learner's
     * {@code today} keeps its first day, so only its end changed: the mail says the new end date and
     * names the cohort under way, not "starting" on a day gone by.
     */
    public Mail datesChanged(String to, String name, Language language, String cohortTitle, LocalDate start,
                             LocalDate end, LocalDate oldStart, LocalDate oldEnd, boolean waitlisted, LocalDate today) {
        return datesChanged(to, name, language, cohortTitle, start, end, oldStart, oldEnd, waitlisted, false, today);
    }

    /**
     * The same; {@code noSeatToCome}: the cohort, past its half, gives its waitlist no more seats, so
     * a waiting learner is told so and where to look for one, not promised a mail when a seat frees up.
     */
    public Mail datesChanged(String to, String name, Language language, String cohortTitle, LocalDate start,
                             LocalDate end, LocalDate oldStart, LocalDate oldEnd, boolean waitlisted, boolean noSeatToCome,
                             LocalDate today) {
        boolean running = start.isBefore(today) || start.equals(today);
        String changed = running
                ? t(language, "mail.datesChanged.end.text", Map.of("cohort", cohortTitle, "start", language.day(start),
                        "end", language.day(end))) + " "
                        + t(language, "mail.datesChanged.end.was", Map.of("end", language.day(oldEnd)))
                : t(language, "mail.datesChanged.text", Map.of("cohort", cohortTitle)) + " "
                        + t(language, "mail.newLink.dates", Map.of("start", language.day(start), "end", language.day(end))) + " "
                        + t(language, "mail.datesChanged.was", Map.of("start", language.day(oldStart), "end", language.day(oldEnd)));
        String waiting = !waitlisted ? "" : " " + t(language, noSeatToCome ? "mail.datesChanged.waitlisted.noSeat"
                : "mail.datesChanged.waitlisted", Map.of());
        String text = letter(language, name, changed + waiting,
                t(language, "mail.datesChanged.page", Map.of("page", siteUrl + "/" + language.code() + "/me.html")));
        String subject = running ? "mail.datesChanged.end.subject" : "mail.datesChanged.subject";
        return new Mail(to, t(language, subject, Map.of("cohort", cohortName(language, cohortTitle, start, today))),
                text, "dates-changed");
    }

    /** Sent to a learner when the LCM publishes their mentor: who, and where they will see their 1:1s. */
    public Mail mentorFound(String to, String name, Language language, String mentorName, String cohortTitle) {
        Map<String, Object> params = Map.of("mentor", mentorName, "cohort", cohortTitle);
        return new Mail(to, t(language, "mail.mentorFound.subject", params),
                letter(language, name, t(language, "mail.mentorFound.text", params),
                        t(language, "mail.mentorFound.next", Map.of("page", siteUrl + "/" + language.code() + "/me.html"))),
                "mentor-found");
    }

    /**
     * Sent to a mentor for each new mentee, in the mentor's language ({@code Mentor.mailLanguage}):
     * who, and the mentor page where they set up the 1:1s.
     */
    public Mail newMentee(String to, Language language, String mentorName, String learnerName, String cohortTitle) {
        Map<String, Object> params = Map.of("learner", learnerName, "cohort", cohortTitle);
        return new Mail(to, t(language, "mail.newMentee.subject", params),
                letter(language, mentorName, t(language, "mail.newMentee.text", params),
                        t(language, "mail.newMentee.next", Map.of("page", mentorPage(language)))),
                "new-mentee");
    }

    /**
     * One mail to a mentor for all the mentees one publication gives them (a mail each would say the
     * same thing several times): the single mentee's mail for one, else the list of their names.
     */
    public Mail newMentees(String to, Language language, String mentorName, List<String> learnerNames,
                           String cohortTitle) {
        if (learnerNames.size() == 1) {
            return newMentee(to, language, mentorName, learnerNames.get(0), cohortTitle);
        }
        List<String> lines = new ArrayList<>();
        lines.add(t(language, "mail.newMentees.text", Map.of("cohort", cohortTitle)));
        learnerNames.forEach(name -> lines.add(t(language, "mail.newMentees.item", Map.of("learner", name))));
        return new Mail(to, t(language, "mail.newMentees.subject", Map.of("count", learnerNames.size())),
                letter(language, mentorName, String.join("\n", lines),
                        t(language, "mail.newMentee.next", Map.of("page", mentorPage(language)))),
                "new-mentee");
    }

    /**
     * A cohort as a mail names it where no sentence beside it gives its start: its title with its
     * first day in words ("Python in 8 weeks, starting Monday 14 December 2026"), as pages put the
     * start beside the title (cohorts of one path often share a title). Without a start, the title.
     */
    public static String cohortName(Language language, String title, LocalDate start) {
        return start == null ? title : t(language, "mail.cohortName", Map.of("title", title, "day", language.day(start)));
    }

    /** As {@link #cohortName(Language, String, LocalDate)}, but a cohort begun before today is "under way since" its first day. */
    public static String cohortName(Language language, String title, LocalDate start, LocalDate today) {
        return start != null && start.isBefore(today)
                ? t(language, "mail.cohortName.started", Map.of("title", title, "day", language.day(start)))
                : cohortName(language, title, start);
    }

    /**
     * "Hello Awa," ("Hello," to a {@code null} name) then each paragraph, then the team's
     * signature: every mail's shape.
     */
    public static String letter(Language language, String name, String... paragraphs) {
        String hello = name == null ? t(language, "mail.hello.anyone", Map.of()) : t(language, "mail.hello", Map.of("name", name));
        return hello + "\n\n" + String.join("\n\n", paragraphs) + "\n\n" + t(language, "mail.team", Map.of()) + "\n";
    }

    /**
     * " This cohort is taught in French.", in the reader's {@code language}, when the cohort is
     * {@code taught} in another; else nothing.
     */
    private static String taughtIn(Language language, Language taught) {
        return taught == null || taught == language ? "" : " " + t(language, "mail.taught." + taught.code(), Map.of());
    }

    /** "The cohort starts on Monday 11 January 2027." (or started, when that day is past). */
    private static String starts(Language language, LocalDate start, LocalDate today) {
        return starts(language, start, null, today);
    }

    /** The same, and for a cohort under way whose last day {@code end} is known, when it ends. */
    private static String starts(Language language, LocalDate start, LocalDate end, LocalDate today) {
        if (start.isAfter(today)) {
            return t(language, "mail.starts", Map.of("day", language.day(start)));
        }
        return end == null ? t(language, "mail.started", Map.of("day", language.day(start)))
                : t(language, "mail.started.ends", Map.of("day", language.day(start), "end", language.day(end)));
    }

    /**
     * The "where the cohort meets" part of a seat's mail; without places, that the team has not given
     * them yet and where they will appear, as My page says (a seat's mail is the learner's welcome).
     */
    private static String meetsOrNotYet(Language language, List<String> places) {
        return places.isEmpty() ? "\n\n" + t(language, "mail.meets.notYet", Map.of()) : meets(language, places);
    }

    /** The "where the cohort meets" part of a welcome, empty without places. */
    private static String meets(Language language, List<String> places) {
        return places.isEmpty() ? "" : "\n\n" + t(language, "mail.meets", Map.of()) + "\n" + String.join("\n", places);
    }

    /** The catalogue's {@code key} in {@code language}, its placeholders filled from {@code params}. */
    public static String t(Language language, String key, Map<String, ?> params) {
        return Catalogue.site().t(language, key, params);
    }
}
