package dev.relate.examples.runtime.detach;

import dev.relate.ManyToOneRel;

/** Inherits Book's ends; EbookRelated extends BookRelated, and its detach() covers both. */
class Ebook extends Book implements EbookRelated {
    @ManyToOneRel(backPopulates = "ebooks")
    Store store;

    Ebook(String title) {
        super(title);
    }
}
