package golden.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

@AssociationObject
public class Association {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;

    @ManyToOneRel(backPopulates = "parents")
    Child child;

    String extraData;

    public Association() {
    }

    public Association(String extraData) {
        this.extraData = extraData;
    }
}
