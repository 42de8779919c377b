package dev.relate.examples.runtime.association;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only some association classes have: a collection left null, no constructor relate can call. */
class AssociationDetailsTest {

    private static void check(List<Student> students, List<Course> courses) {
        Invariants.assertAssociations("Enrollment", students, courses, List.<Enrollment>of(),
                student -> student.enrollments, enrollment -> enrollment.student, course -> course.enrollments,
                enrollment -> enrollment.course);
    }

    @Test
    void aCollectionOfAssociationsLeftNullReadsAsEmptyAndIsCreatedByTheFirstLink() {
        Student s = new Student();
        Course c = new Course();
        List<Student> students = CourseRelations.studentOfEnrollments(c);
        assertThat(students).isEmpty();
        assertThat(students.size()).isEqualTo(0);
        assertThat(students.iterator().hasNext()).isFalse();
        assertThat(students.contains(s)).isFalse();
        assertThat(students.remove(s)).isFalse();
        check(List.of(s), List.of(c));
        students.clear();
        check(List.of(s), List.of(c));
        assertThat(EnrollmentRelations.find(s, c)).isNull();
        assertThat(EnrollmentRelations.unlink(s, c)).isEqualTo(0);
        check(List.of(s), List.of(c));
        assertThat(c.enrollments).isNull();
        assertThat(students.add(s)).isTrue();
        check(List.of(s), List.of(c));
        assertThat(c.enrollments).hasSize(1);
        Enrollment made = c.enrollments.get(0);
        assertThat(made.student).isSameInstanceAs(s);
        assertThat(made.grade).isNull();
        assertThat(students).containsExactly(s);
        assertThat(StudentRelations.courseOfEnrollments(s)).containsExactly(c);
        assertThat(EnrollmentRelations.unlink(s, c)).isEqualTo(1);
        check(List.of(s), List.of(c));
        assertThat(c.enrollments).isEmpty();
        assertThat(s.enrollments).isEmpty();
    }

    @Test
    void extraDataGoesInWithTheLinkAndIsChangedThroughFind() {
        Student s = new Student();
        Course math = new Course();
        Course art = new Course();
        Enrollment e = EnrollmentRelations.link(s, math, new Enrollment("A"));
        check(List.of(s), List.of(math, art));
        Enrollment f = EnrollmentRelations.link(s, art);
        check(List.of(s), List.of(math, art));
        assertThat(EnrollmentRelations.find(s, math).grade).isEqualTo("A");
        assertThat(f.grade).isNull();
        EnrollmentRelations.find(s, art).grade = "B";
        check(List.of(s), List.of(math, art));
        assertThat(s.enrollments.get(1).grade).isEqualTo("B");
        assertThat(art.enrollments.get(0)).isSameInstanceAs(f);
        assertThat(e.course).isSameInstanceAs(math);
        check(List.of(s), List.of(math, art));
    }

    @Test
    void withoutAConstructorRelateCanCallAddingThroughAViewSaysWhatToDoInstead() {
        Order order = new Order();
        Product product = new Product();
        LineItem kept = LineItemRelations.link(order, product, new LineItem(3));
        checkLines(order, product);
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> OrderRelations.productOfLines(order).add(new Product()));
        checkLines(order, product);
        assertThat(refused).hasMessageThat().contains("LineItem");
        assertThat(refused).hasMessageThat().contains("link(left, right, association)");
        assertThrows(UnsupportedOperationException.class, () -> ProductRelations.orderOfOrderLines(product).add(order));
        checkLines(order, product);
        assertThat(order.lines).containsExactly(kept);
        assertThat(product.orderLines).containsExactly(kept);
        assertThat(LineItemRelations.find(order, product).quantity).isEqualTo(3);
        // removing through the view still works
        assertThat(ProductRelations.orderOfOrderLines(product).remove(order)).isTrue();
        checkLines(order, product);
        assertThat(kept.order).isNull();
        assertThat(kept.product).isNull();
        assertThat(order.lines).isEmpty();
    }

    @Test
    void anAbstractAssociationClassIsToldItIsAbstract() {
        Flight flight = new Flight();
        Passenger passenger = new Passenger();
        Booking kept = BookingRelations.link(flight, passenger, new Booking.Economy());
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> FlightRelations.passengerOfBookings(flight).add(new Passenger()));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateCannotCreateAssociation] Booking is abstract, so relate cannot create one: create the"
                + " association yourself and pass it to link(left, right, association)");
        assertThat(refused).hasMessageThat().doesNotContain("constructor");
        assertThrows(UnsupportedOperationException.class,
                () -> PassengerRelations.flightOfBookings(passenger).add(new Flight()));
        Invariants.assertAssociations("Booking", List.of(flight), List.of(passenger), List.<Booking>of(),
                f -> f.bookings, booking -> booking.flight, p -> p.bookings, booking -> booking.passenger);
        assertThat(flight.bookings).containsExactly(kept);
        assertThat(passenger.bookings).containsExactly(kept);
    }

    private static void checkLines(Order order, Product product) {
        Invariants.assertAssociations("LineItem", List.of(order), List.of(product), List.<LineItem>of(),
                o -> o.lines, line -> line.order, p -> p.orderLines, line -> line.product);
    }

    @Test
    void theEndsOfAnInheritingAssociationClassAreTheSuperclassFields() {
        Article article = new Article();
        Tag tag = new Tag();
        BaseTagging tagging = TaggingRelations.link(article, tag);
        checkTaggings(article, tag);
        tagging.weight = 5;
        assertThat(tagging.article).isSameInstanceAs(article);
        assertThat(tagging.tag).isSameInstanceAs(tag);
        assertThat(TaggingRelations.find(article, tag).weight).isEqualTo(5);
        Iterator<Tag> tags = ArticleRelations.tagOfTaggings(article).iterator();
        assertThat(tags.next()).isSameInstanceAs(tag);
        assertThat(tags.hasNext()).isFalse();
        assertThat(TagRelations.articleOfTaggings(tag)).containsExactly(article);
        assertThat(TagRelations.articleOfTaggings(tag).remove(article)).isTrue();
        checkTaggings(article, tag);
        assertThat(tagging.article).isNull();
        assertThat(tagging.tag).isNull();
    }

    private static void checkTaggings(Article article, Tag tag) {
        Invariants.assertAssociations("Tagging", List.of(article), List.of(tag), List.<Tagging>of(),
                a -> a.taggings, t -> t.article, t -> t.taggings, t -> t.tag);
    }
}
