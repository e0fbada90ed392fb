package org.plsim.io.input;

import java.util.List;
import org.plsim.calibration.Calibration;

/**
 * A calibration file as read: the calibration, and every text it was read from — its own and each study's —
 * so the manifest can record them verbatim and a rerun can read them again without the files.
 *
 * @param file        the calibration file as named (e.g. {@code scenarios/calibrations/x.yaml})
 * @param text        its text as read
 * @param calibration the calibration it describes, studies read and checked
 * @param studies     the study files, targets first, in the file's order
 */
public record CalibrationInput(String file, String text, Calibration calibration, List<StudyFile> studies) {
    public CalibrationInput {
        studies = List.copyOf(studies);
    }

    /**
     * One study file of a calibration.
     *
     * @param inSample  true for a target, false for a held-out study
     * @param asWritten the path as the calibration file gives it (relative to it)
     * @param file      that path resolved against the calibration file's folder: the study's label
     * @param text      the study file's text as read
     */
    public record StudyFile(boolean inSample, String asWritten, String file, String text) {
    }
}
