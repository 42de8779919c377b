package test.errors;

import dev.relate.Backref;
import dev.relate.ManyToOneRel;

public class ErroneousOrphanBackrefOtherClass {
    static class Shop {
        Parent owner;
    }

    static class Parent {
        @ManyToOneRel(backref = "owner")
        Shop shop;
    }

    static class Child {
        @Backref
        Parent owner;
    }
}
