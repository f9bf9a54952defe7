package org.lcmhub.plans;

import static org.lcmhub.mail.Messages.letter;
import static org.lcmhub.mail.Messages.t;

import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.plans.store.PlanStore;

/**
 * The mails of a changed plan, words from the catalogue's {@code mail.plan.*}: the learner (in their
 * language) hears of every change made without them at the keyboard, by their mentor or the LCM
 * team; their mentor (in the mentor's mail language) of the team's. Each lists what changed as a
 * report's summary does ({@link PlanChange}: the same list, the same sentences).
 * {@code mail.report.*}: the learner hears a report on their 1:1 waits for their answer. And
 * {@code mail.report.talkAgain.*}: a report's author hears that the learner asks to talk about it again.
 */
final class PlanMails {
    private final Messages messages;

    PlanMails(Messages messages) {
        this.messages = messages;
    }

    /**
     * To the learner: who changed their plan (their mentor, or {@code lcm}: of the team), what it is
     * now and what changed against {@code before}, and where to read it.
     */
    Mail toLearner(Learner l, String author, boolean lcm, PersonalPlan before, PersonalPlan p) {
        Language language = l.language();
        String text = letter(language, l.name(), paragraphs(
                t(language, lcm ? "mail.plan.text" : "mail.plan.byMentor", words(language, author, l, p)),
                changes(language, before, p),
                // "With its objectives" only when it has some.
                t(language, p.objectives().isEmpty() ? "mail.plan.pageNoObjectives" : "mail.plan.page",
                        Map.of("page", messages.personalLink(language, null, "me-plan")))));
        return new Mail(l.email(), t(language, "mail.plan.subject", Map.of()), text, "plan-changed");
    }

    /**
     * "What changed:" and one line a change, each the sentence a report's summary gives on the
     * pages; null when the version changed nothing.
     */
    static String changes(Language language, PersonalPlan before, PersonalPlan now) {
        List<PlanChange> changes = PlanChange.between(before, now);
        if (changes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(t(language, "mail.plan.changes", Map.of()));
        changes.forEach(c -> out.append("\n").append(t(language, "mail.plan.change", Map.of("change", c.words(language)))));
        return out.toString();
    }

    /** The paragraphs that say something: a change that changed nothing has no list. */
    private static String[] paragraphs(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs).filter(java.util.Objects::nonNull).toArray(String[]::new);
    }

    /**
     * To the learner: {@code r}'s author wrote a report on their 1:1, and where to read and answer it
     * (My page is the only place that asks). {@code changed}: the plan the report changed (made on
     * {@code before}), said here with what changed: the learner gets one mail, not two.
     * {@code noMeeting}: the report's date is no meeting of the learner's series.
     */
    Mail reportFiled(Learner l, SessionReport r, PersonalPlan before, PersonalPlan changed, boolean noMeeting) {
        Language language = l.language();
        boolean lcm = PlanStore.Author.LCM.equals(r.authorRole());
        // The 1:1's day on the learner's clock, as My page names it (a Tuesday evening in Paris is
        // Wednesday in Auckland).
        Map<String, Object> params = new java.util.HashMap<>(Map.of("date",
                language.day(PlanViews.learnerDate(r, java.time.ZoneId.of(l.timezone())))));
        String key;
        if (r.authorName() == null) {
            key = lcm ? "lcmUnnamed" : "mentorUnnamed";
        } else {
            params.put("author", r.authorName());
            key = lcm ? "lcm" : "mentor";
        }
        // A date on which the series has no meeting is the report's, not "your 1:1 of" that day.
        String words = noMeeting ? "mail.report.dated." : "mail.report.";
        String wrote = t(language, words + key, params);
        String page = t(language, "mail.report.page", Map.of("page", messages.personalLink(language, null, "me-plan")));
        String text = changed == null ? letter(language, l.name(), wrote, page)
                : letter(language, l.name(), paragraphs(wrote, t(language, "mail.report.planChanged",
                        Map.of("hours", changed.weeklyHours(), "end", language.day(changed.endDate()))),
                        changes(language, before, changed), page));
        return new Mail(l.email(), t(language, words + "subject", params), text, "report-filed");
    }

    /** To the learner's mentor: the plan of their mentee changed without them, and where to read it. */
    Mail toMentor(Mentor m, Learner l, String author, PersonalPlan before, PersonalPlan p) {
        Language language = m.mailLanguage();
        String text = letter(language, m.name(), paragraphs(
                t(language, "mail.plan.mentor.text", words(language, author, l, p)), changes(language, before, p),
                t(language, "mail.plan.mentor.page", Map.of("page", messages.mentorPage(language)))));
        return new Mail(m.email(), t(language, "mail.plan.mentor.subject", Map.of("learner", l.name())), text,
                "plan-changed-mentor");
    }

    /**
     * To a report's author ({@code lcm}: an LCM of the cohort), in {@code language}: the learner asks
     * to talk about it again, and where to read it (the mentor page, or the cohort's dashboard).
     */
    Mail askedAgain(String to, Language language, String name, boolean lcm, Learner l, SessionReport r) {
        String page = lcm ? messages.dashboardPage(language, r.cohortId()) : messages.mentorPage(language);
        Map<String, Object> params = Map.of("learner", l.name(), "date", language.day(r.date()), "page", page);
        String text = letter(language, name, t(language, "mail.report.talkAgain.text", params),
                t(language, lcm ? "mail.report.talkAgain.lcm" : "mail.report.talkAgain.mentor", params));
        return new Mail(to, t(language, "mail.report.talkAgain.subject", params), text, "report-talk-again");
    }

    private static Map<String, Object> words(Language language, String author, Learner l, PersonalPlan p) {
        return Map.of("author", author, "learner", l.name(), "hours", p.weeklyHours(), "end", language.day(p.endDate()));
    }
}
