package org.plsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's links hold: every relative link in README.md, in the manual ({@code src/site/markdown/*.md})
 * and in the tracked Markdown files under {@code scenarios/}, {@code results/} and {@code notebooks/} names a file
 * or folder that exists, and a {@code #anchor} into a Markdown file names one of its headings (GitHub's slug:
 * lower case, spaces to '-', punctuation other than '-' and '_' dropped). Links to http(s) and mailto, and
 * anything inside fenced code blocks or code spans, are not checked. Also: README.md stays a front door of at
 * most 200 lines, and every page of the manual exists and is listed in {@code index.md} and {@code site.xml}.
 */
class DocumentationLinksTest {
    static final int README_MAX_LINES = 200;
    static final Path MANUAL = Path.of("src", "site", "markdown");
    static final List<String> REQUIRED_PAGES = List.of("index.md", "model.md", "components.md",
            "scenario-format.md", "outputs.md", "sweeps.md", "clusters.md", "studies-and-calibration.md",
            "reproducibility.md", "performance.md", "evidence.md", "notebooks.md", "architecture.md");
    static final List<String> FOLDERS = List.of("scenarios", "results", "notebooks");

    static Path root() {
        return Path.of("").toAbsolutePath();
    }

    @Test
    void everyRelativeLinkResolves_toAFileAndHeading() throws IOException {
        Path root = root();
        List<Path> files = markdownFiles(root);
        assertTrue(files.contains(root.resolve("README.md")), "README.md not found in " + root);
        assertTrue(files.size() >= REQUIRED_PAGES.size() + 1, "too few Markdown files found: " + files);
        List<String> broken = brokenLinks(root, files);
        assertTrue(broken.isEmpty(), broken.size() + " broken link(s) in the documentation:\n"
                + String.join("\n", broken));
    }

