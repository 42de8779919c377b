package dev.relate.examples.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * The association object: it links a parent and a child and carries data about the link,
 * SQLAlchemy's {@code Association} class with {@code extra_data}. Its table stores one row per
 * association: left_id, right_id and extra_data.
 */
@AssociationObject(table = "association_object")
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
