package org.lcmhub.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;

/** Mentor profiles in a map, with the same keep-assigned and capacity rule as the DynamoDB store. */
public final class InMemoryMentors implements MentorStore {
    private final Map<String, Mentor> mentors = new TreeMap<>();

    @Override
    public synchronized Mentor find(String sub) {
        return mentors.get(sub);
    }

    @Override
    public synchronized Mentor save(Mentor m) {
        Mentor old = mentors.get(m.sub());
        int assigned = old == null ? 0 : old.assigned();
        if (assigned > m.capacity()) {
            throw new CapacityBelowAssigned(assigned);
        }
        Mentor saved = new Mentor(m.sub(), m.email(), m.name(), m.paths(), m.skills(), m.languages(), m.timezone(),
                m.capacity(), assigned, m.paused(), m.availability(), m.updatedAt(), m.mailChoice());
        mentors.put(m.sub(), saved);
        return saved;
    }

    @Override
    public synchronized List<Mentor> all() {
        return List.copyOf(mentors.values());
    }

    /** As a publish would: places {@code n} mentees with the mentor. */
    public synchronized void assign(String sub, int n) {
        Mentor m = mentors.get(sub);
        mentors.put(sub, new Mentor(m.sub(), m.email(), m.name(), m.paths(), m.skills(), m.languages(), m.timezone(),
                m.capacity(), m.assigned() + n, m.paused(), m.availability(), m.updatedAt(), m.mailChoice()));
    }
}
