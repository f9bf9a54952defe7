package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * {@code /api/guides/*} and {@code /api/guide-suggestions} through the local hub against moto:
 * who may do what, the review's states, four eyes, stale writes, and a publish that reaches the
 * served site.
 */
class GuidesApiIT extends LocalHubTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode guide(String lang, String slug, String title, String body) {
        ObjectNode g = JSON.createObjectNode();
        g.put("language", lang).put("slug", slug).put("title", title).put("summary", "A summary of " + title)
                .put("author", "Lucie Fontaine").put("body", body);
        g.putArray("roles").add("team");
        g.putArray("tags").add("community");
        return g;
    }

    private static String set(ObjectNode... guides) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("guides");
        for (ObjectNode g : guides) {
            list.add(g);
        }
        return body.toString();
    }

    private static String revision(JsonNode set) {
        return "{\"revision\":" + set.get("revision").asLong() + "}";
    }

    /** How many pages of a language Pagefind indexed into the small index of pages published since the whole one. */
    private int searchPages(String language) throws Exception {
        Path entry = hub.siteDir().resolve("pagefind-delta/pagefind-entry.json");
        return Files.isRegularFile(entry) ? JSON.readTree(Files.readString(entry)).at("/languages/" + language + "/page_count").asInt() : 0;
    }

    private JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return HubClient.parse(response);
    }

    @Test
    void anotherLcmReviewsAndApprovalPublishesTheWholeSet() throws Exception {
        String ana = "ana-" + UUID.randomUUID() + "@example.org";
        String a = token(ana, "lcm");
        String b = token("bo-" + UUID.randomUUID() + "@example.org", "lcm");
        String slug = "sharing-notes-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode en = guide("en", slug, "Sharing notes", "## Why\n\nNotes help the next LCM.\n");
        ObjectNode fr = guide("fr", slug + "-fr", "Partager ses notes", "## Pourquoi\n\nLes notes aident.\n");
        fr.put("translationOf", slug);
        // Written for learners: who a guide is for is one of two words.
        en.put("audience", "students");
        HttpResponse<String> unknown = client.json("POST", "/api/guides/sets", a, set(en, fr));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(HubClient.parse(unknown).at("/error/problems/0/field").asText()).isEqualTo("audience");
        assertThat(HubClient.parse(unknown).at("/error/problems/0/code").asText()).isEqualTo("guide.audience.invalid");
        en.put("audience", "learner");
        fr.put("audience", "learner");
        // For learners of a course path the site has: another is refused beside the field.
        en.putArray("paths").add("python-8-weeks").add("knitting-101");
        HttpResponse<String> noSuchPath = client.json("POST", "/api/guides/sets", a, set(en, fr));
        assertThat(noSuchPath.statusCode()).as(noSuchPath.body()).isEqualTo(400);
        assertThat(HubClient.parse(noSuchPath).at("/error/problems/0/field").asText()).isEqualTo("paths");
        assertThat(HubClient.parse(noSuchPath).at("/error/problems/0/code").asText()).isEqualTo("guide.paths.unknown");
        assertThat(HubClient.parse(noSuchPath).at("/error/problems/0/params/path").asText()).isEqualTo("knitting-101");
        en.putArray("paths").add("python-8-weeks");
        fr.putArray("paths").add("python-8-weeks");

        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(en, fr)), 201);
        String id = draft.get("setId").asText();
        assertThat(draft.get("state").asText()).isEqualTo("draft");
        assertThat(draft.get("guides")).hasSize(2);
        assertThat(draft.at("/guides/0/audience").asText()).isEqualTo("learner");
        assertThat(draft.at("/guides/0/paths/0").asText()).isEqualTo("python-8-weeks");

        // Approving a draft is refused: it is not in review.
        assertThat(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(draft)).statusCode())
                .isEqualTo(409);
        JsonNode inReview = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(draft)), 200);
        assertThat(inReview.get("state").asText()).isEqualTo("in-review");

        // The author may not approve their own set (a condition of the write).
        HttpResponse<String> own = client.json("POST", "/api/guides/sets/" + id + "/approve", a, revision(inReview));
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(HubClient.parse(own).at("/error/code").asText()).isEqualTo("four-eyes");

        JsonNode sentBack = ok(client.json("POST", "/api/guides/sets/" + id + "/request-changes", b,
                "{\"revision\":" + inReview.get("revision").asLong() + ",\"comment\":\"Add an example.\"}"), 200);
        assertThat(sentBack.get("state").asText()).isEqualTo("changes-requested");
        assertThat(sentBack.get("comments").get(0).get("text").asText()).isEqualTo("Add an example.");
        // The author learns who asked by their address, not by a sign-in id.
        assertThat(sentBack.at("/comments/0/authorEmail").asText()).startsWith("bo-").endsWith("@example.org");

        // A save made on the copy read before the review is stale.
        ObjectNode stale = (ObjectNode) JSON.readTree(set(en, fr));
        stale.put("revision", draft.get("revision").asLong());
        assertThat(client.json("PUT", "/api/guides/sets/" + id, a, stale.toString()).statusCode()).isEqualTo(409);

        en.put("body", "## Why\n\nNotes help the next LCM.\n\nFor example: a weekly log.\n");
        ObjectNode fixed = (ObjectNode) JSON.readTree(set(en, fr));
        fixed.put("revision", sentBack.get("revision").asLong());
        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + id, a, fixed.toString()), 200);
        JsonNode again = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(saved)), 200);

        int indexedEn = searchPages("en");
        int indexedFr = searchPages("fr");
        JsonNode published = ok(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(again)), 200);
        assertThat(published.get("state").asText()).isEqualTo("published");
        assertThat(published.get("versions")).hasSize(2);
        assertThat(published.get("site").asText()).isEqualTo("baked");
        assertThat(Files.readString(hub.siteDir().resolve("en/guides/" + slug + ".html"))).contains("a weekly log");
        // Its file says who it is for, and the mentor's page offers it to learners in 1:1 reports.
        assertThat(Files.readString(hub.siteDir().resolve("en/guides/" + slug + ".md")))
                .contains("\naudience=learner\npaths=python-8-weeks\n");
        assertThat(Files.readString(hub.siteDir().resolve("fr/staff/espace-mentor.html")))
                .containsPattern("data-key=\"" + slug + "\"[^>]*data-audience=\"learner\" data-paths=\"python-8-weeks\"");
        assertThat(client.send("GET", "/fr/guides/" + slug + "-fr.html", null, null, null).statusCode()).isEqualTo(200);
        // Both pages are indexed by the publish, and listed so that search drops older entries for them.
        assertThat(searchPages("en")).isEqualTo(indexedEn + 1);
        assertThat(searchPages("fr")).isEqualTo(indexedFr + 1);
        assertThat(Files.readString(hub.siteDir().resolve("pagefind-delta/delta.json")))
                .contains("/en/guides/" + slug + ".html", "/fr/guides/" + slug + "-fr.html");

        // A second approval of the same set is refused.
        assertThat(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(published)).statusCode())
                .isEqualTo(409);

        JsonNode versions = ok(client.json("GET", "/api/guides/en/" + slug + "/versions", a, null), 200);
        assertThat(versions.get("versions").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(versions.get("versions").get(0).get("authors").asText()).isNotBlank();

        JsonNode revert = ok(client.json("POST", "/api/guides/en/" + slug + "/versions/1/revert", b, null), 201);
        assertThat(revert.get("state").asText()).isEqualTo("draft");
        assertThat(revert.get("guides").get(0).get("body").asText()).contains("a weekly log");

        // Taken off the site by another LCM: its author hears it, in its language, and who did it.
        JsonNode off = ok(client.json("POST", "/api/guides/en/" + slug + "/unpublish", b, null), 200);
        assertThat(off.get("live").asBoolean()).isFalse();
        assertThat(Files.exists(hub.siteDir().resolve("en/guides/" + slug + ".html"))).isFalse();
        assertThat(mails(ana, "guide-unpublished")).singleElement().satisfies(m -> {
            assertThat(m.get("subject").asText()).isEqualTo("Your guide was taken off the site: “Sharing notes”");
            assertThat(m.get("text").asText()).contains("bo-", "took the guide “Sharing notes” off the site");
        });
        assertThat(client.json("POST", "/api/guides/en/" + slug + "/unpublish", a, null).statusCode()).isEqualTo(409);
    }

    /** Sign-in ids say nothing to a person: each version keeps who wrote and who approved it by address. */
    @Test
    void aVersionNamesWhoWroteAndWhoApprovedItByTheirAddresses() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = "alice-" + run + "@example.org";
        String chloe = "chloe-" + run + "@example.org";
        String bruno = "bruno-" + run + "@example.org";
        String a = token(alice, "lcm");
        String c = token(chloe, "lcm");
        String b = token(bruno, "lcm");
        String slug = "people-" + run;
        ObjectNode en = guide("en", slug, "People", "Who wrote this.\n");
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(en)), 201);
        String id = draft.get("setId").asText();
        ObjectNode edit = (ObjectNode) JSON.readTree(set(guide("en", slug, "People", "Who wrote this, twice.\n")));
        edit.put("revision", draft.get("revision").asLong());
        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + id, c, edit.toString()), 200);
        JsonNode inReview = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", c, revision(saved)), 200);
        ok(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(inReview)), 200);

        JsonNode version = ok(client.json("GET", "/api/guides/en/" + slug + "/versions", a, null), 200).at("/versions/0");
        assertThat(version.get("authorEmails")).extracting(JsonNode::asText).containsExactly(alice, chloe);
        assertThat(version.get("reviewerEmail").asText()).isEqualTo(bruno);
        // The ids stay the identity the rules use; they are not what a page shows.
        assertThat(version.get("reviewer").asText()).isNotEqualTo(bruno);
    }

    private String named(String email, String name) {
        return "Bearer " + org.lcmhub.hub.auth.StaffTokens.mint(org.lcmhub.hub.testing.Checkout.root(), work, email, name,
                java.util.List.of("lcm"), java.time.Instant.now(), java.time.Duration.ofHours(1));
    }

    /**
     * The name a sign-in gave is kept beside the address of who writes, comments, sends for review
     * and approves, for the editor to show; who signed in without one is still named by address.
     */
    @Test
    void writersCommentersSenderAndApproverAreKeptByNameBesideTheirAddress() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = "alice-" + run + "@example.org";
        String chloe = "chloe-" + run + "@example.org";
        String bruno = "bruno-" + run + "@example.org";
        String a = named(alice, "Alice Martin");
        String c = token(chloe, "lcm");
        String b = named(bruno, "Bruno Costa");
        String slug = "names-" + run;
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", slug, "Names", "By name.\n"))), 201);
        String id = draft.get("setId").asText();
        ObjectNode edit = (ObjectNode) JSON.readTree(set(guide("en", slug, "Names", "By name, twice.\n")));
        edit.put("revision", draft.get("revision").asLong());
        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + id, c, edit.toString()), 200);
        JsonNode inReview = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(saved)), 200);
        JsonNode commented = ok(client.json("POST", "/api/guides/sets/" + id + "/comments", b, "{\"comment\":\"Clear.\"}"), 201);
        ok(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(inReview)), 200);

        assertThat(inReview.get("submitterName").asText()).isEqualTo("Alice Martin");
        assertThat(inReview.get("submitterEmail").asText()).isEqualTo(alice);
        assertThat(commented.at("/comments/0/authorName").asText()).isEqualTo("Bruno Costa");
        assertThat(commented.at("/comments/0/authorEmail").asText()).isEqualTo(bruno);
        JsonNode version = ok(client.json("GET", "/api/guides/en/" + slug + "/versions", a, null), 200).at("/versions/0");
        assertThat(version.get("authorEmails")).extracting(JsonNode::asText).containsExactly(alice, chloe);
        assertThat(version.get("authorNames").get(0).asText()).isEqualTo("Alice Martin");
        assertThat(version.get("authorNames").get(1).isNull()).as("chloe's sign-in gave no name").isTrue();
        assertThat(version.get("reviewerName").asText()).isEqualTo("Bruno Costa");
        assertThat(version.get("reviewerEmail").asText()).isEqualTo(bruno);
    }

    /**
     * A reviewer's remark reaches the writers at once (by mail, naming who wrote it), again in the
     * published mail, and stays readable with the version it led to once the set is published.
     */
    @Test
    void writersHearOfARemarkAndTheHistoryKeepsItWithItsVersion() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = "alice-" + run + "@example.org";
        String chloe = "chloe-" + run + "@example.org";
        String a = named(alice, "Alice Martin");
        String c = named(chloe, "Chloé Dubois");
        String slug = "remarks-" + run;
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", slug, "Remarks " + run, "Text.\n"))), 201);
        String id = draft.get("setId").asText();
        JsonNode inReview = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(draft)), 200);
        ok(client.json("POST", "/api/guides/sets/" + id + "/comments", c,
                "{\"comment\":\"Say learners rather than students.\"}"), 201);

        JsonNode remark = mails(alice, "guide-comment");
        assertThat(remark).hasSize(1);
        assertThat(remark.at("/0/subject").asText()).isEqualTo("A remark on your guide “Remarks " + run + "”");
        assertThat(remark.at("/0/text").asText()).contains("Chloé Dubois (" + chloe + ") wrote about the guide",
                "> Say learners rather than students.", hub.url().resolve("/en/staff/guides.html?set=" + id).toString());
        assertThat(mails(chloe, "guide-comment")).as("who wrote it").isEmpty();
        JsonNode back = ok(client.json("POST", "/api/guides/sets/" + id + "/request-changes", c,
                "{\"revision\":" + inReview.get("revision").asLong() + ",\"comment\":\"Shorter, please.\"}"), 200);
        assertThat(mails(alice, "guide-comment")).extracting(m -> m.get("subject").asText())
                .contains("Changes asked for your guide “Remarks " + run + "”");
        JsonNode again = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(back)), 200);

        ok(client.json("POST", "/api/guides/sets/" + id + "/approve", c, revision(again)), 200);
        assertThat(mails(alice, "guide-published").at("/0/text").asText())
                .contains("Chloé Dubois (" + chloe + ") wrote:\n> Say learners rather than students.");
        JsonNode version = ok(client.json("GET", "/api/guides/en/" + slug + "/versions", a, null), 200).at("/versions/0");
        assertThat(version.at("/comments/0/text").asText()).isEqualTo("Say learners rather than students.");
        assertThat(version.at("/comments/0/authorName").asText()).isEqualTo("Chloé Dubois");
        assertThat(version.at("/comments/1/kind").asText()).isEqualTo("changes");
    }

    /** The messages the hub's outbox holds for {@code email} of one kind. */
    private JsonNode mails(String email, String kind) throws Exception {
        JsonNode all = HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages");
        ArrayNode out = JSON.createArrayNode();
        all.forEach(m -> {
            if (kind.equals(m.get("kind").asText())) {
                out.add(m);
            }
        });
        return out;
    }

    /** An LCM on the team of a running cohort, as the hub knows their address. */
    private String onATeam(String email) {
        String id = "c-" + UUID.randomUUID().toString().substring(0, 8);
        new org.lcmhub.cohort.store.dynamodb.DynamoCohortStore(moto.dynamo(), moto.table()).create(new org.lcmhub.cohort.model.Cohort(
                id, "path-" + id, "Python " + id, org.lcmhub.domain.Language.EN, java.time.LocalDate.now().minusWeeks(1), 8, 20,
                true, 0, 0, java.util.Set.of(org.lcmhub.hub.auth.LocalIssuer.subFor(email)), java.time.Instant.now()), email);
        return email;
    }

    /**
     * A set sent for review is mailed to the teams' LCMs who may approve it, with a link that opens
     * it; once approved, to its authors with the pages' addresses. Nobody hears of what they did.
     */
    @Test
    void reviewersHearOfASetSentForReviewAndAuthorsOfItsPublication() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = onATeam("alice-" + run + "@example.org");
        String bruno = onATeam("bruno-" + run + "@example.org");
        String chloe = onATeam("chloe-" + run + "@example.org");
        String a = token(alice, "lcm");
        String b = token(bruno, "lcm");
        String slug = "mailed-" + run;
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", slug, "Mailed " + run, "Text.\n"))), 201);
        String id = draft.get("setId").asText();
        ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(draft)), 200);

        for (String reviewer : new String[] {bruno, chloe}) {
            JsonNode review = mails(reviewer, "guide-review");
            assertThat(review).as(reviewer).hasSize(1);
            assertThat(review.at("/0/subject").asText()).isEqualTo("A guide to review: “Mailed " + run + "”");
            assertThat(review.at("/0/text").asText()).contains(alice + " sent for review:\n- “Mailed " + run + "”, in English: a new guide",
                    hub.url().resolve("/en/staff/guides.html?set=" + id).toString());
        }
        assertThat(mails(alice, "guide-review")).as("who sent it").isEmpty();

        JsonNode inReview = ok(client.json("GET", "/api/guides/sets/" + id, b, null), 200);
        ok(client.json("POST", "/api/guides/sets/" + id + "/approve", b, revision(inReview)), 200);
        JsonNode published = mails(alice, "guide-published");
        assertThat(published).hasSize(1);
        assertThat(published.at("/0/text").asText()).contains(bruno + " approved the guide",
                hub.url().resolve("/en/guides/" + slug + ".html").toString());
        assertThat(mails(bruno, "guide-published")).as("who approved it").isEmpty();
        assertThat(mails(chloe, "guide-published")).as("not an author").isEmpty();

        // Changed once live, it reads as a change to the page on the site, not as a new guide.
        JsonNode change = ok(client.json("POST", "/api/guides/en/" + slug + "/versions/1/revert", a, null), 201);
        ok(client.json("POST", "/api/guides/sets/" + change.get("setId").asText() + "/submit", a, revision(change)), 200);
        JsonNode again = mails(chloe, "guide-review");
        assertThat(again).hasSize(2);
        assertThat(again.at("/0/subject").asText()).isEqualTo("A change to review: “Mailed " + run + "”");
        assertThat(again.at("/0/text").asText()).contains("in English: a change to the guide on the site");
    }

    /**
     * An LCM who opened their cohorts list in French (which records the language of the staff pages
     * they read) gets the review mail of an English set in French, with the French page's link; one
     * whose language the hub knows not gets it in the set's.
     */
    @Test
    void aReviewerGetsTheReviewMailInTheLanguageOfTheStaffPagesTheyRead() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = onATeam("alice-" + run + "@example.org");
        String bruno = onATeam("bruno-" + run + "@example.org");
        String chloe = onATeam("chloe-" + run + "@example.org");
        ok(client.json("GET", "/api/cohorts/mine?lang=fr", token(bruno, "lcm"), null), 200);
        String a = token(alice, "lcm");
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", "read-" + run, "Read " + run, "Text.\n"))), 201);
        String id = draft.get("setId").asText();
        ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(draft)), 200);

        JsonNode french = mails(bruno, "guide-review");
        assertThat(french).hasSize(1);
        assertThat(french.at("/0/subject").asText()).isEqualTo("Un guide à relire\u00a0: «\u00a0Read " + run + "\u00a0»");
        assertThat(french.at("/0/text").asText()).startsWith("Bonjour,").contains("en anglais",
                hub.url().resolve("/fr/staff/guides.html?set=" + id).toString());
        JsonNode english = mails(chloe, "guide-review");
        assertThat(english.at("/0/subject").asText()).isEqualTo("A guide to review: “Read " + run + "”");
    }

    /**
     * A guide of the site's files, opened from the site's pages, was never published through the hub:
     * the set records that the editor opened it from the site, and its review mail calls it a change.
     */
    @Test
    void aGuideOpenedFromTheSitesPagesIsMailedAsAChange() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String alice = onATeam("alice-" + run + "@example.org");
        String bruno = onATeam("bruno-" + run + "@example.org");
        String a = token(alice, "lcm");
        String slug = "site-file-" + run;
        ObjectNode body = (ObjectNode) JSON.readTree(set(guide("en", slug, "Site file " + run, "Text.\n")));
        body.putArray("fromSite").add("en/" + slug).add("fr/not-in-this-set");
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, body.toString()), 201);
        assertThat(draft.get("fromSite")).as("only the set's guides").extracting(JsonNode::asText).containsExactly("en/" + slug);
        ok(client.json("POST", "/api/guides/sets/" + draft.get("setId").asText() + "/submit", a, revision(draft)), 200);

        JsonNode review = mails(bruno, "guide-review");
        assertThat(review).hasSize(1);
        assertThat(review.at("/0/subject").asText()).isEqualTo("A change to review: “Site file " + run + "”");
        assertThat(review.at("/0/text").asText()).contains("in English: a change to the guide on the site")
                .doesNotContain("a new guide");
    }

    @Test
    void aSecondVersionCanBeComparedWithTheFirst() throws Exception {
        String a = token("cy-" + UUID.randomUUID() + "@example.org", "lcm");
        String b = token("di-" + UUID.randomUUID() + "@example.org", "lcm");
        String slug = "compare-" + UUID.randomUUID().toString().substring(0, 6);
        for (String body : new String[] {"one\ntwo\n", "one\nthree\n"}) {
            JsonNode d = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", slug, "Compare", body))), 201);
            JsonNode r = ok(client.json("POST", "/api/guides/sets/" + d.get("setId").asText() + "/submit", a,
                    revision(d)), 200);
            ok(client.json("POST", "/api/guides/sets/" + d.get("setId").asText() + "/approve", b, revision(r)), 200);
        }
        JsonNode diff = ok(client.json("GET", "/api/guides/en/" + slug + "/compare?from=1&to=2", a, null), 200);
        assertThat(diff.get("changes")).hasSize(1);
        assertThat(diff.get("changes").get(0).get("field").asText()).isEqualTo("body");
        assertThat(diff.get("changes").get(0).get("lines").toString()).contains("{\"kind\":\"removed\",\"text\":\"two\"}")
                .contains("{\"kind\":\"added\",\"text\":\"three\"}");
        assertThat(client.json("GET", "/api/guides/en/" + slug + "/versions/9", a, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aHalfWrittenDraftIsKeptAndOnlyReviewAsksForTheRest() throws Exception {
        String a = token("hal-" + UUID.randomUUID() + "@example.org", "lcm");
        ObjectNode half = JSON.createObjectNode().put("language", "en").put("slug", "half-" + UUID.randomUUID().toString().substring(0, 6))
                .put("title", "Half written");
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(half)), 201);
        String id = draft.get("setId").asText();
        // Kept as it is, and saved again with a field more.
        JsonNode read = ok(client.json("GET", "/api/guides/sets/" + id, a, null), 200);
        assertThat(read.at("/guides/0/title").asText()).isEqualTo("Half written");
        ObjectNode again = (ObjectNode) JSON.readTree(set(half.put("summary", "Some of it")));
        again.put("revision", read.get("revision").asLong());
        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + id, a, again.toString()), 200);
        JsonNode refused = ok(client.json("POST", "/api/guides/sets/" + id + "/submit", a, revision(saved)), 400).get("error");
        assertThat(refused.get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactlyInAnyOrder("author guide.field.required", "roles guide.field.choose",
                        "tags guide.field.choose", "body guide.field.required");
        assertThat(ok(client.json("GET", "/api/guides/sets/" + id, a, null), 200).get("state").asText()).isEqualTo("draft");
        // Without a title, nothing names it: not even a draft is kept.
        ok(client.json("POST", "/api/guides/sets", a, set(JSON.createObjectNode().put("language", "en").put("slug", "no-title"))), 400);
    }

    @Test
    void badGuidesGetCodedProblemsAndNothingIsStored() throws Exception {
        String a = token("ed-" + UUID.randomUUID() + "@example.org", "lcm");
        ObjectNode bad = guide("de", "Not A Slug", "", "Hello\n<script>alert(1)</script>\n");
        HttpResponse<String> refused = client.json("POST", "/api/guides/sets", a, set(bad));
        JsonNode error = ok(refused, 400).get("error");
        assertThat(error.get("problems").toString()).contains("guide.language.invalid", "guide.field.slug",
                "guide.field.required").contains("\"code\":\"guide.body.html\"").contains("\"line\":2");
        assertThat(error.get("fields").has("title")).isTrue();
    }

    @Test
    void aValueOfTheWrongKindIsRefusedBesideItsFieldNeverAFailure() throws Exception {
        String a = token("eli-" + UUID.randomUUID() + "@example.org", "lcm");
        ObjectNode g = guide("en", "wrong-kinds", "Wrong kinds", "Text.");
        g.put("title", 5).putObject("summary");
        g.putArray("roles").add(1);
        g.putArray("tags").addNull();
        g.putArray("body").add("x");
        g.put("audience", true).put("translationOf", 1.5);
        g.putObject("paths");
        for (String[] route : new String[][] {{"POST", "/api/guides/sets"}, {"POST", "/api/guides/preview"}}) {
            JsonNode error = ok(client.json(route[0], route[1], a, set(g)), 400).get("error");
            assertThat(error.get("problems")).as(route[1]).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                    .containsExactlyInAnyOrder("title guide.field.text", "summary guide.field.text", "body guide.field.text",
                            "audience guide.field.text", "translationOf guide.field.text", "roles guide.field.list",
                            "tags guide.field.list", "paths guide.field.list");
        }
        // A saved set too, and a reader's suggestion, whose fields are named.
        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(guide("en", "wrong-kinds", "Wrong kinds", "Text."))), 201);
        ObjectNode save = (ObjectNode) JSON.readTree(set(g));
        save.put("revision", draft.get("revision").asLong());
        assertThat(ok(client.json("PUT", "/api/guides/sets/" + draft.get("setId").asText(), a, save.toString()), 400)
                .at("/error/problems/0/code").asText()).startsWith("guide.field.");
        HttpResponse<String> suggestion = suggest("198.51.100." + (int) (Math.random() * 200 + 1),
                "{\"language\":\"en\",\"title\":{},\"summary\":\"S\",\"author\":\"A\",\"body\":\"B\",\"roles\":[1]}");
        assertThat(ok(suggestion, 400).at("/error/fields").fieldNames()).toIterable().containsExactlyInAnyOrder("title", "roles");
    }

    @Test
    void thePreviewIsTheSitesPageWithTheSitesOwnProblems() throws Exception {
        String a = token("fa-" + UUID.randomUUID() + "@example.org", "lcm");
        ObjectNode g = guide("en", "preview-me", "Preview me", "First line.\n\nSee [nowhere](/en/no-such-page.html).\n");
        ObjectNode body = (ObjectNode) JSON.readTree(set(g));
        body.put("index", 0);
        JsonNode preview = ok(client.json("POST", "/api/guides/preview", a, body.toString()), 200);
        assertThat(preview.get("html").asText()).contains("<h1>Preview me</h1>").contains("First line.");
        assertThat(preview.get("problems").toString()).contains("\"field\":\"body\"", "\"line\":3",
                "guide.site.brokenLink", "\"target\":\"/en/no-such-page.html\"");

        g.put("body", "Hello\n<img src=x onerror=alert(1)>\n");
        JsonNode refused = ok(client.json("POST", "/api/guides/preview", a, JSON.readTree(set(g)).toString()), 200);
        assertThat(refused.get("html").isNull()).as("nothing rendered from raw HTML").isTrue();
        assertThat(refused.get("problems").toString()).contains("guide.body.html", "\"line\":2");
    }

    /**
     * A French guide typed with plain spaces and straight apostrophes is kept, previewed and
     * published with French typography: « and the marks stay with their words on a narrow screen.
     */
    @Test
    void aFrenchGuideTypedWithPlainSpacesIsKeptAndPreviewedWithFrenchTypography() throws Exception {
        String a = token("ga-" + UUID.randomUUID() + "@example.org", "lcm");
        String slug = "retardataires-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode g = guide("fr", slug, "Accueillir les retardataires : une semaine…",
                "Envoyez un message d'accueil : « Bienvenue ! »\n\nÀ 14:00, tapez `a ? b` !\n");
        String typeset = "Envoyez un message d’accueil\u00A0: «\u00A0Bienvenue\u202F!\u00A0»\n\nÀ 14:00, tapez `a ? b`\u202F!\n";
        ObjectNode body = (ObjectNode) JSON.readTree(set(g));
        body.put("index", 0);
        String html = ok(client.json("POST", "/api/guides/preview", a, body.toString()), 200).get("html").asText()
                .replace("&nbsp;", "\u00A0");
        assertThat(html).contains("Accueillir les retardataires\u00A0: une semaine…",
                "message d’accueil\u00A0: «\u00A0Bienvenue\u202F!\u00A0»", "<code>a ? b</code>\u202F!")
                .doesNotContain("accueil :", "« Bienvenue");

        JsonNode draft = ok(client.json("POST", "/api/guides/sets", a, set(g)), 201);
        assertThat(draft.at("/guides/0/title").asText()).isEqualTo("Accueillir les retardataires\u00A0: une semaine…");
        assertThat(draft.at("/guides/0/body").asText()).isEqualTo(typeset);
        // Saved again as it was answered: nothing more changes.
        ObjectNode again = (ObjectNode) JSON.readTree(set((ObjectNode) draft.at("/guides/0")));
        again.put("revision", draft.get("revision").asLong());
        JsonNode saved = ok(client.json("PUT", "/api/guides/sets/" + draft.get("setId").asText(), a, again.toString()), 200);
        assertThat(saved.at("/guides/0/body").asText()).isEqualTo(typeset);
        assertThat(ok(client.json("GET", "/api/guides/sets/" + draft.get("setId").asText(), a, null), 200)
                .at("/guides/0/summary").asText()).isEqualTo("A summary of Accueillir les retardataires\u00A0: une semaine…");
    }

    @Test
    void onlyLcmsUseTheEditor() throws Exception {
        String mentor = token("me-" + UUID.randomUUID() + "@example.org", "mentor");
        assertThat(client.json("GET", "/api/guides/sets", mentor, null).statusCode()).isEqualTo(403);
        assertThat(client.json("GET", "/api/guides/sets", null, null).statusCode()).isEqualTo(401);
        assertThat(client.json("POST", "/api/guides/sets", mentor, set(guide("en", "x", "X", "x"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anyoneSuggestsAGuideWhichLandsAsADraftAndScriptsAreHeldBack() throws Exception {
        String ip = "198.51.100." + (int) (Math.random() * 200 + 1);
        String title = "Suggested " + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"language\":\"en\",\"title\":\"" + title + "\",\"summary\":\"From a reader\","
                + "\"author\":\"A reader\",\"body\":\"Try this.\"}";
        assertThat(suggest(ip, body).statusCode()).isEqualTo(202);
        JsonNode sets = ok(client.json("GET", "/api/guides/sets", token("gi@example.org", "lcm"), null), 200);
        JsonNode mine = null;
        for (JsonNode s : sets.get("sets")) {
            if (s.get("guides").get(0).get("title").asText().equals(title)) {
                mine = s;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("state").asText()).isEqualTo("draft");
        assertThat(mine.get("suggested").asBoolean()).isTrue();
        assertThat(mine.get("editors")).isEmpty();

        assertThat(suggest(ip, body.replace("}", ",\"website\":\"spam.example\"}")).statusCode()).isEqualTo(400);
        int status = 0;
        for (int i = 0; i < GuidesHandler.SUGGESTIONS_PER_HOUR; i++) {
            status = suggest(ip, body).statusCode();
        }
        assertThat(status).isEqualTo(429);
    }

    private HttpResponse<String> suggest(String ip, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(hub.url().resolve("/api/guide-suggestions"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HubClient.checked("POST", "/api/guide-suggestions",
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
    }
}
