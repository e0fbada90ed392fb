package org.plsim.reporting;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The look every PLSim report page shares (a run's and a sweep's {@code report.html}): one inline style sheet,
 * no script, no link to anything outside the page, and tables that stay within the page's width — each sits in
 * a box that scrolls sideways when a table is wider than the page, long words (hashes) wrap, and labels joined
 * by {@code +} wrap after each {@code +}.
 */
public final class PageLook {
    /** The style sheet, for a {@code <style>} element in the page's head. */
    public static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;\
            max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
            .table{overflow-x:auto;max-width:100%;margin:.6rem 0 1.2rem}
            table{border-collapse:collapse;font-size:.88rem;max-width:100%}
            th,td{border:1px solid #d4d4d4;padding:.25rem .5rem;text-align:left;vertical-align:top;\
            overflow-wrap:break-word}
            th{background:#f3f3f3}td{font-variant-numeric:tabular-nums}
            figure{margin:1.2rem 0 2rem}img,svg{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
            .note{font-size:.9rem;color:#444}.warn{background:#fff4e5;border-left:4px solid #e08a00;padding:.4rem .8rem}
            .answer{background:#eef5fb;border-left:4px solid #0072b2;padding:.5rem 1rem;font-size:1.05rem}
            .answer li{margin:.3rem 0}
            """;

    private static final Pattern JOINED = Pattern.compile("\\+(?=[A-Za-z])");

    private PageLook() {
    }

    /** The page's text escaped for HTML; null as empty. */
    public static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }

    /**
     * A label joined by {@code +} ({@code blended_learning+partnerships}) may wrap after each {@code +}, so that
     * a long one does not widen its column past the page; a sign before a number ({@code +0.12}) stays.
     */
    static String breakable(String escaped) {
        return JOINED.matcher(escaped).replaceAll("+<wbr>");
    }

    /** The page's opening up to and including its {@code <h1>}: doctype, language, charset, title, style. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n";
    }

    /** A table from a header and rows of cell text (escaped here), in a box that keeps it within the page. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<div class=\"table\"><table>\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(breakable(esc(c))).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }
}
