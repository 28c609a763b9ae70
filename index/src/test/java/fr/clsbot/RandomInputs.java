package fr.clsbot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random inputs for tests that try many generated cases. The seed is fixed, so a run is repeatable and a
 * failure names the seed and case that reproduce it; {@code -Dclsbot.seed=N} explores other inputs.
 */
public final class RandomInputs {
    /** The seed of this run: {@code clsbot.seed}, else a fixed one. */
    public static final long SEED = Long.getLong("clsbot.seed", 20_261_202L);

    private final Random random;

    /** Inputs drawn from {@link #SEED}, shifted by {@code stream} so that two tests do not draw the same ones. */
    public RandomInputs(long stream) {
        this.random = new Random(SEED * 31 + stream);
    }

    /** An integer in [{@code from}, {@code to}]. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A long in [{@code from}, {@code to}]. */
    public long between(long from, long to) {
        return from + (long) (random.nextDouble() * (to - from));
    }

    /** One of {@code items}. */
    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Between {@code min} and {@code max} items drawn from {@code item}. */
    public <T> List<T> list(int min, int max, Supplier<T> item) {
        int size = between(min, max);
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.get());
        }
        return items;
    }

    /** Up to {@code maxLength} chars of the whole UTF-16 range: controls, lone surrogates, private use… */
    public String anyChars(int maxLength) {
        return chars(maxLength, () -> (char) random.nextInt(Character.MAX_VALUE + 1));
    }

    /** Up to {@code maxLength} chars taken from {@code alphabet}. */
    public String charsOf(String alphabet, int maxLength) {
        return chars(maxLength, () -> alphabet.charAt(random.nextInt(alphabet.length())));
    }

    /** Up to {@code maxLength} chars of [{@code from}, {@code to}] or of {@code extra}. */
    public String charsBetween(char from, char to, String extra, int maxLength) {
        int span = to - from + 1;
        return chars(maxLength, () -> {
            int i = random.nextInt(span + extra.length());
            return i < span ? (char) (from + i) : extra.charAt(i - span);
        });
    }

    /** Lengths up to {@code maxLength}, short ones more often, as people type them. */
    private String chars(int maxLength, Supplier<Character> next) {
        int length = between(0, between(0, maxLength));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(next.get());
        }
        return text.toString();
    }

    /** {@code text} with its invisible characters escaped, for a readable assertion message. */
    public static String describe(String text) {
        StringBuilder shown = new StringBuilder();
        String head = text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " chars)" : text;
        head.chars().forEach(c -> shown.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
