package test.errors;

import dev.relate.OneToManyRel;

public class ErroneousBackrefNotInBuild {
    @OneToManyRel(uselist = false, backref = "item")
    Holder holder;
}
