package golden.onetoonerel;

import dev.relate.OneToOneRel;

public class Passport {
    @OneToOneRel(backPopulates = "passport")
    Person holder;
}
