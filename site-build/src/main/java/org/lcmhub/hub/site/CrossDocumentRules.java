package org.lcmhub.hub.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules documents follow together: one file per page, one path per {@code pathId} and one
 * document per {@code translationKey} in a language, translations of the same type; and a
 * warning for a published page without its translation.
 */
final class CrossDocumentRules {
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "French");

    private final List<String> types;
    private final ContentProblems problems;

    CrossDocumentRules(List<String> types, ContentProblems problems) {
        this.types = types;
        this.problems = problems;
    }

    void check(List<ContentDoc> docs) {
        checkPages(docs);
        checkIdsPerLanguage(docs);
        checkTypeOfKeys(docs);
        checkTranslations(docs);
        checkGuidePaths(docs);
    }

    /**
     * A learner guide's {@code paths} name course paths the site has, in any language; coded, with
     * the path, for the editor's preview.
     */
    private void checkGuidePaths(List<ContentDoc> docs) {
        Set<String> pathIds = new HashSet<>();
        for (ContentDoc doc : docs) {
            if ("path".equals(doc.get("type")) && doc.get("pathId") != null) {
                pathIds.add(doc.get("pathId"));
            }
        }
        for (ContentDoc doc : docs) {
            String paths = doc.get("paths");
            if (!"guide".equals(doc.get("type")) || paths == null) {
                continue;
            }
            for (String item : paths.split(",")) {
                if (!pathIds.contains(item.strip())) {
                    problems.error(doc, "paths", "unknown path '" + item.strip() + "': no course path has this pathId",
                            SiteCheck.UNKNOWN_PATH, Map.of("path", item.strip()));
                }
            }
        }
    }

    private void checkPages(List<ContentDoc> docs) {
        Map<String, ContentDoc> pages = new TreeMap<>();
        for (ContentDoc doc : docs) {
            ContentDoc other = pages.putIfAbsent(doc.uri().toLowerCase(Locale.ROOT), doc);
            if (other != null) {
                problems.error(doc.relative(), 1, "same page /" + doc.uri() + " as " + other.relative(), SiteCheck.SAME_PAGE);
            }
        }
    }

    private void checkIdsPerLanguage(List<ContentDoc> docs) {
        Map<String, ContentDoc> pathIds = new TreeMap<>();
        Map<String, List<ContentDoc>> keys = new TreeMap<>();
        for (ContentDoc doc : docs) {
            String lang = doc.folderLanguage();
            if ("path".equals(doc.get("type")) && doc.get("pathId") != null && !doc.get("pathId").isEmpty()) {
                ContentDoc other = pathIds.putIfAbsent(lang + "/" + doc.get("pathId"), doc);
                if (other != null) {
                    problems.error(doc, "pathId", "duplicate pathId '" + doc.get("pathId") + "': also in " + other.relative(), SiteCheck.PATH_ID);
                }
            }
            String key = doc.get("translationKey");
            if (key != null && !key.isEmpty()) {
                keys.computeIfAbsent(lang + "/" + key, k -> new ArrayList<>()).add(doc);
            }
        }
        keys.values().stream().filter(same -> same.size() > 1).forEach(this::keyTaken);
    }

    /**
     * Each document of a language sharing its translation key with another, so that a draft from
     * the editor hears it whichever file sorts first; coded, with the other's title, for the editor.
     */
    private void keyTaken(List<ContentDoc> same) {
        for (ContentDoc doc : same) {
            ContentDoc other = same.get(same.get(0) == doc ? 1 : 0);
            String key = doc.get("translationKey");
            problems.error(doc, "translationKey", "translationKey '" + key + "' is already used in this language by "
                    + other.relative(), SiteCheck.TRANSLATION_TAKEN, Map.of("title", String.valueOf(other.get("title"))));
        }
    }

    private void checkTypeOfKeys(List<ContentDoc> docs) {
        Map<String, ContentDoc> typeOfKey = new TreeMap<>();
        for (ContentDoc doc : docs) {
            String key = doc.get("translationKey");
            if (key == null || key.isEmpty() || doc.get("type") == null) {
                continue;
            }
            ContentDoc other = typeOfKey.putIfAbsent(key, doc);
            if (other != null && !doc.get("type").equals(other.get("type"))) {
                problems.error(doc, "translationKey", "translationKey '" + key + "' joins a " + doc.get("type") + " and a "
                        + other.get("type") + " (" + other.relative() + "): a translation has the same type", SiteCheck.TRANSLATION_TYPE);
            }
        }
    }

    private void checkTranslations(List<ContentDoc> docs) {
        Map<String, Set<String>> languagesOfKey = new TreeMap<>();
        for (ContentDoc doc : docs) {
            if (doc.published() && doc.get("translationKey") != null) {
                languagesOfKey.computeIfAbsent(doc.get("translationKey"), k -> new HashSet<>()).add(doc.folderLanguage());
            }
        }
        for (ContentDoc doc : docs) {
            if (!doc.published() || !types.contains(String.valueOf(doc.get("type")))) {
                continue;
            }
            String key = doc.get("translationKey");
            for (String other : ContentReader.LANGUAGES) {
                if (other.equals(doc.folderLanguage())) {
                    continue;
                }
                if (key == null || key.isEmpty()) {
                    problems.warning(doc.relative(), 1, "no " + LANGUAGE_NAMES.get(other) + " translation (no translationKey)");
                } else if (!languagesOfKey.getOrDefault(key, Set.of()).contains(other)) {
                    problems.warning(doc.relative(), doc.line("translationKey"), "no " + LANGUAGE_NAMES.get(other)
                            + " translation: no published document in content/" + other + "/ has translationKey '" + key + "'");
                }
            }
        }
    }
}
