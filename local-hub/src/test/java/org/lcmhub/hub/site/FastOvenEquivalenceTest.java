package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.testing.Checkout;

/**
 * The hub's bake must give the pages JBake's stock Oven gives: both bake the real site/ and
 * content/ (and a copy with generated guides), and every file must match, whitespace aside.
 */
class FastOvenEquivalenceTest {

    @Test
    void realSiteBakesToTheSamePagesAsTheStockOven(@TempDir Path out) throws IOException {
        assertSameBake(Checkout.root(), out);
    }

    @Test
    void generatedGuidesBakeToTheSamePagesAsTheStockOven(@TempDir Path work) throws IOException {
        BakeBench.generate(Checkout.root(), work.resolve("site-root"), 30);
        assertSameBake(work.resolve("site-root"), work);
    }

    private static void assertSameBake(Path root, Path out) throws IOException {
        Path stock = out.resolve("stock");
        Path fast = out.resolve("fast");
        SiteBaker.bake(root, stock, SiteBaker.Engine.STOCK);
        SiteBaker.bake(root, fast, SiteBaker.Engine.FAST);

        List<String> stockFiles = files(stock);
        assertThat(stockFiles).isNotEmpty();
        assertThat(files(fast)).isEqualTo(stockFiles);
        for (String file : stockFiles) {
            assertThat(withoutWhitespace(fast.resolve(file))).as(file)
                    .isEqualTo(withoutWhitespace(stock.resolve(file)));
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }

    private static String withoutWhitespace(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("\\s+", "");
    }
}
