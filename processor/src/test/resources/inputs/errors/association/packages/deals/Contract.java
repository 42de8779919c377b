package test.errors.deals;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import test.errors.writers.Writer;

/** Publisher's helpers could use publisher, in the same package; Writer's, in another, cannot. */
@AssociationObject
public class Contract {
    @ManyToOneRel(backPopulates = "contracts")
    public Writer writer;

    @ManyToOneRel(backPopulates = "contracts")
    Publisher publisher;

    long advance;
}
