package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.store.LcmTeams;
import org.lcmhub.mail.Mail;

/** Who is mailed about a guide's review, in which language and with which link; never who acted. */
class GuideNoticesTest {
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Caller ALICE = new Caller("s-alice", "alice@example.org", Set.of(Caller.LCM));
    private static final Caller BRUNO = new Caller("s-bruno", "bruno@example.org", Set.of(Caller.LCM));

    private final List<Mail> sent = new ArrayList<>();
    private final LcmTeams teams = today -> List.of(new LcmTeams.Lcm("s-alice", "alice@example.org"),
            new LcmTeams.Lcm("s-chloe", "chloe@example.org"), new LcmTeams.Lcm("s-bruno", "bruno@example.org"),
            new LcmTeams.Lcm("s-dina", "dina@example.org"));
    private final GuideNotices notices = new GuideNotices(teams, sent::add,
            new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ChangeSet set(ChangeSetState state, Guide... guides) {
        return new ChangeSet("set-1", state, List.of(guides), Set.of("s-alice", "s-chloe"),
                Set.of("alice@example.org", "chloe@example.org"), null, false, 4, NOW, NOW);
    }

    private static Guide guide(String language, String slug, String title) {
        return new Guide(language, slug, title, "A summary", List.of("team"), List.of("community"), "Ana", null, "Text.\n");
    }

    @Test
    void aSetSentForReviewIsMailedToTheLcmsWhoMayApproveItWithALinkToIt() {
        int count = notices.submitted(set(ChangeSetState.IN_REVIEW, guide("en", "late-joiners", "Welcoming late joiners")), ALICE, g -> false);
        // Not who sent it, nor the other author: neither may approve it.
        assertThat(sent).extracting(Mail::to).containsExactly("bruno@example.org", "dina@example.org");
        assertThat(count).isEqualTo(2);
        Mail mail = sent.get(0);
        assertThat(mail.kind()).isEqualTo("guide-review");
        assertThat(mail.subject()).isEqualTo("A guide to review: “Welcoming late joiners”");
        assertThat(mail.text()).contains("alice@example.org sent for review:\n- “Welcoming late joiners”, in English: a new guide",
                "https://hub.example.org/en/staff/guides.html?set=set-1").doesNotContain("s-alice");
    }

    @Test
    void theMailNamesEveryGuideOfTheSetWithItsLanguageAndWhetherItChangesAPageOfTheSite() {
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        notices.submitted(set(ChangeSetState.IN_REVIEW, en, fr), ALICE, g -> g == en);
        Mail mail = sent.get(0);
        assertThat(mail.subject()).isEqualTo("Guides to review: “Welcoming late joiners” and its translation");
        assertThat(mail.text()).contains("- “Welcoming late joiners”, in English: a change to the guide on the site\n"
                + "- “Accueillir les retardataires”, in French: a new guide", "may approve them", "Read them and review them here:");
        sent.clear();
        // Both guides change pages of the site: the subject says changes, not guides.
        notices.submitted(set(ChangeSetState.IN_REVIEW, en, fr), ALICE, g -> true);
        assertThat(sent.get(0).subject()).isEqualTo("Changes to review: “Welcoming late joiners” and its translation");
        sent.clear();
        notices.submitted(set(ChangeSetState.IN_REVIEW, fr), ALICE, g -> true);
        assertThat(sent.get(0).subject()).isEqualTo("Une modification à relire\u00a0: «\u00a0Accueillir les retardataires\u00a0»");
        assertThat(sent.get(0).text()).contains("- «\u00a0Accueillir les retardataires\u00a0», en français\u00a0: une modification du guide en ligne");
    }

    @Test
    void eachReviewerReadsTheMailInTheirOwnLanguageTheSetsWhileTheirsIsUnknown() {
        LcmTeams readers = today -> List.of(new LcmTeams.Lcm("s-bruno", "bruno@example.org", org.lcmhub.domain.Language.FR),
                new LcmTeams.Lcm("s-dina", "dina@example.org", org.lcmhub.domain.Language.EN),
                new LcmTeams.Lcm("s-emma", "emma@example.org"));
        GuideNotices toReaders = new GuideNotices(readers, sent::add,
                new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        toReaders.submitted(set(ChangeSetState.IN_REVIEW, guide("en", "late-joiners", "Welcoming late joiners")), ALICE, g -> false);
        assertThat(sent).extracting(Mail::to).containsExactly("bruno@example.org", "dina@example.org", "emma@example.org");
        assertThat(sent.get(0).subject()).isEqualTo("Un guide à relire\u00a0: «\u00a0Welcoming late joiners\u00a0»");
        assertThat(sent.get(0).text()).startsWith("Bonjour,").contains("en anglais",
                "https://hub.example.org/fr/staff/guides.html?set=set-1");
        assertThat(sent.get(1).subject()).isEqualTo("A guide to review: “Welcoming late joiners”");
        assertThat(sent.get(2).subject()).isEqualTo("A guide to review: “Welcoming late joiners”");
        sent.clear();
        toReaders.submitted(set(ChangeSetState.IN_REVIEW, guide("fr", "retardataires", "Accueillir les retardataires")), ALICE, g -> false);
        assertThat(sent.get(0).text()).startsWith("Bonjour,");
        assertThat(sent.get(1).subject()).isEqualTo("A guide to review: “Accueillir les retardataires”");
        assertThat(sent.get(1).text()).contains("in French", "https://hub.example.org/en/staff/guides.html?set=set-1");
        assertThat(sent.get(2).text()).startsWith("Bonjour,");
    }

    /** A reviewer whose team records their name is greeted by it, as the published mail greets its author. */
    @Test
    void aReviewerIsGreetedByTheNameTheirTeamRecords() {
        LcmTeams readers = today -> List.of(
                new LcmTeams.Lcm("s-bruno", "bruno@example.org", org.lcmhub.domain.Language.FR, "Bruno Costa"),
                new LcmTeams.Lcm("s-dina", "dina@example.org", org.lcmhub.domain.Language.EN, "Dina Haddad"),
                new LcmTeams.Lcm("s-emma", "emma@example.org"));
        GuideNotices toReaders = new GuideNotices(readers, sent::add,
                new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        toReaders.submitted(set(ChangeSetState.IN_REVIEW, guide("en", "late-joiners", "Welcoming late joiners")), ALICE, g -> false);
        assertThat(sent).extracting(m -> m.text().lines().findFirst().orElse(""))
                .containsExactly("Bonjour Bruno Costa,", "Hello Dina Haddad,", "Hello,");
    }

    @Test
    void aFrenchSetIsAnnouncedInFrench() {
        notices.submitted(set(ChangeSetState.IN_REVIEW, guide("fr", "retardataires", "Accueillir les retardataires")), ALICE, g -> false);
        assertThat(sent.get(0).subject()).isEqualTo("Un guide à relire\u00a0: «\u00a0Accueillir les retardataires\u00a0»");
        assertThat(sent.get(0).text()).startsWith("Bonjour,").contains("https://hub.example.org/fr/staff/guides.html?set=set-1");
    }

    @Test
    void onceApprovedEachAuthorIsMailedTheAddressesOfThePublishedPages() {
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        List<GuideVersion> versions = List.of(new GuideVersion(2, en, "s-alice,s-chloe", "s-bruno", NOW, "set-1"),
                new GuideVersion(1, fr, "s-alice,s-chloe", "s-bruno", NOW, "set-1"));
        int count = notices.approved(set(ChangeSetState.PUBLISHED, en, fr), versions, BRUNO);
        assertThat(count).isEqualTo(2);
        assertThat(sent).extracting(Mail::to).containsExactly("alice@example.org", "chloe@example.org");
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo("guide-published");
            assertThat(m.subject()).isEqualTo("Your guide is published: “Welcoming late joiners”");
            assertThat(m.text()).contains("bruno@example.org approved the guide",
                    "https://hub.example.org/en/guides/late-joiners.html", "https://hub.example.org/fr/guides/retardataires.html");
        });
    }

    /** Who sent a set or approved it is named as the team mails name people: their name, with the address. */
    @Test
    void aNamedSenderAndApproverAreNamedByNameAndAddress() {
        Caller alice = new Caller("s-alice", "alice@example.org", Set.of(Caller.LCM), "Alice Martin");
        Caller bruno = new Caller("s-bruno", "bruno@example.org", Set.of(Caller.LCM), "Bruno Costa");
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");

        notices.submitted(set(ChangeSetState.IN_REVIEW, en), alice, g -> false);
        notices.approved(set(ChangeSetState.PUBLISHED, en), List.of(new GuideVersion(1, en, "s-alice", "s-bruno", NOW,
                "set-1")), bruno);

        assertThat(sent.get(0).text()).contains("Alice Martin (alice@example.org) sent for review:");
        assertThat(sent.get(sent.size() - 1).text()).contains("Bruno Costa (bruno@example.org) approved the guide");
    }

    /**
     * A remark reaches each writer of the set but who wrote it, named by name and address, with its
     * words and a link to the set, in the set's language; a request for changes says it sent the set back.
     */
    @Test
    void eachWriterHearsOfARemarkButWhoWroteIt() {
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        ChangeSet set = set(ChangeSetState.IN_REVIEW, fr);
        Comment chloe = new Comment("s-chloe", "chloe@example.org", "Chloé Dubois", "Dites « apprenants ».\nMerci.",
                "comment", NOW);

        int count = notices.commented(set, chloe);

        assertThat(count).isEqualTo(1);
        Mail mail = sent.get(0);
        assertThat(mail.to()).isEqualTo("alice@example.org");
        assertThat(mail.kind()).isEqualTo("guide-comment");
        assertThat(mail.subject()).isEqualTo("Une remarque sur votre guide «\u00a0Accueillir les retardataires\u00a0»");
        assertThat(mail.text()).contains("Chloé Dubois (chloe@example.org) a écrit à propos du guide «\u00a0Accueillir les"
                + " retardataires\u00a0»\u00a0:\n> Dites « apprenants ».\n> Merci.",
                "https://hub.example.org/fr/staff/guides.html?set=set-1").doesNotContain("s-chloe");

        sent.clear();
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        notices.commented(set(ChangeSetState.CHANGES_REQUESTED, en), new Comment("s-bruno", "bruno@example.org", null,
                "Shorter, please.", "changes", NOW));
        assertThat(sent).extracting(Mail::to).containsExactly("alice@example.org", "chloe@example.org");
        assertThat(sent.get(0).subject()).isEqualTo("Changes asked for your guide “Welcoming late joiners”");
        assertThat(sent.get(0).text()).contains("bruno@example.org asks for changes to the guide “Welcoming late joiners”"
                + " and sent it back to its authors:\n> Shorter, please.");
    }

    /** The published mail repeats the review's remarks: one written just before approving is read by the authors. */
    @Test
    void thePublishedMailRepeatsTheRemarksOfTheReview() {
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        Caller chloe = new Caller("s-chloe", "chloe@example.org", Set.of(Caller.LCM), "Chloé Dubois");
        ChangeSet set = new ChangeSet("set-1", ChangeSetState.PUBLISHED, List.of(en), Set.of("s-alice"),
                Set.of("alice@example.org"), null, false, 4, NOW, NOW, Set.of(), java.util.Map.of("alice@example.org",
                "Alice Martin"), null, null);

        notices.approved(set, List.of(new GuideVersion(1, en, "s-alice", "s-chloe", NOW, "set-1")), chloe,
                List.of(new Comment("s-chloe", "chloe@example.org", "Chloé Dubois", "Say “learners”.", "comment", NOW)));

        assertThat(sent).singleElement().satisfies(m -> assertThat(m.text()).startsWith("Hello Alice Martin,").contains(
                "The remarks of its review, also kept in its history:\n\nChloé Dubois (chloe@example.org) wrote:\n"
                        + "> Say “learners”."));
    }

    @Test
    void nobodyIsMailedAboutWhatTheyDidThemselves() {
        // An author who approves is refused by the store; were their address on the set, it is still skipped.
        Caller chloe = new Caller("s-other", "Chloe@example.org", Set.of(Caller.LCM));
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        notices.approved(set(ChangeSetState.PUBLISHED, en), List.of(new GuideVersion(1, en, "s-alice", "s-other", NOW, "set-1")),
                chloe);
        assertThat(sent).extracting(Mail::to).containsExactly("alice@example.org");
    }

    @Test
    void aReviewMailThatCannotBeQueuedNeverFailsTheReview() {
        GuideNotices failing = new GuideNotices(teams, m -> {
            throw new IllegalStateException("queue away");
        }, new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(failing.submitted(set(ChangeSetState.IN_REVIEW, guide("en", "a", "A")), ALICE, g -> false)).isZero();
        GuideNotices noTeams = new GuideNotices(today -> {
            throw new IllegalStateException("table away");
        }, sent::add, new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(noTeams.submitted(set(ChangeSetState.IN_REVIEW, guide("en", "a", "A")), ALICE, g -> false)).isZero();
    }

    @Test
    void aGuideTakenOffTheSiteIsMailedToEveryAuthorOfItsVersionsInItsLanguageNamingWhoDidIt() {
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        List<GuideVersion> versions = List.of(
                new GuideVersion(2, fr, "s-chloe", "s-alice", NOW, "set-2", List.of("Chloe@example.org"), "alice@example.org"),
                new GuideVersion(1, fr, "s-alice,s-dina", "s-bruno", NOW, "set-1",
                        List.of("alice@example.org", "dina@example.org", "chloe@example.org"), "bruno@example.org"));
        int count = notices.unpublished(new org.lcmhub.guides.model.PublishedGuide(fr, 2, false, NOW), versions, BRUNO);
        // Each author once, whatever the case of their address; not who did it.
        assertThat(sent).extracting(Mail::to).containsExactly("alice@example.org", "Chloe@example.org", "dina@example.org");
        assertThat(count).isEqualTo(3);
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo("guide-unpublished");
            assertThat(m.subject()).isEqualTo("Votre guide a été retiré du site\u00a0: «\u00a0Accueillir les retardataires\u00a0»");
            assertThat(m.text()).startsWith("Bonjour,").contains("bruno@example.org a retiré le guide",
                    "«\u00a0page introuvable\u00a0»", "https://hub.example.org/fr/staff/guides.html");
        });
        sent.clear();
        notices.unpublished(new org.lcmhub.guides.model.PublishedGuide(fr, 2, false, NOW), versions,
                new Caller("s-x", "dina@example.org", Set.of(Caller.LCM)));
        assertThat(sent).extracting(Mail::to).doesNotContain("dina@example.org").hasSize(2);
    }

    /** An author whose name a version keeps is greeted by it, as the published mail greets them. */
    @Test
    void anAuthorOfAGuideTakenOffTheSiteIsGreetedByTheNameAVersionKeeps() {
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        List<GuideVersion> versions = List.of(new GuideVersion(1, fr, "s-alice,s-dina", "s-bruno", NOW, "set-1",
                List.of("alice@example.org", "dina@example.org"), "bruno@example.org",
                java.util.Arrays.asList("Alice Martin", null), "Bruno Costa"));
        notices.unpublished(new org.lcmhub.guides.model.PublishedGuide(fr, 1, false, NOW), versions, BRUNO);
        assertThat(sent).extracting(m -> m.text().lines().findFirst().orElse(""))
                .containsExactly("Bonjour Alice Martin,", "Bonjour,");
    }

    /**
     * The authors' mails (a remark, published, taken off the site) go out in each author's own
     * language, as the reviewers' do: an English guide's French-speaking author reads French, a
     * French guide's English-speaking author English; an author the teams know no language for, the set's.
     */
    @Test
    void eachAuthorReadsTheMailsAboutTheirGuideInTheirOwnLanguage() {
        LcmTeams readers = today -> List.of(new LcmTeams.Lcm("s-alice", "Alice@example.org", org.lcmhub.domain.Language.FR),
                new LcmTeams.Lcm("s-chloe", "chloe@example.org", org.lcmhub.domain.Language.EN));
        GuideNotices toAuthors = new GuideNotices(readers, sent::add,
                new org.lcmhub.mail.Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        Guide en = guide("en", "late-joiners", "Welcoming late joiners");
        Guide fr = guide("fr", "retardataires", "Accueillir les retardataires");
        Comment bruno = new Comment("s-bruno", "bruno@example.org", null, "Shorter.", "comment", NOW);

        toAuthors.commented(set(ChangeSetState.IN_REVIEW, en), bruno);
        toAuthors.approved(set(ChangeSetState.PUBLISHED, en), List.of(new GuideVersion(1, en, "s-alice,s-chloe", "s-bruno",
                NOW, "set-1")), BRUNO);
        toAuthors.unpublished(new org.lcmhub.guides.model.PublishedGuide(en, 1, false, NOW), List.of(new GuideVersion(1, en,
                "s-alice,s-chloe", "s-bruno", NOW, "set-1", List.of("alice@example.org", "chloe@example.org"),
                "bruno@example.org")), BRUNO);
        assertThat(sent).extracting(Mail::to).containsExactly("alice@example.org", "chloe@example.org",
                "alice@example.org", "chloe@example.org", "alice@example.org", "chloe@example.org");
        assertThat(sent.get(0).subject()).isEqualTo("Une remarque sur votre guide «\u00a0Welcoming late joiners\u00a0»");
        assertThat(sent.get(0).text()).startsWith("Bonjour,").contains("https://hub.example.org/fr/staff/guides.html?set=set-1");
        assertThat(sent.get(1).subject()).isEqualTo("A remark on your guide “Welcoming late joiners”");
        assertThat(sent.get(2).text()).startsWith("Bonjour,").contains("bruno@example.org a approuvé");
        assertThat(sent.get(3).subject()).isEqualTo("Your guide is published: “Welcoming late joiners”");
        assertThat(sent.get(4).subject()).isEqualTo("Votre guide a été retiré du site\u00a0: «\u00a0Welcoming late joiners\u00a0»");
        assertThat(sent.get(4).text()).contains("https://hub.example.org/fr/staff/guides.html");
        assertThat(sent.get(5).text()).startsWith("Hello,").contains("https://hub.example.org/en/staff/guides.html");

        sent.clear();
        toAuthors.commented(set(ChangeSetState.IN_REVIEW, fr), bruno);
        assertThat(sent.get(0).text()).startsWith("Bonjour,");
        assertThat(sent.get(1).subject()).isEqualTo("A remark on your guide “Accueillir les retardataires”");
        assertThat(sent.get(1).text()).startsWith("Hello,").contains("https://hub.example.org/en/staff/guides.html?set=set-1");
        sent.clear();
        // Dina's language is unknown to the teams: the set's.
        toAuthors.unpublished(new org.lcmhub.guides.model.PublishedGuide(fr, 1, false, NOW), List.of(new GuideVersion(1, fr,
                "s-chloe,s-dina", "s-bruno", NOW, "set-1", List.of("chloe@example.org", "dina@example.org"),
                "bruno@example.org")), BRUNO);
        assertThat(sent).extracting(Mail::subject).containsExactly(
                "Your guide was taken off the site: “Accueillir les retardataires”",
                "Votre guide a été retiré du site\u00a0: «\u00a0Accueillir les retardataires\u00a0»");
    }
}
