package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.hub.testing.Checkout;

/**
 * Each fixture under {@code content-validation/} is a small site broken one way; its
 * {@code expected.txt} holds exactly the lines the validation must print for it.
 */
class ContentValidatorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"valid", "no-header", "header-syntax", "missing-fields", "enum-values", "int-fields",
            "date-format", "language-folder", "unknown-taxonomy", "duplicate-slugs", "duplicate-path-id",
            "translation-key-clash", "broken-links", "missing-images", "missing-translation", "path-fields",
            "wrong-folder"})
    void reportsExactlyTheExpectedProblems(String fixture, @TempDir Path root) throws Exception {
        Path fixtures = fixtures();
        SiteFiles.copy(fixtures.resolve("site"), root.resolve("site"));
        SiteFiles.copy(fixtures.resolve(fixture).resolve("content"), root.resolve("content"));

        ContentValidator.Result result = ContentValidator.validate(root);

        List<String> lines = new ArrayList<>();
        result.errors().forEach(p -> lines.add("error: " + p));
        result.warnings().forEach(p -> lines.add("warning: " + p));
        List<String> expected = Files.readAllLines(fixtures.resolve(fixture).resolve("expected.txt"));
        assertThat(lines).containsExactlyElementsOf(expected);
        // Each error also has its code, which the guide editor words in its reader's language.
        List<String> codes = java.util.Arrays.stream(SiteCheck.values()).map(SiteCheck::code).toList();
        assertThat(result.errors()).allSatisfy(p -> assertThat(codes).as(p.toString()).contains(p.code()));
        assertThat(result.ok()).isEqualTo(expected.stream().noneMatch(l -> l.startsWith("error: ")));
    }

    @Test
    void theRealContentIsValid() {
        ContentValidator.Result result = ContentValidator.validate(Checkout.root());
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aBakeOfInvalidContentFailsWithEveryProblemAndLeavesTheOutputAlone(@TempDir Path work) throws IOException {
        Path root = copyOfTheSite(work);
        Path guide = root.resolve("content/en/guides/running-a-weekly-check-in.md");
        Files.writeString(guide, Files.readString(guide)
                .replaceFirst("(?m)^tags=.*$", "tags=check-in,cohort")
                .replaceFirst("(?m)^date=.*$", "date=2025-13-01"));
        Path out = work.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "the last good site");

        assertThatThrownBy(() -> SiteBaker.bake(root, out))
                .isInstanceOf(ContentValidator.InvalidContent.class)
                .hasMessage("The content has 2 error(s):\n"
                        + "content/en/guides/running-a-weekly-check-in.md:8: date '2025-13-01' is not a date in the form yyyy-MM-dd\n"
                        + "content/en/guides/running-a-weekly-check-in.md:9: unknown tag 'cohort': not in site/taxonomy.properties");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("the last good site");
    }

    @Test
    void aGuideSaysItsAudienceFromTheListAndPathsOnlyForLearners(@TempDir Path work) throws IOException {
        Path root = copyOfTheSite(work);
        rewrite(root, "content/en/guides/running-a-weekly-check-in.md", "(?m)^roles=(.*)$",
                "roles=$1\naudience=students\npaths=python-8-weeks");
        rewrite(root, "content/en/guides/catching-up-after-falling-behind.md", "(?m)^audience=.*$",
                "audience=learner\npaths=knitting-101");

        assertThat(ContentValidator.validate(root).errors()).extracting(Object::toString).containsExactly(
                "content/en/guides/catching-up-after-falling-behind.md:7: unknown path 'knitting-101': no course path has this pathId",
                "content/en/guides/running-a-weekly-check-in.md:11: audience 'students' is not one of lcm, learner",
                "content/en/guides/running-a-weekly-check-in.md:12: paths names the course paths of a guide for learners: "
                        + "set audience=learner too");
    }

    @Test
    void aGuideForLearnersMayNameNoLcmRoleAGuideForLcmsMust(@TempDir Path work) throws IOException {
        Path root = copyOfTheSite(work);
        rewrite(root, "content/en/guides/catching-up-after-falling-behind.md", "(?m)^roles=.*$", "roles=");
        rewrite(root, "content/fr/guides/rattraper-son-retard.md", "(?m)^roles=.*\n", "");
        rewrite(root, "content/en/guides/running-a-weekly-check-in.md", "(?m)^roles=.*$", "roles=");

        assertThat(ContentValidator.validate(root).errors()).extracting(Object::toString).containsExactly(
                "content/en/guides/running-a-weekly-check-in.md:10: field 'roles' is empty");
    }

    @Test
    void aTranslationKeyTakenInALanguageIsCodedForTheEditorWithTheOtherGuidesTitle(@TempDir Path work) throws IOException {
        Path root = copyOfTheSite(work);
        Path fr = root.resolve("content/fr/guides/accueillir-une-nouvelle-cohorte.md");
        Files.writeString(root.resolve("content/fr/guides/a-second-welcome.md"), Files.readString(fr));

        List<ContentValidator.Problem> errors = ContentValidator.validate(root).errors();

        // Each of the two hears it, whichever sorts first: a draft from the editor is told either way.
        assertThat(errors).extracting(ContentValidator.Problem::file).containsExactly(
                "content/fr/guides/a-second-welcome.md", "content/fr/guides/accueillir-une-nouvelle-cohorte.md");
        assertThat(errors).extracting(ContentValidator.Problem::code).containsOnly("translationTaken");
        assertThat(errors.get(0).params()).isEqualTo(java.util.Map.of("title", "Accueillir une nouvelle cohorte"));
    }

    @Test
    void aMissingTranslationIsAWarningAndTheBakeGoesOn(@TempDir Path work) throws IOException {
        Path root = copyOfTheSite(work);
        List<ContentValidator.Problem> before = ContentValidator.validate(root).warnings();
        Path guide = root.resolve("content/en/guides/english-only.md");
        Files.writeString(guide, Files.readString(root.resolve("content/en/guides/running-a-weekly-check-in.md"))
                .replaceFirst("(?m)^translationKey=.*$", "translationKey=english-only"));

        SiteBaker.BakeReport report = SiteBaker.bake(root, work.resolve("out"));

        List<ContentValidator.Problem> added = new ArrayList<>(report.warnings());
        added.removeAll(before);
        assertThat(added).extracting(Object::toString).containsExactly(
                "content/en/guides/english-only.md:5: no French translation: no published document in content/fr/ "
                        + "has translationKey 'english-only'");
        assertThat(work.resolve("out/en/guides/english-only.html")).exists();
    }

    /** Rewrites the first match of {@code regex} in a file of the copied site. */
    private static void rewrite(Path root, String file, String regex, String replacement) throws IOException {
        Path path = root.resolve(file);
        Files.writeString(path, Files.readString(path).replaceFirst(regex, replacement));
    }

    private static Path copyOfTheSite(Path work) throws IOException {
        Path root = work.resolve("root");
        SiteFiles.copy(Checkout.root().resolve("site"), root.resolve("site"));
        SiteFiles.copy(Checkout.root().resolve("content"), root.resolve("content"));
        return root;
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(ContentValidatorTest.class.getResource("/content-validation/site/taxonomy.properties").toURI())
                .getParent().getParent();
    }
}
