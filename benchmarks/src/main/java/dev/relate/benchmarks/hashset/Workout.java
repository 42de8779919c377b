package dev.relate.benchmarks.hashset;

/** Runs every generated helper of this package's model once: see {@code dev.relate.benchmarks.Pollution}. */
public final class Workout {
    private Workout() {
    }

    public static int run() {
        Person first = new Person();
        Person second = new Person();
        Phone phone = new Phone();
        PhoneRelations.setPerson(phone, first);
        PersonRelations.addToPhones(second, phone);
        PersonRelations.phones(first).add(phone);
        PersonRelations.removeFromPhones(first, phone);

        Author author = new Author(1);
        Book book = new Book(1);
        AuthorRelations.addToBooks(author, book);
        BookRelations.addToAuthors(book, new Author(2));
        AuthorRelations.books(author).remove(book);
        BookRelations.removeFromAuthors(book, author);

        Student student = new Student();
        Course course = new Course();
        EnrollmentRelations.link(student, course);
        StudentRelations.courseOfEnrollments(student).add(new Course());
        EnrollmentRelations.unlink(student, course);
        return first.phones.size() + second.phones.size() + author.books.size() + student.enrollments.size();
    }
}
