package org.lcmhub.guides;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lcmhub.auth.Caller;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Log;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.LcmTeams;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;

/**
 * Who hears of a guide's review, once the write has committed (a mail that fails is logged and
 * never undoes the review). Sent for review: the LCMs of the teams who may approve it, that is
 * all but who sent it and the set's authors, with a link that opens the set in the editor
 * ({@code ?set=}, which the staff sign-in keeps).
 * A remark or a request for changes: each author, with its words.
 * Published: each author, with the pages' addresses and the review's remarks. Taken off the site: each author of any of
 * its versions, with who did it. Each reads it in their own language, the set's while the hub knows
 * none for them. Nobody is mailed about what they did.
 */
public final class GuideNotices {
    private final LcmTeams teams;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;

    public GuideNotices(LcmTeams teams, Mailer mailer, Messages messages, Clock clock) {
        this.teams = teams;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The set was sent for review by {@code by}; {@code onSite} says which of its guides change a
     * page on the site (the others are new). Returns how many mails were queued.
     */
    public int submitted(ChangeSet set, Caller by, Predicate<Guide> onSite) {
        Guide first = set.guides().get(0);
        Language setLanguage = Language.of(first.language());
        List<GuideMails.Reviewed> guides = set.guides().stream()
                .map(g -> new GuideMails.Reviewed(g.title(), Language.of(g.language()), onSite.test(g))).toList();
        Set<String> authors = lower(set.editorEmails());
        List<LcmTeams.Lcm> lcms;
        try {
            lcms = teams.lcms(LocalDate.now(clock));
        } catch (RuntimeException e) {
            Log.warn("Could not list the LCMs to mail about guide set " + set.id() + ": " + e);
            return 0;
        }
        int sent = 0;
        for (LcmTeams.Lcm lcm : lcms) {
            boolean mayApprove = !lcm.sub().equals(by.sub()) && !set.editors().contains(lcm.sub())
                    && !authors.contains(lcm.email().toLowerCase(Locale.ROOT)) && !lcm.email().equalsIgnoreCase(by.email());
            if (!mayApprove) {
                continue;
            }
            // Each reviewer reads it in their own language, the set's while the hub knows none for them.
            Language language = lcm.language() != null ? lcm.language() : setLanguage;
            String link = messages.link("/" + language.code() + "/staff/guides.html?set=" + set.id());
            if (AfterCommit.send(mailer, () -> GuideMails.review(lcm.email(), lcm.name(), language, who(by, language),
                    guides, link), "mail guide set " + set.id() + " for review")) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * {@code comment} was written on the set (a remark, or a request for changes that sent it back):
     * each of its writers hears it, with its words, who wrote it and a link to the set, but not who
     * wrote it. A suggestion no LCM wrote in yet has no one to tell. Returns how many mails were queued.
     */
    public int commented(ChangeSet set, Comment comment) {
        Guide first = set.guides().get(0);
        Function<String, Language> languageOf = readers(Language.of(first.language()), "guide set " + set.id());
        int sent = 0;
        for (String author : set.editorEmails().stream().sorted().toList()) {
            Language language = languageOf.apply(author);
            String link = messages.link("/" + language.code() + "/staff/guides.html?set=" + set.id());
            if (!author.equalsIgnoreCase(comment.authorEmail()) && AfterCommit.send(mailer, () -> GuideMails.commented(author,
                    set.editorNames().get(author), language, who(comment, language), first.title(), comment, link),
                    "mail the authors of guide set " + set.id() + " a remark")) {
                sent++;
            }
        }
        return sent;
    }

    /** The set was approved by {@code by} as {@code versions}; returns how many mails were queued. */
    public int approved(ChangeSet set, List<GuideVersion> versions, Caller by) {
        return approved(set, versions, by, List.of());
    }

    /**
     * The same; {@code remarks} are the comments of its review, which the mail repeats (a remark
     * written just before approving is otherwise read by no author) and the history keeps.
     */
    public int approved(ChangeSet set, List<GuideVersion> versions, Caller by, List<Comment> remarks) {
        Guide first = set.guides().get(0);
        Function<String, Language> languageOf = readers(Language.of(first.language()), "guide set " + set.id());
        List<GuideMails.Page> pages = versions.stream().map(v -> new GuideMails.Page(v.guide().title(),
                messages.link("/" + v.guide().language() + "/guides/" + v.guide().slug() + ".html"))).toList();
        int sent = 0;
        for (String author : set.editorEmails().stream().sorted().toList()) {
            Language language = languageOf.apply(author);
            if (!author.equalsIgnoreCase(by.email()) && AfterCommit.send(mailer, () -> GuideMails.published(author,
                    set.editorNames().get(author), language, who(by, language), first.title(), pages, remarks.stream()
                            .map(c -> new GuideMails.Remark(who(c, language), c.text())).toList()), "mail the authors of guide set " + set.id())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * {@code by} took {@code guide} off the site: everyone who wrote one of its {@code versions} hears
     * it, in their own language, but not who did it. Returns how many mails were queued.
     */
    public int unpublished(PublishedGuide guide, List<GuideVersion> versions, Caller by) {
        Function<String, Language> languageOf = readers(Language.of(guide.guide().language()), "guide " + guide.guide().key());
        Set<String> authors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        versions.forEach(v -> authors.addAll(v.authorEmails()));
        // Each author greeted by a name a version of theirs keeps, as the published mail greets them.
        Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        versions.forEach(v -> {
            for (int i = 0; i < v.authorEmails().size(); i++) {
                String name = v.authorNames().get(i);
                if (name != null && !name.isBlank()) {
                    names.put(v.authorEmails().get(i), name);
                }
            }
        });
        int sent = 0;
        for (String author : authors) {
            Language language = languageOf.apply(author);
            String link = messages.link("/" + language.code() + "/staff/guides.html");
            if (!author.equalsIgnoreCase(by.email()) && AfterCommit.send(mailer, () -> GuideMails.unpublished(author, names.get(author), language,
                    who(by, language), guide.guide().title(), link), "mail the authors of guide " + guide.guide().key())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The language each author reads their mails in: the one a team of theirs records, as for the
     * reviewers, else the set's ({@code fallback}) while the hub knows none for them, or when the
     * teams cannot be read (the mail still goes).
     */
    private Function<String, Language> readers(Language fallback, String about) {
        Map<String, Language> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try {
            for (LcmTeams.Lcm lcm : teams.lcms(LocalDate.now(clock))) {
                if (lcm.language() != null) {
                    known.putIfAbsent(lcm.email(), lcm.language());
                }
            }
        } catch (RuntimeException e) {
            Log.warn("Could not read the authors' languages to mail about " + about + ": " + e);
        }
        return email -> known.getOrDefault(email, fallback);
    }

    /**
     * Who acted, as the mail names them: their name with their address, as the invitation mails do,
     * the address alone when their sign-in gave no name, or a plain word when it carried neither.
     */
    private static String who(Caller by, Language language) {
        if (by.email() == null || by.email().isBlank()) {
            return by.name() == null ? GuideMails.someone(language) : by.name();
        }
        return by.name() == null ? by.email() : by.name() + " (" + by.email() + ")";
    }

    /** Who wrote a remark, named as {@link #who(Caller, Language)} names who acted. */
    private static String who(Comment comment, Language language) {
        return who(new Caller(comment.author(), comment.authorEmail(), Set.of(), comment.authorName()), language);
    }

    private static Set<String> lower(Set<String> emails) {
        return emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
