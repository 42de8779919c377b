package dev.relate.examples.runtime.manytomany;

import dev.relate.Backref;
import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Three relationships with {@link Club}: two many-to-many, each with its own table, and a one-to-many. */
class Person extends Entity {
    @ManyToManyRel(secondary = "mm_membership", backPopulates = "members")
    Set<Club> clubs = new LinkedHashSet<>();

    @Backref
    Set<Club> administers = new HashSet<>();

    @OneToManyRel(backPopulates = "founder")
    List<Club> founded = new ArrayList<>();
}
