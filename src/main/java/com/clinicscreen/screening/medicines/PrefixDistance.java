package com.clinicscreen.screening.medicines;

/**
 * The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of two neighbours) from a query to the closest prefix of a name, starting at a word of the name.
 * The prefix's length may differ from the query's by up to the allowed distance, since a letter typed too
 * many or too few shifts it ("eliqis" is one letter short of "eliquis"). Only cells within that distance
 * of the diagonal are computed, and a name is left as soon as every cell of a row is over it, so most
 * names cost a few comparisons. One instance per search: its rows are reused from name to name.
 */
final class PrefixDistance {

    private int[] before;
    private int[] previous;
    private int[] current;

    /** For queries of up to {@code longestQuery} characters and distances up to {@code longestDistance}. */
    PrefixDistance(int longestQuery, int longestDistance) {
        before = new int[longestQuery + longestDistance + 1];
        previous = new int[before.length];
        current = new int[before.length];
    }

    /**
     * The distance from {@code query} to the closest prefix of {@code name} from {@code start}, or
     * {@code max + 1} when every prefix is further than {@code max}.
     */
    int of(char[] query, int queryLength, char[] name, int start, int max) {
        int available = name.length - start;
        int columns = Math.min(available, queryLength + max);
        if (columns < queryLength - max) {
            return max + 1;
        }
        int over = max + 1;
        // Three rows of the table (i-2, i-1, i) over the name's prefix lengths 0..columns.
        int[] before = this.before;
        int[] previous = this.previous;
        int[] current = this.current;
        for (int j = 0; j <= columns; j++) {
            previous[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= queryLength; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(columns, i + max);
            current[0] = i <= max ? i : over;
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowBest = current[0];
            char q = query[i - 1];
            for (int j = from; j <= to; j++) {
                char n = name[start + j - 1];
                int cost = q == n ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && q == name[start + j - 2] && query[i - 2] == n) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                value = Math.min(value, over);
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (to < columns) {
                current[to + 1] = over;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
            if (rowBest > max) {
                keep(before, previous, current);
                return over;
            }
        }
        int best = over;
        for (int j = Math.max(0, queryLength - max); j <= columns; j++) {
            best = Math.min(best, previous[j]);
        }
        keep(before, previous, current);
        return best;
    }

    private void keep(int[] before, int[] previous, int[] current) {
        this.before = before;
        this.previous = previous;
        this.current = current;
    }
}
