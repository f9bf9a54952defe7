package org.lcmhub.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/** The team's mail about an ended pair, when the learner erased their data and is not named. */
class MentoringMailsTest {
    @Test
    void anUnnamedLearnerIsElidedInFrench() {
        String text = MentoringMails.toTeam("lcm@example.org", Language.FR, "Python", null, "Inès",
                MentoringMails.EndedBy.ERASURE, null).text();
        assertThat(text).contains("Le mentorat d’un·e apprenant·e avec Inès (cohorte «\u00A0Python\u00A0») a pris fin\u00A0: "
                + "l’apprenant·e a effacé ses données.").doesNotContain("de un·e");
        assertThat(MentoringMails.toTeam("lcm@example.org", Language.EN, "Python", null, "Inès",
                MentoringMails.EndedBy.ERASURE, null).text())
                .contains("The mentoring of a learner by Inès (cohort “Python”) has ended: the learner erased their data.");
    }
}
