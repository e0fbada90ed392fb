package org.plsim.components.competency;

/**
 * Which served students of one school have a unit event due in each week of this year: one bit per served
 * student per week, set when the student's next event is scheduled. A week visits only its set bits, in the
 * served list's order (the order the {@code units} stream is drawn in), instead of comparing every served
 * student's next event with the week; a week with no bit set is skipped whole.
 *
 * <p>A student's week is the first week {@code now} (1 = the end of the year's first week) for which
 * {@link UnitProgress#due} holds: the week the weekly step would first find the event due. Events that fall
 * after the year's last week are never due this year and are not kept.
 */
final class DueWeeks {
    private final int lastWeek;
    private final int words;
    /** Bit {@code j} of week {@code w}: word {@code w * words + j / 64}. */
    private final long[] bits;
    private final int[] scheduled;

    /**
     * @param lastWeek the year's last week (weeks per year): the largest {@code now} the weekly step sees
     * @param students served students (positions in the served list, 0 to {@code students − 1})
     */
    DueWeeks(int lastWeek, int students) {
        this.lastWeek = lastWeek;
        this.words = (students + 63) >>> 6;
        this.bits = new long[(lastWeek + 1) * words];
        this.scheduled = new int[lastWeek + 1];
    }

    /** Files served student {@code j} under the week its next event, at {@code eventTime}, falls due. */
    void add(int j, double eventTime) {
        int w = firstWeek(eventTime, lastWeek);
        if (w > 0) {
            bits[w * words + (j >>> 6)] |= 1L << j;
            scheduled[w]++;
        }
    }

    /** True if some served student was filed under week {@code now}. */
    boolean any(int now) {
        return now > 0 && now <= lastWeek && scheduled[now] > 0;
    }

    /** Words of bits per week: served positions {@code 64 w} to {@code 64 w + 63} are in word {@code w}. */
    int words() {
        return words;
    }

    /** The bits of word {@code word} of week {@code now} (a week runs once, so they are not cleared). */
    long word(int now, int word) {
        return bits[now * words + word];
    }

    /**
     * The first week {@code now} in 1 to {@code lastWeek} with {@code UnitProgress.due(eventTime, now)}, or −1 if
     * there is none ({@link UnitProgress#NEVER}, or after the year). The rounded guess is corrected against the
     * predicate itself, which grows with {@code now}, so the week is the predicate's to the last bit.
     */
    static int firstWeek(double eventTime, int lastWeek) {
        if (!UnitProgress.due(eventTime, lastWeek)) {
            return -1;
        }
        int w = (int) Math.max(1, Math.min(lastWeek, Math.ceil(eventTime)));
        while (w > 1 && UnitProgress.due(eventTime, w - 1)) {
            w--;
        }
        while (!UnitProgress.due(eventTime, w)) {
            w++;
        }
        return w;
    }
}
