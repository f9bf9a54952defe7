package org.lcmhub.dashboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.matching.model.PairRef;

/**
 * What a cohort's figures are computed from: its enrolled learners (without their address), their
 * check-ins (without free text), last contacts, mentors and never-again pairs, the mentors' names,
 * and whether the cohort had personal plans. Kept next to the figures, it lets a view bring them
 * up to date by reading again only the learners a write changed ({@link #patch}), and judge every
 * learner again as the clock moves without reading any of them. Learners who are not enrolled
 * count in no figure, so they are not kept.
 *
 * @param namesAt when the mentors' names were last read (they are read again after {@code NAMES_LIFE})
 */
record FiguresModel(List<Learner> learners, List<WeeklyCheckIn> checkIns, Map<String, Instant> lastContact,
                    Map<String, String> mentorOf, Set<PairRef> neverAgain, Map<String, String> mentorNames,
                    boolean plans, Instant namesAt) {

    /** From a read of the cohort (or of some of its learners): its enrolled learners only. */
    static FiguresModel of(CohortRecords.Records r, Map<String, String> mentorNames, boolean plans, Instant namesAt) {
        Set<String> enrolled = new HashSet<>();
        List<Learner> learners = new ArrayList<>();
        r.learners().stream().filter(l -> l.status() == LearnerStatus.ENROLLED).forEach(l -> {
            enrolled.add(l.learnerId());
            learners.add(withoutAddress(l));
        });
        List<WeeklyCheckIn> checkIns = r.checkIns().stream().filter(c -> enrolled.contains(c.learnerId()))
                .map(FiguresModel::withoutText).toList();
        return new FiguresModel(learners, checkIns, only(r.lastContact(), enrolled), only(r.mentorOf(), enrolled),
                r.neverAgain(), mentorNames, plans, namesAt);
    }

    /** The cohort's records as the dashboard reads them. */
    CohortRecords.Records records() {
        return new CohortRecords.Records(learners, checkIns, List.of(), lastContact, mentorOf, neverAgain);
    }

    /**
     * This model with the learners {@code ids} as read again in {@code fresh} (a learner of
     * {@code ids} not enrolled in it, or not found, leaves the model), in the whole read's order:
     * sign-up time, then id. {@code neverAgain}: those learners' never-again pairs, when read again.
     */
    FiguresModel patch(Collection<String> ids, CohortRecords.Records fresh, Map<String, Set<PairRef>> neverAgainOf) {
        Set<String> changed = new HashSet<>(ids);
        FiguresModel in = of(fresh, Map.of(), plans, namesAt);
        List<Learner> learners = new ArrayList<>(this.learners.stream()
                .filter(l -> !changed.contains(l.learnerId())).toList());
        in.learners().stream().filter(l -> changed.contains(l.learnerId())).forEach(learners::add);
        learners.sort(Comparator.comparing((Learner l) -> l.createdAt().toEpochMilli()).thenComparing(Learner::learnerId));
        List<WeeklyCheckIn> checkIns = new ArrayList<>(this.checkIns.stream()
                .filter(c -> !changed.contains(c.learnerId())).toList());
        in.checkIns().stream().filter(c -> changed.contains(c.learnerId())).forEach(checkIns::add);
        Map<String, Instant> contacts = replaced(lastContact, in.lastContact(), changed);
        Map<String, String> mentors = replaced(mentorOf, in.mentorOf(), changed);
        Set<PairRef> never = new HashSet<>(neverAgain);
        neverAgainOf.forEach((learnerId, pairs) -> {
            never.removeIf(p -> p.learnerId().equals(learnerId));
            never.addAll(pairs);
        });
        // Names of mentors new to the model are read when the figures are computed (DashboardService).
        return new FiguresModel(learners, checkIns, contacts, mentors, never, mentorNames, plans, namesAt);
    }

    /**
     * This model with the mentors' names as the verdicts last used them, read at {@code at}, and
     * whether the cohort has personal plans or 1:1 reports now.
     */
    FiguresModel with(Map<String, String> names, Instant at, boolean hasPlans) {
        return names.equals(mentorNames) && at.equals(namesAt) && hasPlans == plans ? this
                : new FiguresModel(learners, checkIns, lastContact, mentorOf, neverAgain, names, hasPlans, at);
    }

    private static <V> Map<String, V> replaced(Map<String, V> old, Map<String, V> fresh, Set<String> changed) {
        Map<String, V> out = new HashMap<>(old);
        changed.forEach(out::remove);
        fresh.forEach((id, v) -> {
            if (changed.contains(id)) {
                out.put(id, v);
            }
        });
        return out;
    }

    private static <V> Map<String, V> only(Map<String, V> map, Set<String> ids) {
        Map<String, V> out = new HashMap<>();
        map.forEach((id, v) -> {
            if (ids.contains(id)) {
                out.put(id, v);
            }
        });
        return out;
    }

    private static Learner withoutAddress(Learner l) {
        return new Learner(l.learnerId(), l.name(), null, l.pathId(), l.cohortId(), l.language(), l.timezone(),
                l.goals(), l.hoursPerWeek(), l.status(), null, l.createdAt(), l.enrolledAt());
    }

    private static WeeklyCheckIn withoutText(WeeklyCheckIn c) {
        return new WeeklyCheckIn(c.learnerId(), c.cohortId(), c.week(), c.progress(), c.stepReached(), c.hoursSpent(),
                c.mood(), null, c.needHelp(), null, c.submittedAt());
    }

    /** The layout {@link #write} gives; a model stored in another is not read (the cohort is read in full). */
    static final int FORMAT = 4; // 4: each learner's enrolledAt (or null) after their sign-up's time

    /**
     * Compact JSON: one array per learner and per check-in, instants as seconds and nanoseconds,
     * written and read as a stream (no tree of a large cohort's 30,000 values is built), so that a
     * view after a write spends little of its time on the model.
     */
    String write() {
        java.io.StringWriter out = new java.io.StringWriter(64 * 1024 + checkIns.size() * 96);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeArrayFieldStart("learners");
            for (Learner l : learners) {
                g.writeStartArray();
                g.writeString(l.learnerId());
                g.writeString(l.name());
                g.writeString(l.pathId());
                g.writeString(l.cohortId());
                g.writeString(l.language().code());
                g.writeString(l.timezone());
                g.writeString(l.goals());
                if (l.hoursPerWeek() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(l.hoursPerWeek());
                }
                instant(g, l.createdAt());
                if (l.enrolledAt() == null) {
                    g.writeNull(); // signed up to a seat: the sign-up is their start
                } else {
                    instant(g, l.enrolledAt());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checkIns");
            for (WeeklyCheckIn c : checkIns) {
                g.writeStartArray();
                g.writeString(c.learnerId());
                g.writeNumber(c.week().year());
                g.writeNumber(c.week().week());
                g.writeNumber(c.progress());
                if (c.stepReached() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(c.stepReached());
                }
                g.writeNumber(c.hoursSpent());
                g.writeNumber(c.mood());
                g.writeBoolean(c.needHelp());
                instant(g, c.submittedAt());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("lastContact");
            for (Map.Entry<String, Instant> e : lastContact.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeStartArray();
                instant(g, e.getValue());
                g.writeEndArray();
            }
            g.writeEndObject();
            strings(g, "mentorOf", mentorOf);
            g.writeArrayFieldStart("neverAgain");
            for (PairRef p : neverAgain) {
                g.writeStartArray();
                g.writeString(p.learnerId());
                g.writeString(p.mentorId());
                g.writeEndArray();
            }
            g.writeEndArray();
            strings(g, "mentorNames", mentorNames);
            g.writeBooleanField("plans", plans);
            g.writeArrayFieldStart("namesAt");
            instant(g, namesAt);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("The figures' model could not be written", e);
        }
        return out.toString();
    }

    private static void strings(JsonGenerator g, String field, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, Instant at) throws IOException {
        g.writeNumber(at.getEpochSecond());
        g.writeNumber(at.getNano());
    }

    /** The model {@link #write} wrote; null when it was written in another layout. */
    static FiguresModel read(String text) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(text)) {
            return new ModelReader(p).read();
        } catch (IOException e) {
            throw new IllegalStateException("The figures' model could not be read", e);
        }
    }

    /** Reads the stream {@link #write} wrote, field by field. */
    private static final class ModelReader {
        private final JsonParser p;
        private final Map<Long, IsoWeek> weeks = new HashMap<>();

        ModelReader(JsonParser p) {
            this.p = p;
        }

        FiguresModel read() throws IOException {
            List<Learner> learners = new ArrayList<>();
            List<Object[]> rawCheckIns = new ArrayList<>();
            Map<String, Instant> contacts = new HashMap<>();
            Map<String, String> mentors = new HashMap<>();
            Set<PairRef> never = new HashSet<>();
            Map<String, String> names = new HashMap<>();
            boolean plans = false;
            Instant namesAt = null;
            expect(p.nextToken(), JsonToken.START_OBJECT);
            // "format" comes first: a model of another layout is not read further.
            if (p.nextToken() != JsonToken.FIELD_NAME || !"format".equals(p.currentName())
                    || p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "learners" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            learners.add(new Learner(text(), text(), null, text(), text(), Language.of(text()), text(),
                                    text(), integer(), LearnerStatus.ENROLLED, null, instant(), instantOrNull()));
                            expect(p.nextToken(), JsonToken.END_ARRAY);
                        }
                    }
                    case "checkIns" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            rawCheckIns.add(new Object[] {text(), week(), integer(), integer(), decimal(), integer(),
                                    bool(), instant()});
                            expect(p.nextToken(), JsonToken.END_ARRAY);
                        }
                    }
                    case "lastContact" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String id = p.currentName();
                            expect(p.nextToken(), JsonToken.START_ARRAY);
                            contacts.put(id, instant());
                            expect(p.nextToken(), JsonToken.END_ARRAY);
                        }
                    }
                    case "mentorOf" -> strings(mentors);
                    case "neverAgain" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            never.add(new PairRef(text(), text()));
                            expect(p.nextToken(), JsonToken.END_ARRAY);
                        }
                    }
                    case "mentorNames" -> strings(names);
                    case "plans" -> plans = p.getBooleanValue();
                    case "namesAt" -> {
                        namesAt = instant();
                        expect(p.nextToken(), JsonToken.END_ARRAY);
                    }
                    default -> p.skipChildren();
                }
            }
            Map<String, String> cohortOf = new HashMap<>();
            learners.forEach(l -> cohortOf.put(l.learnerId(), l.cohortId()));
            List<WeeklyCheckIn> checkIns = new ArrayList<>(rawCheckIns.size());
            for (Object[] c : rawCheckIns) {
                String id = (String) c[0];
                checkIns.add(new WeeklyCheckIn(id, cohortOf.get(id), (IsoWeek) c[1], (Integer) c[2], (Integer) c[3],
                        (Double) c[4], (Integer) c[5], null, (Boolean) c[6], null, (Instant) c[7]));
            }
            return new FiguresModel(learners, checkIns, contacts, mentors, never, names, plans, namesAt);
        }

        private void strings(Map<String, String> into) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                into.put(key, p.getValueAsString());
            }
        }

        private String text() throws IOException {
            p.nextToken();
            return p.getValueAsString();
        }

        private Integer integer() throws IOException {
            return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
        }

        private double decimal() throws IOException {
            p.nextToken();
            return p.getDoubleValue();
        }

        private boolean bool() throws IOException {
            p.nextToken();
            return p.getBooleanValue();
        }

        private Instant instantOrNull() throws IOException {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            long seconds = p.getLongValue();
            p.nextToken();
            return Instant.ofEpochSecond(seconds, p.getIntValue());
        }

        private Instant instant() throws IOException {
            p.nextToken();
            long seconds = p.getLongValue();
            p.nextToken();
            return Instant.ofEpochSecond(seconds, p.getIntValue());
        }

        /** A cohort's check-ins are of a few weeks: each is made once. */
        private IsoWeek week() throws IOException {
            p.nextToken();
            int year = p.getIntValue();
            p.nextToken();
            int week = p.getIntValue();
            return weeks.computeIfAbsent(year * 100L + week, k -> new IsoWeek(year, week));
        }

        private static void expect(JsonToken found, JsonToken wanted) throws IOException {
            if (found != wanted) {
                throw new IOException("Expected " + wanted + ", found " + found);
            }
        }
    }
}
