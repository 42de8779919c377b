package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousRecordComponent {
    static class Parent {
    }

    record Child(@ManyToOneRel Parent parent) {
    }
}
