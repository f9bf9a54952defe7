package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The search side of an incremental bake, with the real Pagefind: the pages it wrote are indexed
 * into the small index, listed so that the whole index's results for them are dropped, and a page
 * unpublished stays listed without being in the small index any more.
 */
class SiteModelSearchTest {

    @Test
    void changedPagesAreIndexedApartAndListed() throws IOException {
        Path checkout = Stream.of(System.getProperty("lcmhub.root"), "..")
                .filter(p -> p != null && !p.isBlank())
                .map(p -> Path.of(p).toAbsolutePath().normalize())
                .filter(p -> Files.isRegularFile(p.resolve("site/jbake.properties")))
                .findFirst().orElseThrow();
        Path work = Path.of("target", "site-model-search-test").toAbsolutePath();
        SiteFiles.delete(work);
        Path root = work.resolve("root");
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("site"), checkout.resolve("site"));
        Files.createSymbolicLink(root.resolve("node_modules"), checkout.resolve("node_modules"));
        SiteFiles.copy(checkout.resolve("content"), root.resolve("content"));
        SiteModel model = new SiteModel(root, true);
        Path served = work.resolve("served");
        assertThat(model.bake(served).full()).isTrue();
        assertThat(served.resolve("pagefind/pagefind-entry.json")).exists();
        // The search finds an empty list of changed pages rather than a 404.
        JsonNode none = new ObjectMapper().readTree(served.resolve(SiteModel.DELTA + "/delta.json").toFile());
        assertThat(none.get("pages")).isEmpty();
        assertThat(none.get("languages")).isEmpty();

        Path guide = root.resolve("content/en/guides/pairing-newcomers.md");
        Files.writeString(guide, guide("published"));
        SiteModel.Report added = model.bake(served);
        assertThat(added.full()).isFalse();
        assertThat(added.written()).contains(SiteModel.DELTA + "/delta.json");
        JsonNode delta = new ObjectMapper().readTree(served.resolve(SiteModel.DELTA + "/delta.json").toFile());
        assertThat(texts(delta.get("pages"))).contains("/en/guides/pairing-newcomers.html", "/en/guides.html");
        assertThat(texts(delta.get("languages"))).containsExactly("en");
        assertThat(fragments(served.resolve(SiteModel.DELTA))).anyMatch(f -> f.contains("quillworts"));
        // The whole index is left as the whole bake wrote it.
        assertThat(added.written()).noneMatch(p -> p.startsWith("pagefind/"));

        Files.writeString(guide, guide("draft"));
        SiteModel.Report unpublished = model.bake(served);
        assertThat(unpublished.deleted()).contains("en/guides/pairing-newcomers.html");
        delta = new ObjectMapper().readTree(served.resolve(SiteModel.DELTA + "/delta.json").toFile());
        assertThat(texts(delta.get("pages"))).contains("/en/guides/pairing-newcomers.html");
        assertThat(fragments(served.resolve(SiteModel.DELTA))).noneMatch(f -> f.contains("quillworts"));
    }

    private static String guide(String status) {
        return String.join("\n", "title=Pairing newcomers", "type=guide", "status=" + status, "language=en",
                "translationKey=pairing-newcomers", "summary=How to pair a newcomer with a peer.", "author=Ada Martin",
                "date=2026-11-30", "tags=mentoring", "roles=welcome", "~~~~~~", "", "Pairs, like quillworts, grow together.", "");
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }

    /** The text of each page in a Pagefind index (its fragments are gzipped JSON). */
    private static List<String> fragments(Path index) throws IOException {
        List<String> all = new ArrayList<>();
        if (!Files.isDirectory(index)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pf_fragment")).toList()) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
                    all.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all;
    }
}
