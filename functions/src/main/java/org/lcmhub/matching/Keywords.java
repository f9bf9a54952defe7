package org.lcmhub.matching;

import java.util.Locale;

/** Skills and goals reduced to the same word form, so "Node.js" in a goal meets the skill "node.js". */
final class Keywords {
    private Keywords() {
    }

    /** Lower-case words separated and surrounded by single spaces; '+' and '#' count as letters (c++, c#). */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean word = Character.isLetterOrDigit(c) || c == '+' || c == '#';
            if (word) {
                out.append(c);
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    /** The display form of a skill: trimmed, lower case. */
    static String label(String skill) {
        return normalise(skill).trim();
    }
}
