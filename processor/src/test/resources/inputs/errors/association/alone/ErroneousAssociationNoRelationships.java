package test.errors;

import dev.relate.AssociationObject;

public class ErroneousAssociationNoRelationships {
    static class Person {
    }

    static class Club {
    }

    @AssociationObject
    static class Membership {
        Person person;
        Club club;
        String role;
    }
}
