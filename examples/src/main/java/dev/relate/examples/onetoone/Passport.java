package dev.relate.examples.onetoone;

import dev.relate.OneToOneRel;

/**
 * The end that owns the one-to-one (in a database its table holds {@code holder_id}):
 * {@code @OneToOneRel(backPopulates = "passport")}, {@code @ManyToOneRel} in SQLAlchemy's spelling. It
 * implements its generated {@code PassportRelated}, so {@code passport.assignHolder(person)} is its own
 * method.
 */
public class Passport implements PassportRelated {
    final String number;

    @OneToOneRel(backPopulates = "passport")
    Person holder;

    public Passport(String number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return number;
    }
}
