package golden.onetoonerel;

import dev.relate.OneToOneRel;

public class Person {
    @OneToOneRel(mappedBy = "holder")
    Passport passport;

    @OneToOneRel
    Badge badge;

    @OneToOneRel(backref = "wearer")
    Watch watch;
}
