package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An incremental bake must leave exactly the files a whole bake of the same content writes: one
 * model is kept over a series of changes to the checkout's content (a guide added, changed,
 * retagged, given a translation, unpublished, deleted), and after each the served folder is
 * compared byte for byte with a whole bake of that content into a fresh folder.
 */
class IncrementalBakeTest {
    private static Path root;
    private static Path work;

    @BeforeAll
    static void copyCheckout() throws IOException {
        Path checkout = Stream.of(System.getProperty("lcmhub.root"), "..")
                .filter(p -> p != null && !p.isBlank())
                .map(p -> Path.of(p).toAbsolutePath().normalize())
                .filter(p -> Files.isRegularFile(p.resolve("site/jbake.properties")))
                .findFirst().orElseThrow();
        work = Path.of("target", "incremental-bake-test").toAbsolutePath();
        SiteFiles.delete(work);
        root = work.resolve("root");
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("site"), checkout.resolve("site"));
        SiteFiles.copy(checkout.resolve("content"), root.resolve("content"));
    }

    @Test
    void eachIncrementalBakeWritesWhatAWholeBakeWrites() throws IOException {
        SiteModel model = new SiteModel(root, false);
        Path served = work.resolve("served");
        SiteModel.Report first = model.bake(served);
        assertThat(first.full()).isTrue();
        int whole = first.rendered();

        Path en = root.resolve("content/en/guides/pairing-newcomers.md");
        Path fr = root.resolve("content/fr/guides/binomes-nouveaux.md");

        write(en, guide("Pairing newcomers", "en", "pairing-newcomers", "published", "mentoring,onboarding",
                "welcome,support", "How to pair a newcomer with a peer in the first week."));
        SiteModel.Report added = step(model, served, "added");
        assertThat(added.written()).contains("en/guides/pairing-newcomers.html", "en/guides/pairing-newcomers.md",
                "en/guides.html", "en/tags/mentoring.html", "en/roles/welcome.html", "en/feed.xml", "sitemap.xml",
                "guides/sources.json");
        assertThat(added.written()).doesNotContain("en/tags/tools.html", "fr/guides.html");
        assertThat(added.rendered()).isLessThan(whole / 5);

        write(en, guide("Pairing newcomers", "en", "pairing-newcomers", "published", "mentoring,onboarding",
                "welcome,support", "A shorter summary, changed."));
        SiteModel.Report changed = step(model, served, "changed");
        assertThat(changed.written()).contains("en/guides/pairing-newcomers.html", "en/tags/mentoring.html");

        write(en, guide("Pairing newcomers", "en", "pairing-newcomers", "published", "tools,wellbeing",
                "team", "A shorter summary, changed."));
        SiteModel.Report retagged = step(model, served, "retagged");
        assertThat(retagged.written()).contains("en/tags/mentoring.html", "en/tags/tools.html",
                "en/roles/welcome.html", "en/roles/team.html");

        write(fr, guide("Des binômes pour les nouveaux", "fr", "pairing-newcomers", "published", "tools",
                "team", "Former des binômes dès la première semaine."));
        SiteModel.Report translated = step(model, served, "translation linked");
        assertThat(translated.written()).contains("fr/guides/binomes-nouveaux.html",
                "en/guides/pairing-newcomers.html", "fr/tags/tools.html");

        write(en, guide("Pairing newcomers", "en", "pairing-newcomers", "draft", "tools,wellbeing",
                "team", "A shorter summary, changed."));
        SiteModel.Report unpublished = step(model, served, "unpublished");
        assertThat(unpublished.deleted()).contains("en/guides/pairing-newcomers.html", "en/guides/pairing-newcomers.md");
        assertThat(served.resolve("en/guides/pairing-newcomers.html")).doesNotExist();

        Files.delete(fr);
        SiteModel.Report deleted = step(model, served, "translation deleted");
        assertThat(deleted.deleted()).contains("fr/guides/binomes-nouveaux.html");

        SiteModel.Report nothing = step(model, served, "nothing changed");
        assertThat(nothing.written()).isEmpty();
        assertThat(nothing.deleted()).isEmpty();
    }

    /** Bakes incrementally, then checks the served folder against a whole bake of the same content. */
    private static SiteModel.Report step(SiteModel model, Path served, String what) throws IOException {
        SiteModel.Report report = model.bake(served);
        assertThat(report.full()).as(what).isFalse();
        Path fresh = work.resolve("whole");
        SiteFiles.delete(fresh);
        SiteBaker.bake(root, fresh, SiteBaker.Engine.FAST);
        List<String> expected = SiteModel.files(fresh);
        assertThat(SiteModel.files(served)).as(what + ": the files").containsExactlyElementsOf(expected);
        List<String> differ = new ArrayList<>();
        for (String path : expected) {
            if (!Arrays.equals(Files.readAllBytes(fresh.resolve(path)), Files.readAllBytes(served.resolve(path)))) {
                differ.add(path);
            }
        }
        assertThat(differ).as(what + ": files whose bytes differ from a whole bake").isEmpty();
        return report;
    }

    private static String guide(String title, String lang, String key, String status, String tags, String roles,
                                String summary) {
        return String.join("\n", "title=" + title, "type=guide", "status=" + status, "language=" + lang,
                "translationKey=" + key, "summary=" + summary, "author=Ada Martin", "date=2026-11-30",
                "tags=" + tags, "roles=" + roles, "~~~~~~", "", "A first paragraph about " + title + ".", "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
