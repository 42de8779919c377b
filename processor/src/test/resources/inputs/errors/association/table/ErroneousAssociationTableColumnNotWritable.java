package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationTableColumnNotWritable {
    static class Member {
        long id;

        @OneToManyRel(backPopulates = "member")
        List<Subscription> subscriptions = new ArrayList<>();
    }

    static class Plan {
        long id;

        @OneToManyRel(backPopulates = "plan")
        List<Subscription> subscriptions = new ArrayList<>();
    }

    @AssociationObject(table = "subscriptions")
    static class Subscription {
        @ManyToOneRel(backPopulates = "subscriptions")
        Member member;

        @ManyToOneRel(backPopulates = "subscriptions")
        Plan plan;

        private String status;

        public String getStatus() {
            return status;
        }
    }
}
