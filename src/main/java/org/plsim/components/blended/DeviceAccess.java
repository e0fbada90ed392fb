package org.plsim.components.blended;

import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;

/**
 * Which students can get on the software at school: a device of their own (the plan's devices per student,
 * capped at one) and reliable connectivity. Each student draws two numbers in (0, 1] the first fall the
 * component sees them, from the component's own {@code access} stream, kept in student columns so they
 * follow the student between schools; a student has a device while the first is at most the device share,
 * and connects while the second is at most the connectivity share. Nested, like {@code Reach}: more devices
 * never take one away from a student who had one.
 */
final class DeviceAccess {
    private final int deviceColumn;
    private final int networkColumn;
    private final double deviceShare;
    private final double connectivity;

    private DeviceAccess(int deviceColumn, int networkColumn, double deviceShare, double connectivity) {
        this.deviceColumn = deviceColumn;
        this.networkColumn = networkColumn;
        this.deviceShare = deviceShare;
        this.connectivity = connectivity;
    }

    /** Registers the two columns; call from {@code onRunStart}. */
    static DeviceAccess register(ComponentContext ctx, double deviceShare, double connectivity) {
        return new DeviceAccess(ctx.studentColumn("device"), ctx.studentColumn("network"), deviceShare,
                connectivity);
    }

    /** Gives new students their two numbers (two draws each); call each fall for every served school. */
    void assign(ComponentContext ctx, SchoolView school) {
        SplittableRandom rng = ctx.stream("access", school);
        for (int i = 0; i < school.size(); i++) {
            if (school.column(deviceColumn, i) == 0f) {
                school.setColumn(deviceColumn, i, (float) (1.0 - rng.nextDouble()));
                school.setColumn(networkColumn, i, (float) (1.0 - rng.nextDouble()));
            }
        }
    }

    /** True if the student has a device and reliable connectivity at school. */
    boolean connected(SchoolView school, int student) {
        float d = school.column(deviceColumn, student);
        float n = school.column(networkColumn, student);
        return d > 0f && d <= deviceShare && n > 0f && n <= connectivity;
    }
}
