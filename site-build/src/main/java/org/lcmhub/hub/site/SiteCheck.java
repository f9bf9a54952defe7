package org.lcmhub.hub.site;

import java.util.List;

/**
 * Every error the content check reports, by the code the guide editor words it with: the
 * preview runs this check on a draft, and its author reads {@code guide.site.<code>} from
 * site/messages/guides.json in their own language, never the English written for whoever keeps
 * the site in Git. {@link #params} are the placeholders those words may use.
 */
public enum SiteCheck {
    /** The site itself lacks its content folder or its list of roles and topics. */
    SITE_SETUP("siteSetup"),
    /** A file the bake cannot read: not UTF-8, no header, a bad header line, a field twice, no language folder. */
    UNREADABLE("unreadable"),
    MISSING_FIELD("missingField"),
    EMPTY_FIELD("emptyField"),
    NOT_IN_LIST("notInList"),
    LANGUAGE_FOLDER("languageFolder"),
    FILE_NAME("fileName"),
    SET_BY_BAKE("setByBake"),
    KEY_NOT_SLUG("keyNotSlug"),
    WRONG_FOLDER("wrongFolder"),
    /** A course path's id: not a slug, not its translation key, or used twice. */
    PATH_ID("pathId"),
    /** A course path's steps: not week:title, out of order or past its weeks. */
    STEPS("steps"),
    WHOLE_NUMBER("wholeNumber"),
    DATE("date"),
    EMPTY_ENTRY("emptyEntry"),
    UNKNOWN_ENTRY("unknownEntry"),
    LISTED_TWICE("listedTwice"),
    PATHS_FOR_LEARNERS("pathsForLearners"),
    UNKNOWN_PATH("unknownPath", "path"),
    SAME_PAGE("samePage"),
    TRANSLATION_TAKEN("translationTaken", "title"),
    TRANSLATION_TYPE("translationType"),
    BROKEN_LINK("brokenLink", "target"),
    MISSING_IMAGE("missingImage", "target"),
    REMOTE_IMAGE("remoteImage", "target");

    private final String code;
    private final List<String> params;

    SiteCheck(String code, String... params) {
        this.code = code;
        this.params = List.of(params);
    }

    public String code() {
        return code;
    }

    public List<String> params() {
        return params;
    }
}
