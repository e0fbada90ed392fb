package org.plsim.scenario;

/** Grade numbering: kindergarten is 0, then 1 to 12. Text forms are {@code K}, {@code 1} … {@code 12}. */
public final class Grades {
    public static final int K = 0;
    public static final int TWELFTH = 12;
    public static final int COUNT = 13;

    private Grades() {
    }

    private static final String[] LABELS = {"K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

    /** {@code K}, {@code 1} … {@code 12} (the same string object every time, as result files write it per row). */
    public static String label(int grade) {
        return grade >= K && grade <= TWELFTH ? LABELS[grade] : Integer.toString(grade);
    }

    /** Parses {@code K}, {@code k}, {@code 0} … {@code 12}; returns -1 when the text is not a grade. */
    public static int parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("K")) {
            return K;
        }
        try {
            int g = Integer.parseInt(t);
            return g >= K && g <= TWELFTH ? g : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
