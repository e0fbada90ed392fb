package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plsim.io.files.AtomicFile;

/**
 * Brings a finished sweep folder's {@code report.html} up to date with the analyses run on it afterwards
 * ({@link AnalysisSections}), without running or re-analysing the sweep: the page's own sections stay byte for
 * byte as the sweep wrote them (their provenance is the sweep's), and the analyses' block, between two marker
 * comments before the files list, is made again from the files in the folder and written atomically. A folder
 * without those files keeps its report unchanged; the same folder gives the same bytes however often it runs.
 */
final class ReportRefresh {
    static final String BEGIN = "<!-- plsim: analyses of the finished sweep -->\n";
    static final String END = "<!-- plsim: end of analyses -->\n";
    static final String BEFORE = "<h2>Files</h2>\n";

    private ReportRefresh() {
    }

    /**
     * @return whether {@code report.html} was rewritten (false: the folder has none, or it is already current)
     * @throws IllegalArgumentException naming the file when it is not a page plsim sweep wrote
     */
    static boolean of(Path folder) throws IOException {
        Path file = folder.resolve(ReportPage.FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String old = Files.readString(file, StandardCharsets.UTF_8);
        String page = withoutAnalyses(old, file);
        int at = page.lastIndexOf(BEFORE);
        if (at < 0) {
            throw new IllegalArgumentException(file + ": no files section (" + BEFORE.strip() + "); allowed: the "
                    + "report plsim sweep writes");
        }
        String now = page.substring(0, at) + AnalysisSections.html(folder) + page.substring(at);
        if (now.equals(old)) {
            return false;
        }
        AtomicFile.writeString(file, now);
        return true;
    }

    /** Adds report.html to {@code files} when {@link #of} rewrote it. */
    static java.util.List<String> with(java.util.List<String> files, Path folder) throws IOException {
        if (!of(folder)) {
            return files;
        }
        java.util.List<String> all = new java.util.ArrayList<>(files);
        all.add(ReportPage.FILE);
        return all;
    }

    private static String withoutAnalyses(String page, Path file) {
        int begin = page.indexOf(BEGIN);
        if (begin < 0) {
            return page;
        }
        int end = page.indexOf(END, begin);
        if (end < 0) {
            throw new IllegalArgumentException(file + ": the analyses block is not closed (" + END.strip()
                    + "); allowed: the report plsim writes");
        }
        return page.substring(0, begin) + page.substring(end + END.length());
    }
}
