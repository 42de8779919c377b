package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationSideMisspelled {
    static class Actor {
        @OneToManyRel(backPopulates = "actor")
        List<Role> roles = new ArrayList<>();
    }

    static class Film {
        @OneToManyRel(backPopulates = "film")
        List<Role> cast = new ArrayList<>();
    }

    @AssociationObject(left = "actor", right = "flim")
    static class Role {
        @ManyToOneRel(backPopulates = "roles")
        Actor actor;

        @ManyToOneRel(backPopulates = "cast")
        Film film;

        String character;
    }
}
