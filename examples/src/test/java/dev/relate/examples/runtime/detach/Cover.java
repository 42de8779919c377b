package dev.relate.examples.runtime.detach;

import dev.relate.ManyToOneRel;

class Cover {
    @ManyToOneRel(backPopulates = "cover")
    Book book;
}
