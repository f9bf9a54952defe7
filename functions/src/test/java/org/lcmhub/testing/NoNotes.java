package org.lcmhub.testing;

import java.time.Instant;
import java.util.List;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;

/** A cohort's team that has written no note: no contact ever clears anything. */
public final class NoNotes implements NoteStore {
    public static final NoteStore STORE = new NoNotes();

    private NoNotes() {
    }

    @Override
    public void add(Note note) {
    }

    @Override
    public void follow(String learnerId, String from, String to) {
        // no notes to file anywhere
    }

    @Override
    public Instant lastContact(String learnerId) {
        return null;
    }

    @Override
    public Page list(String cohortId, String learnerId, String cursor, int limit) {
        return new Page(List.of(), null);
    }
}
