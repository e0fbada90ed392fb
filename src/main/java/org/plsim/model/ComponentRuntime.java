package org.plsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.plsim.model.agent.School;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;
import org.plsim.model.random.RandomStreams;

/**
 * The {@link ComponentContext} of one component in one run: its clock, the schools, and streams under its
 * own name only ({@code component.<name>…}). Per-school stream maps are touched only by the thread
 * stepping that school.
 */
final class ComponentRuntime implements ComponentContext {
    private final GrantComponent component;
    private final DistrictModel model;
    private final RandomStreams.Scoped streams;
    private final Map<String, SplittableRandom> districtStreams = new HashMap<>();
    private final List<Map<String, SplittableRandom>> schoolStreams;
    /** The schools as this component sees them: the model's, or (reach only) with levers switched off. */
    private final List<? extends SchoolView> views;

    /**
     * @param reachOnly true in the business-as-usual arm: the component sees {@link ReachOnlySchool}s, so
     *                  it can draw whom it would reach and changes nothing else
     */
    ComponentRuntime(GrantComponent component, DistrictModel model, RandomStreams root, int schools,
                     boolean reachOnly) {
        this.component = component;
        this.model = model;
        this.views = reachOnly ? model.district().schools().stream().map(ReachOnlySchool::new).toList()
                : model.district().schools();
        this.streams = root.scoped("component." + component.name());
        this.schoolStreams = new java.util.ArrayList<>();
        for (int k = 0; k < schools; k++) {
            schoolStreams.add(new HashMap<>());
        }
    }

    GrantComponent component() {
        return component;
    }

    @Override public int year() { return model.year(); }
    @Override public int week() { return model.week(); }
    @Override public int years() { return model.calendar().years(); }
    @Override public int weeksPerYear() { return model.calendar().weeksPerYear(); }

    @Override
    public List<? extends SchoolView> schools() {
        return views;
    }

    /** Sets {@code reached[i]} for each student of the school numbered {@code school} the component reaches. */
    void markReached(int school, boolean[] reached) {
        component.markReached(this, views.get(school), reached);
    }

    @Override
    public SplittableRandom stream(String purpose) {
        return districtStreams.computeIfAbsent(purpose, streams::get);
    }

    /** A lookup in the school's own small map that allocates nothing once the stream exists (week hooks call it). */
    @Override
    public SplittableRandom stream(String purpose, SchoolView school) {
        Map<String, SplittableRandom> own = schoolStreams.get(school.id());
        SplittableRandom rng = own.get(purpose);
        if (rng == null) {
            rng = streams.get("school." + school.id() + "." + purpose);
            own.put(purpose, rng);
        }
        return rng;
    }

    @Override
    public int studentColumn(String purpose) {
        return model.addStudentColumn(component.name() + "." + purpose);
    }

    @Override
    public long districtStudents() {
        return model.district().students();
    }

    void afterWeek(School school) {
        component.onWeek(this, school);
    }
}
