package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

/** A cohort named after its path is named in its reader's language; a title the LCM made up stays as typed. */
class CohortNamesTest {
    private static final String EN = "Data analysis: from spreadsheets to Python in 10 weeks";
    private static final String FR = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";

    private static Cohort english(String title) {
        return new Cohort("da-2026-12", "data-analysis-10-weeks", title, Language.EN, LocalDate.parse("2026-12-14"), 10,
                20, true, 0, 0, Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aCohortNamedAfterItsPathReadsInTheReadersLanguage() {
        Cohort byDefault = english(PathTitles.cohortTitle("data-analysis-10-weeks", Language.EN));
        assertThat(CohortNames.title(byDefault, Language.FR)).isEqualTo(FR);
        assertThat(CohortNames.title(byDefault, Language.EN)).isEqualTo(EN);
        // Typed by the LCM, the French title with plain spaces: still the path's.
        assertThat(CohortNames.title(english("Analyse de données : du tableur à Python en 10 semaines"), Language.EN))
                .isEqualTo(EN);
        assertThat(CohortNames.title(byDefault, null)).isEqualTo(EN);
    }

    @Test
    void aTitleTheLcmMadeUpStaysAsTyped() {
        assertThat(CohortNames.title(english("Data analysis — evening group"), Language.FR))
                .isEqualTo("Data analysis — evening group");
    }

    @Test
    void aMailNamesTheCohortInItsLanguageWithItsFirstDay() {
        Cohort byDefault = english(EN);
        assertThat(CohortNames.inMail(byDefault, Language.FR, LocalDate.parse("2026-12-14"))).isEqualTo(FR + ", début le lundi 14 décembre 2026");
        assertThat(CohortNames.inMail(byDefault, Language.EN, LocalDate.parse("2026-12-14"))).isEqualTo(EN + ", starting Monday 14 December 2026");
    }
}
