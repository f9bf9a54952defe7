package org.lcmhub.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * @param builtAt when the cohort was last read in full (the model is rebuilt after {@code MODEL_LIFE})
 */
record FiguresModel(List<Learner> learners, List<WeeklyCheckIn> checkIns, Map<String, Instant> lastContact,
                    Map<String, String> mentorOf, Set<PairRef> neverAgain, Map<String, String> mentorNames,
                    boolean plans, Instant builtAt) {

    /** From a read of the cohort (or of some of its learners): its enrolled learners only. */
    static FiguresModel of(CohortRecords.Records r, Map<String, String> mentorNames, boolean plans, Instant builtAt) {
        Set<String> enrolled = new HashSet<>();
        List<Learner> learners = new ArrayList<>();
        r.learners().stream().filter(l -> l.status() == LearnerStatus.ENROLLED).forEach(l -> {
            enrolled.add(l.learnerId());
            learners.add(withoutAddress(l));
        });
        List<WeeklyCheckIn> checkIns = r.checkIns().stream().filter(c -> enrolled.contains(c.learnerId()))
                .map(FiguresModel::withoutText).toList();
        return new FiguresModel(learners, checkIns, only(r.lastContact(), enrolled), only(r.mentorOf(), enrolled),
                r.neverAgain(), mentorNames, plans, builtAt);
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
        FiguresModel in = of(fresh, Map.of(), plans, builtAt);
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
        return new FiguresModel(learners, checkIns, contacts, mentors, never, mentorNames, plans, builtAt);
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
                l.goals(), l.hoursPerWeek(), l.status(), null, l.createdAt());
    }

    private static WeeklyCheckIn withoutText(WeeklyCheckIn c) {
        return new WeeklyCheckIn(c.learnerId(), c.cohortId(), c.week(), c.progress(), c.stepReached(), c.hoursSpent(),
                c.mood(), null, c.needHelp(), null, c.submittedAt());
    }

    /** Compact JSON: one array per learner and per check-in, so that a large cohort stays small. */
    String write() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode ls = root.putArray("learners");
        for (Learner l : learners) {
            ls.addArray().add(l.learnerId()).add(l.name()).add(l.pathId()).add(l.cohortId()).add(l.language().code())
                    .add(l.timezone()).add(l.goals()).add(l.hoursPerWeek()).add(l.createdAt().toString());
        }
        ArrayNode cs = root.putArray("checkIns");
        for (WeeklyCheckIn c : checkIns) {
            cs.addArray().add(c.learnerId()).add(c.week().toString()).add(c.progress()).add(c.stepReached())
                    .add(c.hoursSpent()).add(c.mood()).add(c.needHelp()).add(c.submittedAt().toString());
        }
        ObjectNode contacts = root.putObject("lastContact");
        lastContact.forEach((id, at) -> contacts.put(id, at.toString()));
        ObjectNode mentors = root.putObject("mentorOf");
        mentorOf.forEach(mentors::put);
        ArrayNode never = root.putArray("neverAgain");
        neverAgain.forEach(p -> never.addArray().add(p.learnerId()).add(p.mentorId()));
        ObjectNode names = root.putObject("mentorNames");
        mentorNames.forEach(names::put);
        root.put("plans", plans);
        root.put("builtAt", builtAt.toString());
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The figures' model could not be written", e);
        }
    }

    static FiguresModel read(String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The figures' model could not be read", e);
        }
        List<Learner> learners = new ArrayList<>();
        root.get("learners").forEach(a -> learners.add(new Learner(a.get(0).asText(), a.get(1).textValue(),
                null, a.get(2).textValue(), a.get(3).asText(), Language.of(a.get(4).asText()), a.get(5).asText(),
                a.get(6).textValue(), a.get(7).isNull() ? null : a.get(7).asInt(), LearnerStatus.ENROLLED, null,
                Instant.parse(a.get(8).asText()))));
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        Map<String, String> cohortOf = new HashMap<>();
        learners.forEach(l -> cohortOf.put(l.learnerId(), l.cohortId()));
        root.get("checkIns").forEach(a -> checkIns.add(new WeeklyCheckIn(a.get(0).asText(),
                cohortOf.get(a.get(0).asText()), IsoWeek.parse(a.get(1).asText()).orElseThrow(), a.get(2).asInt(),
                a.get(3).isNull() ? null : a.get(3).asInt(), a.get(4).asDouble(), a.get(5).asInt(), null,
                a.get(6).asBoolean(), null, Instant.parse(a.get(7).asText()))));
        Map<String, Instant> contacts = new HashMap<>();
        root.get("lastContact").fields().forEachRemaining(e -> contacts.put(e.getKey(), Instant.parse(e.getValue().asText())));
        Map<String, String> mentors = new HashMap<>();
        root.get("mentorOf").fields().forEachRemaining(e -> mentors.put(e.getKey(), e.getValue().asText()));
        Set<PairRef> never = new HashSet<>();
        root.get("neverAgain").forEach(a -> never.add(new PairRef(a.get(0).asText(), a.get(1).asText())));
        Map<String, String> names = new HashMap<>();
        root.get("mentorNames").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().textValue()));
        return new FiguresModel(learners, checkIns, contacts, mentors, never, names, root.get("plans").asBoolean(),
                Instant.parse(root.get("builtAt").asText()));
    }
}
