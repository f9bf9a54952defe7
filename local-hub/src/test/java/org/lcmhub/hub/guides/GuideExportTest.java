package org.lcmhub.hub.guides;

import org.lcmhub.hub.publish.GuideFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.testing.Checkout;

/** The round trip: what the hub serves for its guides is what content/ bakes once they are exported. */
class GuideExportTest {

    @Test
    void exportThenBakeGivesTheSamePages(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("checkout");
        copy(Checkout.root().resolve("content"), root.resolve("content"));
        Files.createSymbolicLink(root.resolve("site"), Checkout.root().resolve("site"));
        Files.createSymbolicLink(root.resolve("node_modules"), Checkout.root().resolve("node_modules"));
        Path work = dir.resolve("work");
        Instant at = Instant.parse("2027-03-01T10:00:00Z");
        Guide en = new Guide("en", "exported-guide", "An exported guide", "Round trip.", List.of("team"),
                List.of("community"), "Ana Silva", null, "## Hello\n\nFrom the hub.\n\n![A small square](/img/guides/square.png)\n");
        Guide fr = new Guide("fr", "guide-exporte", "Un guide exporté", "Aller-retour.", List.of("team"),
                List.of("community"), "Ana Silva", "exported-guide", "## Bonjour\n\nDepuis le hub.\n");
        for (Guide g : List.of(en, fr)) {
            Path file = work.resolve("guides").resolve(GuideFiles.path(g));
            Files.createDirectories(file.getParent());
            Files.writeString(file, GuideFiles.markdown(g, true, at));
        }

        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Files.createDirectories(LocalGuideSite.imagesDir(work));
        Files.write(LocalGuideSite.imagesDir(work).resolve("square.png"), png.toByteArray());

        Path served = dir.resolve("served");
        new LocalGuideSite(root, work, served, true).bake();
        assertThat(GuideExport.run(work, root)).containsExactly(Path.of("content/en/guides/exported-guide.md"),
                Path.of("content/fr/guides/guide-exporte.md"), Path.of("content/img/guides/square.png"));
        assertThat(GuideExport.run(work, root)).as("nothing left to write").isEmpty();
        Path baked = dir.resolve("baked");
        SiteBaker.bake(root, baked);

        for (String page : List.of("en/guides/exported-guide.html", "fr/guides/guide-exporte.html", "en/guides.html",
                "en/tags/community.html", "en/feed.xml")) {
            assertThat(Files.readString(baked.resolve(page))).as(page).isEqualTo(Files.readString(served.resolve(page)));
        }
        // Pages without a date are dated by their file, so their order in the sitemap follows the copies.
        assertThat(Files.readAllLines(baked.resolve("sitemap.xml")))
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(served.resolve("sitemap.xml")));
        assertThat(Files.readString(served.resolve("en/guides/exported-guide.html")))
                .contains("An exported guide", "Un guide exporté", "/img/guides/square.png");
        assertThat(baked.resolve("img/guides/square.png")).hasBinaryContent(png.toByteArray());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
