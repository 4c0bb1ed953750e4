package dev.aigeo.explorer.explore;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a person types into a Lucene query for the full-text index: every word must match, as a whole word
 * (best), a prefix ("deeps" → DeepSeek) or, for longer words, with a typo or two ("deepsek").
 */
final class SearchText {

    private SearchText() {
    }

    /** Lower case, accents removed: how the 'standard-folding' analyzer sees text. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static List<String> words(String text) {
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The Lucene query, or null when the text holds no word at all. */
    static String lucene(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        return words.stream().map(SearchText::clause).collect(Collectors.joining(" "));
    }

    private static String clause(String word) {
        StringBuilder clause = new StringBuilder("+(").append(word).append("^3 OR ").append(word).append("*^2");
        if (word.length() >= 4) {
            clause.append(" OR ").append(word).append(word.length() >= 8 ? "~2" : "~1");
        }
        return clause.append(')').toString();
    }

    /** True when every typed word starts some word of {@code candidate}. */
    static boolean prefixMatch(List<String> typed, String candidate) {
        if (candidate == null) {
            return false;
        }
        List<String> words = words(candidate);
        return typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }
}
