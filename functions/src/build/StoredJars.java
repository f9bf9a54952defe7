import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the library jars inside a function's zip with their entries stored, not compressed
 * (run by Maven after the zips are assembled: `java StoredJars.java a.zip b.zip…`).
 *
 * <p>Why: a jar compresses each class on its own, and a zip of jars cannot compress them further
 * (10% at most). Stored, a jar's classes are compressed together as one file by the zip around it,
 * which finds what classes share (the SDK's model classes share most of their bytes): a function's
 * zip is about a third smaller, and `sam build`, which unzips it and zips the folder again, keeps
 * the gain. Lambda then reads classes without inflating them. Each entry keeps its bytes, so signed
 * jars stay valid; each jar keeps its time and permissions in the zip.
 */
public final class StoredJars {
    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        for (String zip : args) {
            repack(Path.of(zip));
        }
    }

    static void repack(Path zip) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
            List<Path> jars;
            try (Stream<Path> all = Files.walk(fs.getPath("/"))) {
                jars = all.filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).toList();
            }
            for (Path jar : jars) {
                FileTime time = Files.getLastModifiedTime(jar);
                PosixFileAttributeView view = Files.getFileAttributeView(jar, PosixFileAttributeView.class);
                Set<PosixFilePermission> permissions = view == null ? null : view.readAttributes().permissions();
                Files.write(jar, stored(Files.readAllBytes(jar)));
                Files.setLastModifiedTime(jar, time);
                if (permissions != null) {
                    view.setPermissions(permissions);
                }
            }
        }
    }

    /** The same jar, every entry stored, in the same order with the same times. */
    static byte[] stored(byte[] jar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jar.length * 3);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            copy.setMethod(ZipOutputStream.STORED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = readAll(in);
                ZipEntry s = new ZipEntry(e.getName());
                s.setTime(e.getTime());
                s.setMethod(ZipEntry.STORED);
                s.setSize(bytes.length);
                s.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                s.setCrc(crc.getValue());
                copy.putNextEntry(s);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
