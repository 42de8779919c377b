package dev.relate.examples.runtime.detach;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

@AssociationObject
class Loan {
    @ManyToOneRel(backPopulates = "loans")
    Reader reader;

    @ManyToOneRel(backPopulates = "loans")
    Book book;
}
