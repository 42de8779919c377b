package golden.associationtable;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import java.time.LocalDate;

@AssociationObject(table = "association")
public class Association {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;

    @ManyToOneRel(backPopulates = "parents")
    Child child;

    String extraData;

    int rank;

    private LocalDate since;

    transient Object cache;

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }
}
