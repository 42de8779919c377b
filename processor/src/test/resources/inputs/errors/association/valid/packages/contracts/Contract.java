package test.valid.association.contracts;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import test.valid.association.authors.Writer;
import test.valid.association.publishers.Publisher;

@AssociationObject
public class Contract {
    @ManyToOneRel(backPopulates = "contracts")
    public Writer writer;

    @ManyToOneRel(backPopulates = "contracts")
    public Publisher publisher;

    long advance;

    protected Contract() {
    }

    public Contract(long advance) {
        this.advance = advance;
    }
}
