package org.lcmhub.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography for text typed on an ordinary keyboard: a no-break space (U+00A0) before ":"
 * and inside « », a narrow one (U+202F) before ";", "!" and "?", ’ for an apostrophe between
 * letters, and a word joiner (U+2060) after the hyphen of "rendez-vous" and "e-mail", so that no
 * mark starts a line alone and neither word breaks in two. Markdown's code (spans, fenced and indented
 * blocks), link targets, URLs, addresses, HTML entities and header lines ({@code key=value}) are
 * syntax and stay as written. Applying it twice changes nothing more.
 *
 * <p>A mark is prose, as {@code MessagesTest} holds the catalogue to it, only when it ends a
 * phrase: followed by a space, the end of a line or a link's target (after any closing
 * {@code * _ ) ] » " ’}). A
 * time (14:00), {@code https:} or a header's {@code 1:Title;2:Title} are not; "?!" is one mark.
 */
public final class FrenchTypography {
    public static final char NBSP = '\u00A0';
    public static final char NNBSP = '\u202F';
    /** No break here: after the hyphen of "rendez-vous" and "e-mail". */
    public static final char WORD_JOINER = '\u2060';
    private static final String SPACES = " \t\u00A0\u202F\u2009";
    private static final String CLOSING = "*_)]»\"’”";
    /** What may stand right before a mark that wants its space: a word or its closing. */
    private static final String BEFORE = ".…*_)]»\"’”%`";
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])( |$)");
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][\\w.-]*=");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:.*$");
    private static final Pattern INLINE_SYNTAX = Pattern.compile(String.join("|",
            "\\]\\([^)\\s]*(?:\\([^)\\s]*\\)[^)\\s]*)*(?:\\s+\"[^\"]*\")?\\)", // a link's target and title
            "\\]\\[[^\\]]*\\]", // a reference link's label
            "<[^>\\s]+>", // an autolink
            "&#?\\w+;")); // an HTML entity
    /**
     * What the site's Markdown turns into a link by itself. Such a link runs to the next plain
     * space, so a no-break one after it would join the link: the space typed after it stays.
     */
    private static final Pattern BARE_LINK = Pattern.compile(String.join("|",
            "(?i:\\b(?:https?|ftp|mailto):)[^\\s<>]*[^\\s<>?!.,:;*_~)'\"»’]", // less its closing punctuation
            "(?i:\\bwww\\.)[^\\s<>]*[^\\s<>?!.,:;*_~)'\"»’]",
            "[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+")); // an address

    private FrenchTypography() {
    }

    /** {@code text} with French typography; null stays null. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        boolean[] bare = new boolean[text.length()];
        boolean[] syntax = syntax(text, bare);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (syntax[i]) {
                out.append(c);
            } else if (c == '\'' && i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1)) && !syntax[i - 1] && !syntax[i + 1]) {
                out.append('’');
            } else if (c == '«') {
                out.append(c);
                int after = i + 1;
                while (after < n && SPACES.indexOf(text.charAt(after)) >= 0 && !syntax[after]) {
                    after++;
                }
                if (after < n && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
                    out.append(NBSP);
                    i = after - 1;
                }
            } else if ((c == ':' || c == ';' || c == '!' || c == '?' || c == '»') && prose(text, syntax, i)) {
                space(out, text, syntax, bare, i, c == ';' || c == '!' || c == '?' ? NNBSP : NBSP);
                // "?!", "!!": one mark, spaced once.
                while (c != '»' && i + 1 < n && "!?".indexOf(text.charAt(i + 1)) >= 0 && !syntax[i + 1]) {
                    out.append(c);
                    c = text.charAt(++i);
                }
                out.append(c);
            } else if (c == '-' && joined(text, syntax, i)) {
                out.append(c).append(WORD_JOINER);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the hyphen at {@code i} joins "rendez-vous" or "e-mail" (and their plurals), which a
     * narrow column would otherwise break after the hyphen; the site's own texts are held to it.
     */
    private static boolean joined(String text, boolean[] syntax, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && !syntax[start - 1]) {
            start--;
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && !syntax[end]) {
            end++;
        }
        String before = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
        return before.equals("rendez") && after.equals("vous")
                || before.equals("e") && (after.equals("mail") || after.equals("mails"));
    }

    /** Whether the mark at {@code i} ends a phrase (» always does). */
    private static boolean prose(String text, boolean[] syntax, int i) {
        char c = text.charAt(i);
        if (c == '»') {
            return true;
        }
        int j = i + 1;
        if (c != ':' && c != ';') {
            while (j < text.length() && "!?".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
        }
        while (j < text.length() && CLOSING.indexOf(text.charAt(j)) >= 0 && !syntax[j]) {
            j++;
        }
        // A link's text ends its phrase too: "[Bienvenue !](…)".
        return j == text.length() || text.charAt(j - 1) == ']' || Character.isWhitespace(text.charAt(j)) || SPACES.indexOf(text.charAt(j)) >= 0;
    }

    /**
     * Puts the right space before the mark at {@code i}: the spaces typed before it become one
     * no-break space; a mark right after a word gets one. A mark that starts a line stays as it is.
     */
    private static void space(StringBuilder out, String text, boolean[] syntax, boolean[] bare, int i, char space) {
        int typed = i;
        while (typed > 0 && SPACES.indexOf(text.charAt(typed - 1)) >= 0) {
            typed--;
        }
        if (typed > 0 && bare[typed - 1]) {
            return; // after a bare link, as typed
        }
        int start = out.length();
        while (start > 0 && SPACES.indexOf(out.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start < out.length()) {
            if (start == 0 || out.charAt(start - 1) == '\n') {
                return; // an indentation, not a space between words
            }
            out.setLength(start);
            out.append(space);
        } else if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || BEFORE.indexOf(text.charAt(i - 1)) >= 0
                || syntax[i - 1])) {
            out.append(space);
        }
    }

    /** Which characters are Markdown syntax or code, never touched. */
    private static boolean[] syntax(String text, boolean[] bare) {
        boolean[] syntax = new boolean[text.length()];
        String fence = null;
        boolean previousBlank = true;
        boolean previousCode = false;
        boolean inList = false;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int end = at + line.length();
            boolean code;
            boolean indentedCode = false;
            Matcher open = FENCE.matcher(line);
            if (fence != null) {
                code = true;
                char mark = fence.charAt(0);
                if (open.find() && open.group(1).charAt(0) == mark && open.group(1).length() >= fence.length()
                        && line.strip().chars().allMatch(ch -> ch == mark)) {
                    fence = null;
                }
            } else if (open.find()) {
                code = true;
                fence = open.group(1);
            } else if (line.isBlank()) {
                code = false;
            } else {
                boolean indented = line.startsWith("    ") || line.startsWith("\t");
                if (!indented && !LIST_ITEM.matcher(line).find() && previousBlank) {
                    inList = false;
                } else if (LIST_ITEM.matcher(line).find()) {
                    inList = true;
                }
                indentedCode = indented && !inList && (previousBlank || previousCode);
                code = indentedCode || HEADER_LINE.matcher(line).find() || REFERENCE.matcher(line).matches();
            }
            if (code) {
                for (int k = at; k < end; k++) {
                    syntax[k] = true;
                }
            }
            previousCode = indentedCode;
            previousBlank = line.isBlank();
            at = end + 1;
        }
        codeSpans(text, syntax);
        Matcher m = INLINE_SYNTAX.matcher(text);
        while (m.find()) {
            // A link's target starts after "]": the text before it is prose.
            int from = text.charAt(m.start()) == ']' ? m.start() + 1 : m.start();
            for (int k = from; k < m.end(); k++) {
                syntax[k] = true;
            }
        }
        Matcher link = BARE_LINK.matcher(text);
        while (link.find()) {
            for (int k = link.start(); k < link.end(); k++) {
                bare[k] = !syntax[k];
                syntax[k] = true;
            }
        }
        return syntax;
    }

    /** A run of n backticks opens a code span that the next run of exactly n closes. */
    private static void codeSpans(String text, boolean[] syntax) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) != '`' || syntax[i]) {
                i++;
                continue;
            }
            int run = i;
            while (run < n && text.charAt(run) == '`') {
                run++;
            }
            int width = run - i;
            int close = -1;
            int j = run;
            while (j < n && !syntax[j]) {
                if (text.charAt(j) == '`') {
                    int k = j;
                    while (k < n && text.charAt(k) == '`') {
                        k++;
                    }
                    if (k - j == width) {
                        close = k;
                        break;
                    }
                    j = k;
                } else if (text.startsWith("\n\n", j)) {
                    break; // a span never crosses a paragraph
                } else {
                    j++;
                }
            }
            if (close < 0) {
                i = run;
                continue;
            }
            for (int k = i; k < close; k++) {
                syntax[k] = true;
            }
            i = close;
        }
    }
}
