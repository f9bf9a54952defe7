package org.lcmhub.hub.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lcmhub.hub.template.SamTemplate.TableDef;

/**
 * Data saved by hubs that wrote one {@code <table>.jsonl} per table on stop, before the store kept
 * its own journal and snapshot: loaded once into the store, then removed.
 */
public final class LegacyData {
    private LegacyData() {
    }

    /** Whether such files are to be loaded; with {@code fresh} they are discarded instead. */
    public static boolean prepare(Path dataDir, List<TableDef> tables, boolean fresh) throws IOException {
        boolean present = tables.stream().anyMatch(t -> Files.exists(file(dataDir, t)));
        if (present && fresh) {
            remove(dataDir, tables);
            return false;
        }
        return present && !Files.exists(dataDir.resolve("snapshot.jsonl")) && !Files.exists(dataDir.resolve("journal.jsonl"));
    }

    public static void remove(Path dataDir, List<TableDef> tables) throws IOException {
        for (TableDef table : tables) {
            Files.deleteIfExists(file(dataDir, table));
        }
    }

    private static Path file(Path dataDir, TableDef table) {
        return dataDir.resolve(Tables.localName(table) + ".jsonl");
    }
}
