package org.plsim.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The Java files of {@code src/main/java/org/plsim}, read once for every architecture rule. */
final class SourceTree {
    static final Path ROOT = Path.of("src/main/java/org/plsim");

    private final List<SourceFile> files;
    private final Set<String> packageInfos;

    private SourceTree(List<SourceFile> files, Set<String> packageInfos) {
        this.files = files;
        this.packageInfos = packageInfos;
    }

    static SourceTree read() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        Set<String> infos = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                if (f.getFileName().toString().equals("package-info.java")) {
                    infos.add(SourceFile.packageOf(f));
                } else {
                    files.add(SourceFile.read(f));
                }
            }
        }
        return new SourceTree(List.copyOf(files), infos);
    }

    List<SourceFile> files() {
        return files;
    }

    /** Every package with a class in it, relative to {@code org.plsim} ("" for the root). */
    Set<String> packages() {
        Set<String> out = new TreeSet<>();
        files.forEach(f -> out.add(f.pkg()));
        return out;
    }

    boolean hasPackageInfo(String pkg) {
        return packageInfos.contains(pkg);
    }

    /** Package → the PLSim packages its classes use, from imports and qualified names. */
    PackageGraph dependencyGraph() {
        PackageGraph graph = new PackageGraph();
        files.forEach(f -> f.plsimPackagesUsed().forEach(used -> graph.add(f.pkg(), used)));
        return graph;
    }
}
