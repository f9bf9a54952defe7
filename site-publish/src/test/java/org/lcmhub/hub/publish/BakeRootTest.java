package org.lcmhub.hub.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakeRootTest {
    private static final FileTime THEN = FileTime.from(Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void aFreshCopyKeepsTheSourceTimesSoUndatedPagesBakeTheSame(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("source");
        write(source.resolve("content/en/about.md"), "about");
        Files.setLastModifiedTime(source.resolve("content/en/about.md"), THEN);
        Files.createDirectories(source.resolve("site"));
        Files.createDirectories(source.resolve("node_modules"));

        Path root = new BakeRoot(dir.resolve("bake"), source).prepare(Map.of());

        assertThat(Files.getLastModifiedTime(root.resolve("content/en/about.md"))).isEqualTo(THEN);
        assertThat(Files.isSymbolicLink(root.resolve("site"))).isTrue();
        assertThat(Files.readSymbolicLink(root.resolve("node_modules"))).isEqualTo(source.resolve("node_modules"));
    }

    @Test
    void overlaysWinOverContentAndWhatLeavesThemLeavesTheBake(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("source");
        write(source.resolve("content/en/guides/x.md"), "from content");
        Path guides = dir.resolve("guides");
        write(guides.resolve("en/guides/x.md"), "from the hub");
        write(guides.resolve("en/guides/y.md"), "only in the hub");
        Path images = dir.resolve("images");
        write(images.resolve("a.png"), "png");
        BakeRoot bake = new BakeRoot(dir.resolve("bake"), source).overlay(guides, "").overlay(images, "img/guides/");

        Path content = bake.prepare(Map.of("en/guides/z.md", "extra".getBytes(StandardCharsets.UTF_8))).resolve("content");
        assertThat(Files.readString(content.resolve("en/guides/x.md"))).isEqualTo("from the hub");
        assertThat(content.resolve("en/guides/y.md")).exists();
        assertThat(content.resolve("img/guides/a.png")).exists();
        assertThat(content.resolve("en/guides/z.md")).exists();

        Files.delete(guides.resolve("en/guides/x.md"));
        Files.delete(guides.resolve("en/guides/y.md"));
        bake.prepare(Map.of());
        assertThat(Files.readString(content.resolve("en/guides/x.md"))).isEqualTo("from content");
        assertThat(content.resolve("en/guides/y.md")).doesNotExist();
        assertThat(content.resolve("en/guides/z.md")).doesNotExist();
    }

    @Test
    void writeReportsAChangeOnlyWhenTheBytesDiffer(@TempDir Path dir) {
        Path file = dir.resolve("a/b.md");
        assertThat(BakeRoot.write(file, new byte[] {1}, THEN)).isTrue();
        assertThat(BakeRoot.write(file, new byte[] {1}, THEN)).isFalse();
        assertThat(BakeRoot.write(file, new byte[] {2}, null)).isTrue();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
