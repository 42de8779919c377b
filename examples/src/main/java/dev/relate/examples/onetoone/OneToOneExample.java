package dev.relate.examples.onetoone;

import java.io.PrintStream;

/**
 * The seed's "One to One" section: a scalar on both sides, and no stale partner left behind; declared
 * with {@code uselist = false} ({@link Parent}, {@link Child}) and with {@code @OneToOneRel}
 * ({@link Person}, {@link Passport}).
 */
public final class OneToOneExample {
    private OneToOneExample() {
    }

    public static void run(PrintStream out) {
        out.println("== One to One ==");
        Parent parent = new Parent(1);
        Child child = new Child(5);
        ParentRelations.setChild(parent, child);
        out.println("parent.child = child                       -> child.parent " + child.parent);

        Child second = new Child(6);
        ParentRelations.setChild(parent, second);
        out.println("parent.child = second                      -> child.parent " + child.parent
                + ", second.parent " + second.parent);

        Parent other = new Parent(2);
        ChildRelations.setParent(second, other);
        out.println("second.parent = other                      -> parent.child " + parent.child
                + ", other.child " + other.child);

        // the same in JPA's words: @OneToOneRel(mappedBy) and @OneToOneRel(backPopulates)
        Person ada = new Person("ada");
        Person bob = new Person("bob");
        Passport passport = new Passport("P-1");
        PersonRelations.setPassport(ada, passport);
        out.println("ada.passport = P-1 (@OneToOneRel)          -> passport.holder " + passport.holder);
        passport.assignHolder(bob);
        out.println("passport.assignHolder(bob)                 -> ada.passport " + ada.passport
                + ", bob.passport " + bob.passport);
    }
}
