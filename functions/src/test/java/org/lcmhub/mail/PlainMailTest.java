package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Catalogue;

/** A page's words put in a mail (a reason, a label) arrive without the page's word joiners. */
class PlainMailTest {

    @Test
    void theSubjectTheTextAndATextAttachmentLoseTheirWordJoiners() {
        String page = Catalogue.site().t(org.lcmhub.domain.Language.FR, "mentor.meetings");
        assertThat(page).as("the page's words keep the word on one line").contains("\u2060");

        Mail mail = new Mail("a@example.org", page, "Vos " + page + " par e-\u2060mail", "test",
                List.of(Mail.Attachment.text("invite.ics", "text/calendar", "SUMMARY:" + page)));

        assertThat(mail.subject()).isEqualTo("Prochains rendez-vous");
        assertThat(mail.text()).isEqualTo("Vos Prochains rendez-vous par e-mail");
        assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo("SUMMARY:Prochains rendez-vous");
    }
}
