package org.lcmhub.mentoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;

/** Every French mail of a mentoring pair's end, rendered, by kind; the producers are this package's own. */
public final class MentoringFrenchTexts {
    private MentoringFrenchTexts() {
    }

    public static Map<String, Mail> all() {
        return all(Language.FR);
    }

    /** The same texts in another language (the English ones are checked for their words too). */
    public static Map<String, Mail> all(Language language) {
        Language fr = language;
        Map<String, Mail> mails = new LinkedHashMap<>();
        for (boolean oneToOnes : new boolean[] {false, true}) {
            String with = oneToOnes ? " with 1:1s" : "";
            mails.put("mentor released the learner" + with,
                    MentoringMails.released("a@example.org", "Awa", fr, "Inès", "Python", oneToOnes));
            mails.put("unnamed mentor released the learner" + with,
                    MentoringMails.released("a@example.org", "Awa", fr, "", "Python", oneToOnes));
            mails.put("learner asked another mentor" + with,
                    MentoringMails.rematchAsked("i@example.org", fr, "Inès", "Awa", "Python", oneToOnes));
            mails.put("mentee left" + with, MentoringMails.menteeLeft("i@example.org", fr, "Inès", "Awa", "Python", oneToOnes));
        }
        mails.put("one-to-ones cancelled", MentoringMails.oneToOnesCancelled("a@example.org", fr, "Awa", "Inès", "Python"));
        for (MentoringMails.EndedBy by : MentoringMails.EndedBy.values()) {
            boolean erased = by == MentoringMails.EndedBy.ERASURE;
            mails.put("pair ended to the team, by " + by, MentoringMails.toTeam("lcm@example.org", fr, "Python",
                    erased ? null : "Awa", "Inès", by, erased ? null : "Nos horaires ne collent pas."));
        }
        return mails;
    }
}
