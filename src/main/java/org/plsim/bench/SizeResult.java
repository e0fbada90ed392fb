package org.plsim.bench;

/**
 * Everything measured for one district size.
 *
 * @param requested        size asked for, in students
 * @param students         students the district starts with (the shape rounds to whole schools)
 * @param schools          schools in the district
 * @param model            timed runs of the array model, whole horizon, one thread
 * @param bothArmsSeconds  median wall time of a treatment run (no components) then a business-as-usual
 *                         run, one thread, construction included
 * @param floor            timed runs of the random-number floor over as many student-weeks
 * @param mason            timed runs of the conventional MASON model
 * @param masonWeeks       weeks the conventional model ran (may be fewer than the horizon)
 * @param peakHeapBytes    sum of heap pools' peaks during one run of the array model
 * @param retainedBytes    live heap held by a built array model, after a full collection
 * @param masonRetainedBytes live heap held by a built conventional model (students all scheduled)
 */
public record SizeResult(long requested, long students, int schools, Samples model, double bothArmsSeconds,
                         Samples floor, Samples mason, long masonWeeks, long peakHeapBytes, long retainedBytes,
                         long masonRetainedBytes) {

    /** How many times faster the array model steps a week than the conventional one (medians). */
    public double speedupOverMason() {
        return model.medianSteppingRate() / mason.medianSteppingRate();
    }

    /** How many times slower the array model steps a week than its bare random draws (medians). */
    public double floorRatio() {
        return floor.medianSteppingRate() / model.medianSteppingRate();
    }

    public double retainedBytesPerStudent() {
        return retainedBytes / (double) students;
    }

    public double masonRetainedBytesPerStudent() {
        return masonRetainedBytes / (double) students;
    }
}
