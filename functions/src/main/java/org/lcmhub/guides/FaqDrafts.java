package org.lcmhub.guides;

import java.util.List;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.community.CommunityService;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.ModerationService;
import org.lcmhub.domain.Language;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Guide;

/**
 * Turns a cohort's FAQ entry into a draft guide for the publishing workflow: the question becomes
 * the title, the answer the body, in the cohort's language, for the learners of its course path;
 * the LCM then edits the draft (address, topics, any learner's name taken out: guides are public)
 * and sends it for review like any other. The cohort's log records it.
 */
public final class FaqDrafts {
    private final CommunityService community;
    private final ModerationService moderation;
    private final GuideService guides;

    public FaqDrafts(CommunityService community, ModerationService moderation, GuideService guides) {
        this.community = community;
        this.moderation = moderation;
        this.guides = guides;
    }

    public ChangeSet draft(Caller lcm, String cohortId, String entryId) {
        CommunityService.FaqOfCohort found = community.faqEntry(lcm, cohortId, entryId);
        boolean fr = found.cohort().language().isFrench();
        String question = oneLine(found.entry().question());
        String answer = found.entry().answer();
        // Learners asked it: a guide for the learners of the cohort's course path (no LCM roles),
        // its summary the answer's first sentence so the page does not say the answer twice.
        Guide guide = new Guide(fr ? "fr" : "en", slugOf(question), cut(question, GuideRules.MAX_TITLE),
                cut(firstSentence(oneLine(answer)), GuideRules.MAX_SUMMARY), List.of(), List.of("community"),
                fr ? "L’équipe LCM" : "The LCM team", null, answer, Guide.LEARNER, pathOf(found.cohort().pathId()));
        ChangeSet set = guides.create(lcm.sub(), lcm.email(), lcm.name(), List.of(guide), java.util.Set.of());
        moderation.logDone(lcm, cohortId, ModerationEntry.FAQ_TO_GUIDE, question);
        return set;
    }

    /** The guide's address from its title: lower-case letters, digits and dashes, at most 60 characters. */
    static String slugOf(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        s = s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "faq" : s;
    }

    /** The cohort's course path, when the site still has it (a guide may name only those). */
    static List<String> pathOf(String pathId) {
        return PathTitles.ids().contains(pathId) ? List.of(pathId) : List.of();
    }

    /** Up to the first full stop, question or exclamation mark followed by a space, or all of it. */
    static String firstSentence(String text) {
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?…](?=\\s)").matcher(text);
        return end.find() ? text.substring(0, end.end()) : text;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
