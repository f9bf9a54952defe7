package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;

class GuideRulesTest {
    static Guide guide(String lang, String slug, String body) {
        return new Guide(lang, slug, "A title", "A summary", List.of("team"), List.of("community"), "Ana", null, body);
    }

    @Test
    void aCompleteGuideHasNoProblem() {
        assertThat(GuideRules.check(List.of(guide("en", "a-guide", "## Hello\n\nText with `<b>` in code.\n")))).isEmpty();
    }

    @Test
    void rawHtmlAndScriptLinksAreRefusedOnTheirLineButNotInCode() {
        String body = "Intro\n<img src=x onerror=alert(1)>\n```\n<div>code is fine</div>\n```\n[x](javascript:alert(1))\n";
        List<Problem> problems = GuideRules.check(List.of(guide("en", "a", body)));
        assertThat(problems).extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guide.body.html", 2),
                        org.assertj.core.groups.Tuple.tuple("guide.body.scriptLink", 6));
        assertThat(problems.get(0).params()).containsEntry("tag", "<img src=x onerror=alert(1)>");
    }

    @Test
    void fieldsAreCheckedWithCodesAndParameters() {
        Guide bad = new Guide("de", "Not a slug", "", "x".repeat(301), List.of(), List.of("ok"), "line\nbreak", "bad key!",
                "body");
        assertThat(GuideRules.check(List.of(bad))).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("language", "guide.language.invalid"),
                org.assertj.core.groups.Tuple.tuple("slug", "guide.field.slug"),
                org.assertj.core.groups.Tuple.tuple("title", "guide.field.required"),
                org.assertj.core.groups.Tuple.tuple("summary", "guide.field.tooLong"),
                org.assertj.core.groups.Tuple.tuple("author", "guide.field.oneLine"),
                org.assertj.core.groups.Tuple.tuple("translationOf", "guide.field.slug"),
                org.assertj.core.groups.Tuple.tuple("roles", "guide.field.choose"));
    }

    @Test
    void aDraftNeedsOnlyWhatNamesItButWhatItHoldsIsChecked() {
        Guide half = new Guide("en", "half-written", "Half written", null, List.of(), List.of(), null, null, null);
        assertThat(GuideRules.checkDraft(List.of(half), Set.of())).isEmpty();
        assertThat(GuideRules.check(List.of(half), Set.of())).extracting(Problem::field).containsExactlyInAnyOrder(
                "summary", "author", "roles", "tags", "body");
        Guide untitled = new Guide("en", "", " ", null, List.of(), List.of(), "line\nbreak", null, "<b>x</b>");
        assertThat(GuideRules.checkDraft(List.of(untitled), Set.of())).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("slug", "guide.field.required"),
                        org.assertj.core.groups.Tuple.tuple("title", "guide.field.required"),
                        org.assertj.core.groups.Tuple.tuple("author", "guide.field.oneLine"),
                        org.assertj.core.groups.Tuple.tuple("body", "guide.body.html"));
    }

    @Test
    void theBylineIsANameNeverAnAddressInADraftAsInReview() {
        Guide signed = new Guide("en", "signed", "Signed", null, List.of(), List.of(), "Fay <fay@example.org>", null, null);
        assertThat(GuideRules.checkDraft(List.of(signed), Set.of())).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("author", "guide.author.email"));
        Guide named = new Guide("en", "signed", "Signed", null, List.of(), List.of(), "Fay Okafor @ Lyon", null, null);
        assertThat(GuideRules.checkDraft(List.of(named), Set.of())).isEmpty();
    }

    @Test
    void aGuideIsForLcmsUnlessItSaysLearners() {
        assertThat(guide("en", "a", "x").audience()).isEqualTo("lcm");
        Guide learners = new Guide("en", "a", "A title", "A summary", List.of("team"), List.of("community"), "Ana", null, "x", "learner", List.of());
        assertThat(GuideRules.check(List.of(learners))).isEmpty();
        Guide unknown = new Guide("en", "a", "A title", "A summary", List.of("team"), List.of("community"), "Ana", null, "x", "students", List.of());
        assertThat(GuideRules.check(List.of(unknown))).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audience", "guide.audience.invalid"));
    }

    @Test
    void aGuideForLearnersMayNameNoLcmRoleAGuideForLcmsMust() {
        Guide learners = new Guide("en", "a", "A title", "A summary", List.of(), List.of("community"), "Ana", null, "x", "learner", List.of());
        assertThat(GuideRules.check(List.of(learners))).isEmpty();
        Guide lcms = new Guide("en", "a", "A title", "A summary", List.of(), List.of("community"), "Ana", null, "x", "lcm", List.of());
        assertThat(GuideRules.check(List.of(lcms))).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roles", "guide.field.choose"));
    }

    static Guide forLearners(String audience, List<String> paths) {
        return new Guide("en", "a", "A title", "A summary", List.of("team"), List.of("community"), "Ana", null, "x",
                audience, paths);
    }

    @Test
    void aGuideForLearnersNamesCoursePathsOfTheSite() {
        Set<String> site = Set.of("python-8-weeks", "web-basics-6-weeks");
        assertThat(GuideRules.check(List.of(forLearners("learner", List.of("python-8-weeks", "web-basics-6-weeks"))), site))
                .isEmpty();
        assertThat(GuideRules.check(List.of(forLearners("learner", List.of())), site)).as("any path").isEmpty();
        List<Problem> unknown = GuideRules.check(List.of(forLearners("learner", List.of("python-8-weeks", "knitting-101"))), site);
        assertThat(unknown).extracting(Problem::guide, Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "paths", "guide.paths.unknown"));
        assertThat(unknown.get(0).params()).containsEntry("path", "knitting-101");
        // The bake refuses paths on a guide for LCMs: so does the API, before anything is stored.
        assertThat(GuideRules.check(List.of(forLearners("lcm", List.of("python-8-weeks"))), site))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paths", "guide.paths.learnersOnly"));
        assertThat(GuideRules.check(List.of(forLearners("learner", java.util.Arrays.asList("Python 8 weeks", null))), site))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paths", "guide.field.slug"));
    }

    @Test
    void theFunctionsKnowTheSitesCoursePaths() {
        // The table the build writes from content/: a save names only these.
        assertThat(org.lcmhub.cohort.PathTitles.ids()).contains("python-8-weeks", "data-analysis-10-weeks")
                .doesNotContain("effort", "knitting-101");
    }

    @Test
    void aSetHoldsOneToFourGuidesEachAtItsOwnAddress() {
        assertThat(GuideRules.check(List.of())).extracting(Problem::code).containsExactly("guide.set.empty");
        assertThat(GuideRules.check(List.of(guide("en", "a", "x"), guide("en", "a", "y"))))
                .extracting(Problem::guide, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "guide.slug.twice"));
        assertThat(GuideRules.check(List.of(guide("en", "a", "x"), guide("fr", "a", "y")))).isEmpty();
        List<Guide> five = List.of(guide("en", "a", "x"), guide("en", "b", "x"), guide("en", "c", "x"),
                guide("en", "d", "x"), guide("en", "e", "x"));
        assertThat(GuideRules.check(five)).extracting(Problem::code).contains("guide.set.tooMany");
    }

    @Test
    void theLineDiffKeepsCommonLinesAndMarksTheRest() {
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd")).extracting(LineDiff.Line::kind, LineDiff.Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("same", "a"), org.assertj.core.groups.Tuple.tuple("removed", "b"),
                org.assertj.core.groups.Tuple.tuple("same", "c"), org.assertj.core.groups.Tuple.tuple("added", "d"));
    }
}
