package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one end of a one-to-one relationship: a scalar field holding the one object on the other
 * side. It says what {@code @OneToManyRel(uselist = false)} and {@code @ManyToOneRel} say for a
 * one-to-one, in JPA's words; SQLAlchemy's spelling stays valid, and the two spellings may meet in one
 * relationship.
 *
 * <p>Of the two ends, one <em>owns</em> the relationship (in a database its table holds the foreign
 * key) and names the other end with {@link #backPopulates()} or {@link #backref()}; the other is
 * <em>mapped by</em> it and names it with {@link #mappedBy()}, as JPA's {@code @OneToOne(mappedBy)}:
 *
 * <pre>{@code
 * class Person {
 *     @OneToOneRel(mappedBy = "person")     // the inverse end: @OneToManyRel(uselist = false)
 *     Passport passport;
 * }
 *
 * class Passport {
 *     @OneToOneRel(backPopulates = "passport") // the owner, holding person_id: @ManyToOneRel
 *     Person person;
 * }
 * }</pre>
 *
 * <p>relate writes {@code PersonRelations.setPassport(person, passport)} and
 * {@code PassportRelations.setPerson(passport, person)}; each keeps the other end in sync and clears the
 * end of the partner it replaces. Which end owns changes nothing in memory; it makes the declaration
 * read one way only, and it is what a JPA mapping beside it must say too. Without an attribute the
 * end is one-way.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OneToOneRel {
    /**
     * This end owns the relationship: the field of the target class that is the other end, which
     * declares {@code @OneToOneRel(mappedBy = ...)} naming this field back (SQLAlchemy's
     * {@code back_populates}).
     */
    String backPopulates() default "";

    /**
     * This end owns the relationship: the scalar field of the target class that it manages as the
     * other end (SQLAlchemy's {@code backref}). The field must exist; it may be plain or carry
     * {@link Backref}.
     */
    String backref() default "";

    /**
     * This end is mapped by the other, which owns the relationship: the field of the target class
     * that declares {@code @OneToOneRel(backPopulates = ...)} naming this field back (JPA's
     * {@code mappedBy}).
     */
    String mappedBy() default "";
}
