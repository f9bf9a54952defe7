package org.lcmhub.hub.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.Guide;

/** A hub guide's file: the header a hand-written guide has, and where its body starts. */
class GuideFilesTest {
    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

    private static Guide guide(String audience, List<String> paths, String translationOf) {
        return new Guide("fr", "s-exercer-sur-ses-donnees", "S’exercer", "Un résumé.", List.of("advise"), List.of("planning"),
                "Nadia Haddad", translationOf, "Ligne un\nLigne deux\n", audience, paths);
    }

    @Test
    void aGuideForLearnersOfSomePathsSaysWhichAfterItsAudience() {
        Guide g = guide("learner", List.of("data-analysis-10-weeks", "python-8-weeks"), "practising-data-analysis");
        List<String> lines = GuideFiles.markdown(g, true, AT).lines().toList();
        assertThat(lines).containsSubsequence("audience=learner", "paths=data-analysis-10-weeks,python-8-weeks", "~~~~~~");
        // Its translation key is the one it was opened with, not its own address.
        assertThat(lines).contains("translationKey=practising-data-analysis");
        assertThat(GuideFiles.fields(g)).hasSize(lines.indexOf("~~~~~~")).endsWith("paths");
        assertThat(lines.get(GuideFiles.headerLines(g))).as("body line 1").isEqualTo("Ligne un");
    }

    @Test
    void aGuideOnNoParticularPathHasNoPathsLine() {
        // The site refuses paths= on a guide that is not for learners, and an empty one names no path.
        Guide g = guide("lcm", List.of(), null);
        List<String> lines = GuideFiles.markdown(g, true, AT).lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("paths="));
        assertThat(lines).contains("translationKey=s-exercer-sur-ses-donnees");
        assertThat(GuideFiles.fields(g)).hasSize(lines.indexOf("~~~~~~")).doesNotContain("paths");
        assertThat(lines.get(GuideFiles.headerLines(g))).isEqualTo("Ligne un");
    }
}
