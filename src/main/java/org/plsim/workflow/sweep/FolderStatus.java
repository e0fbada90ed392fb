package org.plsim.workflow.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.sweepfolder.SweepIdentity;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;

/** Where a sweep folder stands, shard by shard, read without writing anything: safe while shards run. */
public final class FolderStatus {
    private FolderStatus() {
    }

    /**
     * The status of the sweep in {@code root}, complete or not (its {@link SweepStatus#describe} says so).
     *
     * @param plan      the sweep it must hold, or null for any
     * @param sweepFile the sweep file as the user named it, for the command that would start it; or null
     * @throws SweepProblem when it holds no runs, another sweep, or cannot be read
     */
    public static SweepStatus of(Path root, SweepPlan plan, String sweepFile) throws SweepProblem {
        if (!Files.exists(root.resolve(SweepIdentity.FILE))) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, root + ": no runs yet (no " + SweepIdentity.FILE + ")"
                    + (sweepFile == null ? "" : "; to run them: plsim sweep " + sweepFile + " --out " + root));
        }
        try {
            SweepStatus s = SweepMerge.status(root);
            if (plan != null && !s.sweep().fingerprint().equals(plan.fingerprint())) {
                throw new SweepProblem(SweepProblem.Kind.REFUSED, root + " holds sweep " + s.sweep().sweepId()
                        + " (fingerprint " + SweepIdentity.shortly(s.sweep().fingerprint()) + "), not this sweep "
                        + "file's (" + SweepIdentity.shortly(plan.fingerprint()) + ")");
            }
            return s;
        } catch (SweepRefusal e) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, "plsim: " + e.getMessage());
        } catch (IOException e) {
            throw new SweepProblem(SweepProblem.Kind.FAILED, "plsim: could not read " + root + ": " + e);
        }
    }

    /** An incomplete or self-contradicting folder as a problem: its description, failed if runs disagree. */
    static SweepProblem problem(SweepStatus s) {
        return new SweepProblem(s.nondeterministic().isEmpty() ? SweepProblem.Kind.REFUSED : SweepProblem.Kind.FAILED,
                s.describe(), s);
    }
}
