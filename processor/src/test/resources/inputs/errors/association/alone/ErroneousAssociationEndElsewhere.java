package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationEndElsewhere {
    static class Company {
        @OneToManyRel(backPopulates = "company")
        List<Employment> employments = new ArrayList<>();
    }

    static class Worker {
        @OneToManyRel(backPopulates = "worker")
        List<Employment> employments = new ArrayList<>();
    }

    abstract static class Engagement {
        @ManyToOneRel(backPopulates = "employments")
        Company company;

        @ManyToOneRel(backPopulates = "employments")
        Worker worker;
    }

    @AssociationObject
    static class Employment extends Engagement {
        long salary;
    }

    /** Its ends are the ends of Employment: Company and Worker hold collections of Employment. */
    @AssociationObject
    static class Internship extends Engagement {
        String school;
    }
}