    @Test
    void readmeIsAFrontDoor_ofAtMost200Lines() throws IOException {
        long lines = Files.readAllLines(root().resolve("README.md"), StandardCharsets.UTF_8).size();
        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines, at most " + README_MAX_LINES
                + " allowed: move manual text to " + MANUAL + "/ and link to it");
    }

    @Test
    void everyManualPageExists_andIsListedInTheIndexAndTheSiteMenu() throws IOException {
        Path manual = root().resolve(MANUAL);
        List<String> missing = REQUIRED_PAGES.stream().filter(p -> !Files.isRegularFile(manual.resolve(p))).toList();
        assertTrue(missing.isEmpty(), "missing manual pages in " + MANUAL + ": " + missing);
        String index = Files.readString(manual.resolve("index.md"), StandardCharsets.UTF_8);
        String site = Files.readString(root().resolve("src/site/site.xml"), StandardCharsets.UTF_8);
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> pages = Files.list(manual)) {
            for (String page : pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList()) {
                String html = page.substring(0, page.length() - 3) + ".html";
                if (!page.equals("index.md") && !index.contains("](" + page + ")")) {
                    unlisted.add(page + ": not linked from index.md");
                }
                if (!site.contains("href=\"" + html + "\"")) {
                    unlisted.add(page + ": no menu item href=\"" + html + "\" in src/site/site.xml");
                }
            }
        }
        assertTrue(unlisted.isEmpty(), String.join("\n", unlisted));
    }

    /** The checker itself catches what it should and ignores what it should (so the test above can fail). */
    @Test
    void theChecker_reportsMissingFilesAndAnchors_andIgnoresCodeAndWebLinks(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/page.md"), """
                # Page

                ## Blended learning (`blended_learning`)

                ## Re-running a result folder
                """);
        Files.writeString(dir.resolve("README.md"), """
                # Front

                [ok](docs/page.md) [ok](docs/page.md#blended-learning-blended_learning) [ok](docs/)
                [ok](#front) [ok](docs/page.md#re-running-a-result-folder "title") [web](https://example.org/x.md)
                [mail](mailto:someone@example.org) `[in a code span](nowhere.md)`
                ```
                [in a fence](nowhere.md)
                ```
                [gone](docs/gone.md) and [bad anchor](docs/page.md#rerunning)
                ![image](docs/missing.png)
                [outside](../elsewhere.md)
                """);
        List<String> broken = brokenLinks(dir, List.of(dir.resolve("README.md"), dir.resolve("docs/page.md")));
        assertEquals(List.of(
                "README.md:9: docs/gone.md -> no such file or folder",
                "README.md:9: docs/page.md#rerunning -> no heading with slug 'rerunning' in docs/page.md",
                "README.md:10: docs/missing.png -> no such file or folder",
                "README.md:11: ../elsewhere.md -> points outside the repository"), broken);
    }

    @Test
    void slugs_followGitHub() {
        assertEquals("blended-learning-blended_learning", slug("Blended learning (`blended_learning`)"));
        assertEquals("re-running-a-result-folder", slug("Re-running a result folder"));
        assertEquals("the-business-as-usual-model", slug("The business-as-usual model"));
        assertEquals("sweep-file-reference", slug("Sweep file [reference](x.md)"));
    }

    // ---- the checker ---------------------------------------------------------------------------------------

    /** README.md, the manual's pages, and the tracked Markdown files under scenarios/, results/, notebooks/. */
    static List<Path> markdownFiles(Path root) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> pages = Files.list(root.resolve(MANUAL))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Path> tracked = trackedMarkdown(root);
        if (tracked != null) {
            files.addAll(tracked);
        } else { // no git (e.g. an exported source tree): every Markdown file, results/ only at its top
            for (String folder : FOLDERS) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir, folder.equals("results") ? 1 : Integer.MAX_VALUE)) {
                    walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            }
        }
        return List.copyOf(files);
    }

    /** {@code git ls-files} for *.md under the folders, or null when git cannot say. */
    static List<Path> trackedMarkdown(Path root) {
        List<String> command = new ArrayList<>(List.of("git", "ls-files", "-z", "--"));
        FOLDERS.forEach(f -> command.add(f + "/*.md"));
        try {
            Process git = new ProcessBuilder(command).directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return null;
            }
            List<Path> files = new ArrayList<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty() && Files.isRegularFile(root.resolve(name))) {
                    files.add(root.resolve(name));
                }
            }
            return files.isEmpty() ? null : files.stream().sorted().toList();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Every broken link in the files, as {@code file:line: link -> why}, file relative to root. */
    static List<String> brokenLinks(Path root, List<Path> files) throws IOException {
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        List<String> broken = new ArrayList<>();
        Path realRoot = root.toRealPath();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean[] code = codeLines(lines);
            for (int i = 0; i < lines.size(); i++) {
                if (code[i]) {
                    continue;
                }
                String line = CODE_SPAN.matcher(lines.get(i)).replaceAll(m -> " ".repeat(m.group().length()));
                List<String> targets = new ArrayList<>();
                Matcher inline = INLINE_LINK.matcher(line);
                while (inline.find()) {
                    targets.add(inline.group(1));
                }
                Matcher definition = REFERENCE_DEFINITION.matcher(line);
                if (definition.find()) {
                    targets.add(definition.group(1));
                }
                for (String target : targets) {
                    String why = check(realRoot, file, target, anchorsByFile);
                    if (why != null) {
                        broken.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": "
                                + target + " -> " + why);
                    }
                }
            }
        }
        return broken;
    }

    /** Why the link is broken, or null when it resolves (or is not a relative link). */
    static String check(Path root, Path file, String rawTarget, Map<Path, Set<String>> anchorsByFile) {
        String target = rawTarget.startsWith("<") && rawTarget.endsWith(">")
                ? rawTarget.substring(1, rawTarget.length() - 1) : rawTarget;
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) {
            return null;
        }
        if (SCHEME.matcher(target).find()) {
            return "not a relative link (only http, https and mailto links are left unchecked)";
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path resolved;
        try {
            String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path self;
            try {
                self = file.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path base = self.getParent();
            resolved = decoded.isEmpty() ? self
                    : decoded.startsWith("/") ? root.resolve(decoded.substring(1)).normalize()
                    : base.resolve(decoded).normalize();
        } catch (IllegalArgumentException e) {
            return "not a valid path (" + e.getMessage() + ")";
        }
        if (!resolved.startsWith(root)) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file or folder";
        }
        if (anchor == null || anchor.isEmpty() || !Files.isRegularFile(resolved)
                || !resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return null;
        }
        Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, DocumentationLinksTest::anchors);
        if (!anchors.contains(anchor)) {
            return "no heading with slug '" + anchor + "' in "
                    + root.relativize(resolved).toString().replace('\\', '/');
        }
        return null;
    }

    /** The anchors a Markdown file offers: its headings' slugs (duplicates numbered as GitHub does) and HTML anchors. */
    static Set<String> anchors(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean[] code = codeLines(lines);
        Set<String> anchors = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            String line = lines.get(i);
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                heading = atx.group(1) == null ? "" : atx.group(1);
            } else if (i + 1 < lines.size() && !code[i + 1] && !line.isBlank()
                    && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()
                    && !line.trim().startsWith("|") && !line.trim().startsWith("-")) {
                heading = line.trim();
            }
            if (heading != null) {
                String slug = slug(heading);
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: the heading's text, lower case, punctuation other than '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link's text only
                .replaceAll("<[^>]+>", "")                                     // inline HTML tags
                .trim().toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** Which lines are inside fenced code blocks (fence lines included). */
    static boolean[] codeLines(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        String open = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (open == null) {
                if (fence.find()) {
                    open = fence.group(1);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                if (fence.find() && fence.group(1).charAt(0) == open.charAt(0)
                        && fence.group(1).length() >= open.length()
                        && lines.get(i).trim().equals(fence.group(1))) {
                    open = null;
                }
            }
        }
        return code;
    }
}
