package org.lcmhub.mail;

import java.time.LocalDate;
import java.util.Map;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;

/**
 * Another cohort of the path that had a seat when a waitlisted learner's mail was written (the one
 * the sign-up page and My page offer, {@code Offers.seatElsewhere}), as the mail says it: the sign-up
 * page is often closed before anyone reads it, so the mail alone may tell the learner. The seats
 * left are those of that moment, and said so: the seat is taken on My page, by its write's condition.
 *
 * @param title the cohort's title in the reader's language
 * @param taught the language the cohort is taught in, said when it is not the reader's
 */
public record SeatElsewhere(String title, Language taught, LocalDate start, int seatsLeft) {

    /** The cohort, then how to take its seat (My page, through the personal link the mail gives next). */
    String words(Language reader) {
        return words(reader, "mail.signup.elsewhere.take");
    }

    /**
     * The cohort, then how to take its seat in the words of {@code take}: a mail that gives the link
     * before this paragraph (the new link's) points up to it, not down.
     */
    String words(Language reader, String take) {
        String seats = Catalogue.site().plural(reader, "mail.signup.elsewhere.seats", seatsLeft, Map.of());
        String key = taught == null || taught == reader ? "mail.signup.elsewhere" : "mail.signup.elsewhere." + taught.code();
        return Messages.t(reader, key, Map.of("title", title, "day", reader.day(start), "seats", seats))
                + "\n\n" + Messages.t(reader, take, Map.of());
    }
}
