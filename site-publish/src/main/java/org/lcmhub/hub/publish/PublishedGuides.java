package org.lcmhub.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;

/**
 * The guides published from the hub as the files the site is baked from: one Markdown file per
 * guide under {@code guides/<lang>/guides/} (an unpublished one as {@code status=draft}) and
 * their images under {@code images/}. The local hub and the publish function both write them
 * from the store, so both bake the same pages.
 */
public final class PublishedGuides {
    /** Where images land under content/: JBake copies files that are not documents as they are. */
    public static final String IMAGES_IN_CONTENT = org.lcmhub.guides.GuideImages.PATH.substring(1);
    private final Path guidesDir;
    private final Path imagesDir;

    public PublishedGuides(Path guidesDir, Path imagesDir) {
        this.guidesDir = guidesDir;
        this.imagesDir = imagesDir;
    }

    public Path guidesDir() {
        return guidesDir;
    }

    public Path imagesDir() {
        return imagesDir;
    }

    /** A bake root writing {@code target} from {@code source}'s site and content, these guides and images over it. */
    public BakeRoot bakeRoot(Path target, Path source) {
        return new BakeRoot(target, source).overlay(guidesDir, "").overlay(imagesDir, IMAGES_IN_CONTENT);
    }

    /** Writes one guide's file (dated by its publication, see {@link BakeRoot}); true when it changed. */
    public boolean write(PublishedGuide p) {
        byte[] text = GuideFiles.markdown(p.guide(), p.live(), p.publishedAt()).getBytes(StandardCharsets.UTF_8);
        return BakeRoot.write(guidesDir.resolve(GuideFiles.path(p.guide())), text, FileTime.from(p.publishedAt()));
    }

    public boolean write(GuideImage image) {
        return BakeRoot.write(imagesDir.resolve(image.name()), image.bytes(), null);
    }

    /** Makes the files those of the store's published guides; true when any file changed. */
    public boolean syncFrom(GuideStore store, GuideImageStore images) {
        Set<Path> wanted = new HashSet<>();
        boolean changed = false;
        List<PublishedGuide> published = store.published();
        for (PublishedGuide p : published) {
            wanted.add(guidesDir.resolve(GuideFiles.path(p.guide())));
            changed |= write(p);
        }
        if (images != null) {
            changed |= syncImages(store, images, published);
        }
        return changed | deleteOthers(wanted);
    }

    /**
     * The images of every change set that published a version of a hub guide: a guide's body may
     * refer to an image of an earlier set (a restored version), and the bake refuses a missing one.
     */
    private boolean syncImages(GuideStore store, GuideImageStore images, List<PublishedGuide> published) {
        Set<String> sets = new HashSet<>();
        for (PublishedGuide p : published) {
            store.versions(p.guide().language(), p.guide().slug()).forEach(v -> sets.add(v.changeSetId()));
        }
        boolean changed = false;
        for (String set : sets) {
            for (GuideImage image : images.all(set, true)) {
                changed |= write(image);
            }
        }
        return changed;
    }

    private boolean deleteOthers(Set<Path> wanted) {
        if (!Files.isDirectory(guidesDir)) {
            return false;
        }
        boolean changed = false;
        try (Stream<Path> files = Files.walk(guidesDir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !wanted.contains(f)).toList()) {
                Files.delete(f);
                changed = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }
}
