package org.plsim.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {
    @TempDir
    Path tmp;

    @Test
    void beforeCommit_nothingIsVisibleAtTheTarget_afterIt_everythingIs() throws IOException {
        Path parent = tmp.resolve("results/quickstart");
        try (ResultFolder folder = ResultFolder.named(parent, "run1")) {
            Files.writeString(folder.resolve("a.csv"), "x\n");
            Files.writeString(folder.resolve("b.csv"), "y\n");
            assertFalse(Files.exists(parent.resolve("run1")));

            Path done = folder.commit();

            assertEquals(parent.resolve("run1").toAbsolutePath(), done);
        }
        assertEquals(List.of("run1"), names(parent));
        assertEquals(List.of("a.csv", "b.csv"), names(parent.resolve("run1")));
    }

    @Test
    void closedWithoutCommit_leavesNoFolderBehind() throws IOException {
        Path parent = tmp.resolve("results");
        try (ResultFolder folder = ResultFolder.named(parent, "run1")) {
            Files.writeString(folder.resolve("half-written.csv"), "x\n");
        }
        assertEquals(List.of(), names(parent));
    }

    @Test
    void aTakenName_getsTheNextFreeSuffix_andTheEarlierResultIsUntouched() throws IOException {
        Files.createDirectories(tmp.resolve("run1"));
        Files.writeString(tmp.resolve("run1/outcomes.csv"), "earlier\n");
        Files.createDirectories(tmp.resolve("run1-2"));
        Files.writeString(tmp.resolve("run1-2/outcomes.csv"), "earlier too\n");

        Path done;
        try (ResultFolder folder = ResultFolder.named(tmp, "run1")) {
            Files.writeString(folder.resolve("outcomes.csv"), "new\n");
            done = folder.commit();
        }

        assertEquals(tmp.resolve("run1-3"), done);
        assertEquals("earlier\n", Files.readString(tmp.resolve("run1/outcomes.csv")));
        assertEquals("earlier too\n", Files.readString(tmp.resolve("run1-2/outcomes.csv")));
    }

    @Test
    void anExactTarget_thatHoldsFiles_isRefusedAndLeftAsItWas() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("keep.txt"), "precious\n");

        assertFalse(ResultFolder.isFree(out));
        assertThrows(FileAlreadyExistsException.class, () -> ResultFolder.exactly(out));
        assertEquals(List.of("keep.txt"), names(out));
        assertEquals(List.of("mine"), names(tmp)); // no staging folder left either
    }

    @Test
    void anExactTarget_thatIsAFile_isRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");

        assertThrows(FileAlreadyExistsException.class, () -> ResultFolder.exactly(file));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyExactTarget_isFilled() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        try (ResultFolder folder = ResultFolder.exactly(out)) {
            Files.writeString(folder.resolve("a.csv"), "x\n");
            folder.commit();
        }
        assertEquals(List.of("a.csv"), names(out));
    }

    @Test
    void anExactTarget_filledByOthersDuringTheRun_isNotOverwritten() throws IOException {
        Path out = tmp.resolve("race");
        try (ResultFolder folder = ResultFolder.exactly(out)) {
            Files.writeString(folder.resolve("a.csv"), "mine\n");
            Files.createDirectories(out);
            Files.writeString(out.resolve("theirs.csv"), "theirs\n");

            assertThrows(FileAlreadyExistsException.class, folder::commit);
        }
        assertEquals(List.of("theirs.csv"), names(out));
        assertEquals(List.of("race"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
