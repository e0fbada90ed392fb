package org.plsim.components.partnerships;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;

/** A clock and streams around {@link FakeSchool}s, for driving a component's hooks by hand. */
final class FakeContext implements ComponentContext {
    final List<FakeSchool> schools;
    int year = 1;
    int week;
    int weeksPerYear = 36;
    private final Map<String, SplittableRandom> streams = new HashMap<>();
    private int columns;

    FakeContext(FakeSchool... schools) {
        this.schools = List.of(schools);
    }

    @Override public int year() { return year; }
    @Override public int week() { return week; }
    @Override public int years() { return 4; }
    @Override public int weeksPerYear() { return weeksPerYear; }
    @Override public List<? extends SchoolView> schools() { return schools; }

    @Override
    public SplittableRandom stream(String purpose) {
        return streams.computeIfAbsent(purpose, p -> new SplittableRandom(p.hashCode()));
    }

    @Override
    public SplittableRandom stream(String purpose, SchoolView school) {
        return stream("school." + school.id() + "." + purpose);
    }

    @Override
    public int studentColumn(String purpose) {
        schools.forEach(FakeSchool::addColumn);
        return columns++;
    }

    @Override
    public long districtStudents() {
        return schools.stream().mapToLong(FakeSchool::size).sum();
    }
}
