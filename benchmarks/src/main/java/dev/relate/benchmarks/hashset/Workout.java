package dev.relate.benchmarks.hashset;

/**
 * Runs every generated helper of this package's model once ({@link #run()}), or every hand-written
 * one ({@link #runHand()}): see {@code dev.relate.benchmarks.Pollution}.
 */
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

    /**
     * Runs every hand-written helper of this package's model once, on the same relationships as
     * {@link #run()}, so that the JDK's code that they share with every other hand-written helper
     * (the collections' own {@code add} and {@code remove}, the {@code equals} and {@code hashCode}
     * calls inside them) sees as many classes as relate's runtime does.
     */
    public static int runHand() {
        Person first = new Person();
        Person second = new Person();
        Phone phone = new Phone();
        first.addPhone(phone);
        first.removePhone(phone);
        second.addPhone(phone);
        second.removePhone(phone);

        Author author = new Author(1);
        Book book = new Book(1);
        author.addBook(book);
        new Author(2).addBook(book);
        author.removeBook(book);

        Student student = new Student();
        Course course = new Course();
        student.addCourse(course);
        student.addCourse(new Course());
        student.removeCourse(course);
        return first.phones.size() + second.phones.size() + author.books.size() + student.enrollments.size();
    }
}
