package dev.relate.examples.runtime.twopackages;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.twopackages.a.Department;
import dev.relate.examples.runtime.twopackages.a.DepartmentRelations;
import dev.relate.examples.runtime.twopackages.b.Staff;
import dev.relate.examples.runtime.twopackages.b.StaffRelations;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes in two packages, one with public fields and one with public accessors: each package gets
 * its own public {@code Relations} class, used here from a third package.
 */
class TwoPackagesTest {

    @Test
    void oneToManyAcrossPackages() {
        Department sales = new Department();
        Department legal = new Department();
        Staff ann = new Staff();
        Staff bob = new Staff();
        StaffRelations.setDepartment(ann, sales);
        DepartmentRelations.addToStaff(sales, bob);
        assertThat(sales.staff).containsExactly(ann, bob).inOrder();
        assertThat(bob.getDepartment()).isSameInstanceAs(sales);
        DepartmentRelations.staff(legal).add(ann);
        assertThat(sales.staff).containsExactly(bob);
        assertThat(ann.getDepartment()).isSameInstanceAs(legal);
        DepartmentRelations.setStaff(legal, List.of(bob));
        assertThat(ann.getDepartment()).isNull();
        assertThat(sales.staff).isEmpty();
        Invariants.assertOneToMany("Department.staff/Staff.department", List.of(sales, legal), List.of(ann, bob),
                department -> department.staff, Staff::getDepartment);
    }

    @Test
    void oneToOneAcrossPackages() {
        Department sales = new Department();
        Department legal = new Department();
        Staff ann = new Staff();
        DepartmentRelations.setHead(sales, ann);
        assertThat(ann.getHeadOf()).isSameInstanceAs(sales);
        StaffRelations.setHeadOf(ann, legal);
        assertThat(sales.head).isNull();
        assertThat(legal.head).isSameInstanceAs(ann);
        Invariants.assertOneToOne("Department.head/Staff.headOf", List.of(sales, legal), List.of(ann),
                department -> department.head, Staff::getHeadOf);
    }

    @Test
    void theHelpersOfPublicClassesArePublic() {
        assertThat(Modifier.isPublic(DepartmentRelations.class.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(StaffRelations.class.getModifiers())).isTrue();
        assertThat(DepartmentRelations.class.getPackage().getName()).endsWith(".a");
        assertThat(StaffRelations.class.getPackage().getName()).endsWith(".b");
    }
}
