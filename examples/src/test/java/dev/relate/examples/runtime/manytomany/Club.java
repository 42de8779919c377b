package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The other side of {@link Person}'s three relationships. */
class Club extends Entity {
    @ManyToManyRel(secondary = "mm_membership", backPopulates = "clubs")
    List<Person> members = new ArrayList<>();

    @ManyToManyRel(secondary = "mm_club_admin", backref = "administers", leftColumn = "club_id",
            rightColumn = "admin_id")
    List<Person> admins = new ArrayList<>();

    @ManyToOneRel(backPopulates = "founded")
    Person founder;
}
