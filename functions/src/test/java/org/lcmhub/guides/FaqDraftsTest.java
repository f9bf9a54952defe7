package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A guide drafted from an FAQ question gets an address the guides accept, whatever the question. */
class FaqDraftsTest {
    @Test
    void theAddressIsTheQuestionInLowerCaseWithoutAccentsOrPunctuation() {
        assertThat(FaqDrafts.slugOf("Où trouver les exercices ?")).isEqualTo("ou-trouver-les-exercices");
        assertThat(FaqDrafts.slugOf("How do I run the tests?")).isEqualTo("how-do-i-run-the-tests");
    }

    @Test
    void aLongQuestionIsCutToSixtyCharactersAndAnEmptyOneStillHasAnAddress() {
        String slug = FaqDrafts.slugOf("Why " + "does the exercise fail ".repeat(10));
        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
        assertThat(org.lcmhub.domain.Slug.isValid(slug)).isTrue();
        assertThat(FaqDrafts.slugOf("???")).isEqualTo("faq");
    }

    @Test
    void theSummaryIsTheAnswersFirstSentence() {
        assertThat(FaqDrafts.firstSentence("Use pytest -q. It runs every test in the folder.")).isEqualTo("Use pytest -q.");
        assertThat(FaqDrafts.firstSentence("Ça dépend ! Regardez le guide.")).isEqualTo("Ça dépend !");
        // A dot inside a word or a number is not a sentence's end.
        assertThat(FaqDrafts.firstSentence("Version 3.12 of Python, from python.org")).isEqualTo("Version 3.12 of Python, from python.org");
    }

    @Test
    void theDraftNamesTheCohortsPathOnlyWhenTheSiteHasIt() {
        String known = org.lcmhub.cohort.PathTitles.ids().stream().sorted().findFirst().orElseThrow();
        assertThat(FaqDrafts.pathOf(known)).containsExactly(known);
        assertThat(FaqDrafts.pathOf("a-path-the-site-no-longer-has")).isEmpty();
    }
}
