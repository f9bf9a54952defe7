package org.lcmhub.guides;

import static org.lcmhub.mail.Messages.letter;
import static org.lcmhub.mail.Messages.t;

import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.mail.Mail;

/**
 * The mails of the guides' review, words from the catalogue's {@code mail.guideReview.*} and
 * {@code mail.guidePublished.*}, {@code mail.guideUnpublished.*}: to an LCM who may review a set just
 * sent for review, to each author once it is published, and once it is taken off the site. A reviewer
 * reads theirs in their own language (the set's while the hub knows none); an author, in the set's.
 */
final class GuideMails {
    private GuideMails() {
    }

    /** A page of the set as the approval mail lists it: its title and its address on the site. */
    record Page(String title, String url) {
    }

    /** Who acted, when their sign-in carried no address. */
    static String someone(Language language) {
        return t(language, "mail.guideReview.someone", Map.of());
    }

    /** A guide of a set sent for review: its title, its language, whether it changes a page on the site. */
    record Reviewed(String title, Language language, boolean onSite) {
    }

    /**
     * To a fellow LCM ({@code name}: as their team records it, null: none, "Hello,"): {@code who} (an
     * address) sent {@code guides} for review, read at {@code link}.
     * Every guide is named with its language, new or a change to the page on the site: a change to
     * a live page is not read as a new guide, and a translation is not missed.
     */
    static Mail review(String to, String name, Language language, String who, List<Reviewed> guides, String link) {
        Reviewed first = guides.get(0);
        Map<String, Object> params = Map.of("author", who, "title", first.title());
        boolean changes = guides.stream().allMatch(Reviewed::onSite);
        String subject = guides.size() > 1 ? (changes ? "mail.guideReview.subjectSetChange" : "mail.guideReview.subjectSet")
                : changes ? "mail.guideReview.subjectChange" : "mail.guideReview.subject";
        StringBuilder list = new StringBuilder(t(language, "mail.guideReview.sent", params));
        guides.forEach(g -> list.append("\n").append(t(language, g.onSite() ? "mail.guideReview.change" : "mail.guideReview.new",
                Map.of("title", g.title(), "language", t(language, "mail.guideReview.in." + g.language().code(), Map.of())))));
        return new Mail(to, t(language, subject, params),
                letter(language, name, list.toString(),
                        t(language, guides.size() > 1 ? "mail.guideReview.rule.other" : "mail.guideReview.rule.one", params),
                        t(language, guides.size() > 1 ? "mail.guideReview.linkSet" : "mail.guideReview.link", params) + "\n" + link),
                "guide-review");
    }

    /** A remark of a review as a mail repeats it: who wrote it (as named to people) and its words. */
    record Remark(String who, String text) {
    }

    /** To an author: {@code reviewer} (an address) approved the set; each page published, with its address. */
    static Mail published(String to, Language language, String reviewer, String title, List<Page> pages) {
        return published(to, null, language, reviewer, title, pages, List.of());
    }

    /**
     * The same to the author named {@code name} (null: "Hello,"), with the {@code remarks} of the
     * review, in the order they were written.
     */
    static Mail published(String to, String name, Language language, String reviewer, String title, List<Page> pages,
                          List<Remark> remarks) {
        Map<String, Object> params = Map.of("reviewer", reviewer, "title", title);
        StringBuilder lines = new StringBuilder(t(language, "mail.guidePublished.pages", params));
        pages.forEach(p -> lines.append("\n").append(t(language, "mail.guidePublished.page",
                Map.of("title", p.title(), "link", p.url()))));
        List<String> paragraphs = new java.util.ArrayList<>(List.of(t(language, "mail.guidePublished.text", params),
                lines.toString()));
        if (!remarks.isEmpty()) {
            paragraphs.add(t(language, "mail.guidePublished.remarks", params));
            remarks.forEach(r -> paragraphs.add(t(language, "mail.guidePublished.remark", Map.of("who", r.who()))
                    + "\n" + quoted(language, r.text())));
        }
        return new Mail(to, t(language, "mail.guidePublished.subject", params),
                letter(language, name, paragraphs.toArray(String[]::new)), "guide-published");
    }

    /**
     * To an author ({@code name}: their sign-in's, null: none): {@code who} wrote {@code comment} on their set ({@code title}: its first guide),
     * a remark or a request for changes that sent the set back; {@code link} opens the set.
     */
    static Mail commented(String to, String name, Language language, String who, String title, Comment comment,
                          String link) {
        boolean changes = "changes".equals(comment.kind());
        Map<String, Object> params = Map.of("who", who, "title", title);
        return new Mail(to, t(language, changes ? "mail.guideComment.subjectChanges" : "mail.guideComment.subject", params),
                letter(language, name, t(language, changes ? "mail.guideComment.changes" : "mail.guideComment.text", params)
                        + "\n" + quoted(language, comment.text()), t(language, "mail.guideComment.link", params) + "\n" + link),
                "guide-comment");
    }

    /**
     * A reader's words set apart in a plain-text mail, line by line, as mail programs quote (the
     * mark is the catalogue's, as every character between words is); a blank line keeps the mark alone.
     */
    private static String quoted(Language language, String text) {
        return String.join("\n", text.lines()
                .map(l -> t(language, "mail.quotedLine", Map.of("line", l)).stripTrailing()).toList());
    }

    /**
     * To an author ({@code name}: as a version they wrote keeps it, null: none): {@code who} (an
     * address) took {@code title} off the site; {@code link} the guide editor.
     */
    static Mail unpublished(String to, String name, Language language, String who, String title, String link) {
        Map<String, Object> params = Map.of("who", who, "title", title);
        return new Mail(to, t(language, "mail.guideUnpublished.subject", params),
                letter(language, name, t(language, "mail.guideUnpublished.text", params),
                        t(language, "mail.guideUnpublished.link", params) + "\n" + link), "guide-unpublished");
    }
}
