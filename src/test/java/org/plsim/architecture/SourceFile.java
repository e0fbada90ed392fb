package org.plsim.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source file as the architecture rules see it: its package, its imports, and its code with comments and
 * string literals blanked out, so a class named in a Javadoc sentence or a message is not a dependency.
 */
final class SourceFile {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.plsim((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    private final Path path;
    private final String pkg;
    private final String code;
    private final List<String> imports;

    private SourceFile(Path path, String pkg, String code, List<String> imports) {
        this.path = path;
        this.pkg = pkg;
        this.code = code;
        this.imports = imports;
    }

    static SourceFile read(Path path) throws IOException {
        String code = blankCommentsAndStrings(Files.readString(path));
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            imports.add(m.group(1));
        }
        return new SourceFile(path, packageOf(path), code, List.copyOf(imports));
    }

    /** The package of a file under {@link SourceTree#ROOT}, relative to {@code org.plsim}. */
    static String packageOf(Path path) {
        Path dir = SourceTree.ROOT.relativize(path).getParent();
        return dir == null ? "" : dir.toString().replace(path.getFileSystem().getSeparator(), ".");
    }

    String pkg() {
        return pkg;
    }

    /** The code without comments, string and character literals (each blanked, lines kept). */
    String code() {
        return code;
    }

    /** PLSim types this file names by their qualified name or imports, as {@code package.Type} relative to org.plsim. */
    Set<String> plsimTypesUsed() {
        Set<String> out = new TreeSet<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            String p = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
            out.add(p.isEmpty() ? m.group(2) : p + "." + m.group(2));
        }
        return out;
    }

    /** The other PLSim packages this file uses ("" is the root package). */
    Set<String> plsimPackagesUsed() {
        Set<String> out = new TreeSet<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            String p = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
            if (!p.equals(pkg)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Imports of anything but PLSim. */
    List<String> libraryImports() {
        return imports.stream().filter(i -> !i.startsWith("org.plsim.")).toList();
    }

    @Override
    public String toString() {
        return path.toString();
    }

    /** Blanks comments, text blocks, strings and character literals with spaces, keeping line breaks. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = literalEnd(s, i);
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static int literalEnd(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }
}
