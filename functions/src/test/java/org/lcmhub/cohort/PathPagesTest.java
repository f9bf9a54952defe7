package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;

/** The table of path titles the build writes for {@link PathTitles}, and what the functions read from it. */
class PathPagesTest {
    @TempDir
    Path content;

    private void page(String lang, String file, String header) throws Exception {
        Path dir = Files.createDirectories(content.resolve(lang).resolve("paths"));
        Files.writeString(dir.resolve(file), header + "~~~~~~\n\nBody with title=not a field\n");
    }

    @Test
    void writesEachLanguagesTitlesByPathIdElseTranslationKey() throws Exception {
        page("en", "python.md", "title=Getting started with Python\ntype=path\npathId=python-8-weeks\neffort=4\n");
        page("fr", "python.md", "title=Débuter en Python\ntype=path\ntranslationKey=python-8-weeks\n");
        page("fr", "untitled.md", "type=path\npathId=no-title\n");
        page("fr", "no-id.md", "title=Sans identifiant\ntype=path\n");
        Path out = content.resolve("out/path-titles.json");

        PathPages.main(new String[] {content.toString(), out.toString()});

        Map<String, Map<String, String>> table = Json.MAPPER.readValue(out.toFile(), new TypeReference<>() { });
        assertThat(table).isEqualTo(Map.of("en", Map.of("python-8-weeks", "Getting started with Python"),
                "fr", Map.of("python-8-weeks", "Débuter en Python"), "effort", Map.of("python-8-weeks", "4")));
    }

    @Test
    void noPagesGiveAnEmptyTable() throws Exception {
        Path out = content.resolve("path-titles.json");
        PathPages.main(new String[] {content.resolve("missing").toString(), out.toString()});
        assertThat(Files.readString(out)).isEqualTo("{}");
    }

    /** The table the build wrote from content/ is on the class path, in both languages. */
    @Test
    void theFunctionsCarryTheTitlesOfTheSitesPaths() {
        assertThat(PathTitles.class.getResource(PathTitles.FILE)).isNotNull();
        assertThat(PathTitles.pathTitle("python-8-weeks", Language.EN)).isEqualTo("Getting started with Python in 8 weeks");
        assertThat(PathTitles.pathTitle("python-8-weeks", Language.FR)).isEqualTo("Débuter en Python en 8\u00a0semaines");
        assertThat(PathTitles.pathTitle("rust-basics", Language.FR)).isEqualTo("Rust basics");
        assertThat(PathTitles.effort("python-8-weeks")).isEqualTo(4);
        assertThat(PathTitles.effort("rust-basics")).isNull();
    }
}
