package org.lcmhub.guides;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two texts (longest common subsequence), for comparing versions. */
public final class LineDiff {
    /** One line: {@code kind} is {@code same}, {@code removed} (only in the first) or {@code added}. */
    public record Line(String kind, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(String from, String to) {
        String[] a = from.split("\n", -1);
        String[] b = to.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line("same", a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line("removed", a[i++]));
            } else {
                lines.add(new Line("added", b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line("removed", a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line("added", b[j++]));
        }
        return lines;
    }
}
