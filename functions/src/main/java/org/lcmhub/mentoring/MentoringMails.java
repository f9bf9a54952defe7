package org.lcmhub.mentoring;

import static org.lcmhub.mail.Messages.letter;
import static org.lcmhub.mail.Messages.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;

/**
 * The mails that end a match, in the recipient's language (en or fr): the learner's own language,
 * the mentor's {@code mailLanguage()}, each LCM's own (the cohort's while unknown). The reason is not repeated
 * to the other side; only the cohort's LCM team reads it. When the match had a 1:1 series, the
 * caller attaches its cancellation and {@code oneToOnes} adds a line about it. Their words are the
 * catalogue's {@code mail.pairEnded.*}.
 */
final class MentoringMails {
    private MentoringMails() {
    }

    /** Who ended a pair, as the team mail tells it. */
    enum EndedBy { MENTOR, LEARNER, WITHDRAWAL, ERASURE }

    /** To the learner whose mentor ended the pair. */
    static Mail released(String to, String name, Language language, String mentorName, String cohortTitle,
                         boolean oneToOnes) {
        String released = mentorName.isEmpty()
                ? t(language, "mail.pairEnded.released.unnamed", Map.of("cohort", cohortTitle))
                : t(language, "mail.pairEnded.released", Map.of("mentor", mentorName, "cohort", cohortTitle));
        return new Mail(to, t(language, "mail.pairEnded.released.subject", Map.of("cohort", cohortTitle)),
                letter(language, name, paragraphs(language, released, oneToOnes)), "mentor-released");
    }

    /** To the mentor whose mentee asked for another mentor. */
    static Mail rematchAsked(String to, Language language, String mentorName, String learnerName, String cohortTitle,
                             boolean oneToOnes) {
        return toMentor(to, language, mentorName, learnerName, cohortTitle, oneToOnes, "mail.pairEnded.rematchAsked",
                "rematch-asked");
    }

    /** To the mentor whose mentee left the cohort or erased their data. */
    static Mail menteeLeft(String to, Language language, String mentorName, String learnerName, String cohortTitle,
                           boolean oneToOnes) {
        return toMentor(to, language, mentorName, learnerName, cohortTitle, oneToOnes, "mail.pairEnded.menteeLeft",
                "mentee-left");
    }

    private static Mail toMentor(String to, Language language, String mentorName, String learnerName, String cohortTitle,
                                 boolean oneToOnes, String key, String kind) {
        Map<String, Object> params = Map.of("learner", learnerName, "cohort", cohortTitle);
        return new Mail(to, t(language, "mail.pairEnded.subject", params),
                letter(language, mentorName, paragraphs(language, t(language, key, params), oneToOnes)), kind);
    }

    /** To the side that ended the pair (or left): their 1:1s with the other side are cancelled too. */
    static Mail oneToOnesCancelled(String to, Language language, String name, String otherName, String cohortTitle) {
        Map<String, Object> params = Map.of("other", otherName, "cohort", cohortTitle);
        return new Mail(to, t(language, "mail.oneToOne.cancelled.subject", params),
                letter(language, name, t(language, "mail.pairEnded.oneToOnesCancelled", params)), "one-to-one-cancelled");
    }

    /**
     * To each member of the cohort's LCM team: which pair ended, who ended it and why. After an
     * erasure the learner is not named ({@code learnerName} null) and no reason is given.
     */
    static Mail toTeam(String to, Language language, String cohortTitle, String learnerName, String mentorName,
                       EndedBy by, String reason) {
        Map<String, Object> params = Map.of("learner", learnerName == null ? "" : learnerName, "mentor", mentorName,
                "cohort", cohortTitle);
        String pair = t(language, learnerName == null ? "mail.pairEnded.team.pair.unnamed" : "mail.pairEnded.team.pair", params);
        String ended = t(language, "mail.pairEnded.team.by." + by.name().toLowerCase(Locale.ROOT), Map.of("pair", pair));
        List<String> paragraphs = new ArrayList<>(List.of(ended));
        if (reason != null) {
            paragraphs.add(t(language, "mail.pairEnded.team.reason", Map.of()) + "\n" + reason);
        }
        if (by == EndedBy.MENTOR || by == EndedBy.LEARNER) {
            paragraphs.add(t(language, "mail.pairEnded.team.next", Map.of()));
        }
        return new Mail(to, t(language, "mail.pairEnded.team.subject", params),
                letter(language, null, paragraphs.toArray(String[]::new)), "pair-ended");
    }

    /** The mail's own paragraph, then, when the pair had a 1:1 series, that it is cancelled. */
    private static String[] paragraphs(Language language, String first, boolean oneToOnesCancelled) {
        return oneToOnesCancelled ? new String[] {first, t(language, "mail.pairEnded.oneToOnes", Map.of())}
                : new String[] {first};
    }
}
