package org.lcmhub.hub.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDiffTest {
    private static final String A = SiteDiff.md5("a".getBytes(StandardCharsets.UTF_8));
    private static final String B = SiteDiff.md5("b".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameSiteChangesNothing() {
        SiteDiff.Plan plan = SiteDiff.plan(Map.of("en/x.html", A, "css/hub.css", B), Map.of("en/x.html", A, "css/hub.css", B), Set.of());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.invalidations()).isEmpty();
    }

    @Test
    void changedAndNewFilesAreUploadedPagesLast() {
        SiteDiff.Plan plan = SiteDiff.plan(
                Map.of("en/x.html", B, "en/y.html", A, "pagefind/pagefind-entry.json", B, "pagefind/f/1.pf_fragment", A, "css/hub.css", A),
                Map.of("en/x.html", A, "en/y.html", A, "css/hub.css", A), Set.of());
        assertThat(plan.uploads()).containsExactly("pagefind/f/1.pf_fragment", "en/x.html", "pagefind/pagefind-entry.json");
        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.invalidations()).containsExactly("/pagefind/f/1.pf_fragment", "/en/x.html", "/pagefind/pagefind-entry.json");
    }

    @Test
    void removedFilesAreDeletedExceptThoseKept() {
        SiteDiff.Plan plan = SiteDiff.plan(Map.of("en/x.html", A),
                Map.of("en/x.html", A, "en/gone.html", A, "staff/config.json", B), Set.of("staff/config.json"));
        assertThat(plan.uploads()).isEmpty();
        assertThat(plan.deletes()).containsExactly("en/gone.html");
        assertThat(plan.invalidations()).containsExactly("/en/gone.html");
    }

    @Test
    void aStoredHashOfAnotherFormIsSentAgain() {
        // A multipart upload's ETag is not an MD5 of the bytes: the file is uploaded once more.
        SiteDiff.Plan plan = SiteDiff.plan(Map.of("big.js", A), Map.of("big.js", A + "-2"), Set.of());
        assertThat(plan.uploads()).containsExactly("big.js");
        assertThat(SiteDiff.plan(Map.of("x.css", A), Map.of("x.css", A.toUpperCase()), Set.of()).isEmpty()).isTrue();
    }

    @Test
    void folderPagesAreForgottenAtEveryAddressTheyAreReadAt() {
        assertThat(SiteDiff.viewerPaths("index.html")).containsExactly("/index.html", "/");
        assertThat(SiteDiff.viewerPaths("fr/index.html")).containsExactly("/fr/index.html", "/fr/", "/fr");
        assertThat(SiteDiff.viewerPaths("fr/guides/x.html")).containsExactly("/fr/guides/x.html");
    }

    @Test
    void hashesAreTheMd5OfEachFileByKey(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/x.html"), "a");
        Files.writeString(site.resolve("robots.txt"), "b");
        // The MD5 of "a", as S3 would give it as the ETag.
        assertThat(SiteDiff.hashes(site)).containsExactly(Map.entry("en/x.html", "0cc175b9c0f1b6a831c399e269772661"),
                Map.entry("robots.txt", B));
    }
}
