package test.errors;

import dev.relate.ManyToOneRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousOtherEndInInterface {
    interface Owner {
        List<Pet> pets = new ArrayList<>();
    }

    static class Pet {
        @ManyToOneRel(backref = "pets")
        Owner owner;
    }
}
