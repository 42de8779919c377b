package dev.relate.examples.runtime.detach;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Its catalogue points at books one way: detaching a book cannot find it. */
class Publisher {
    @OneToManyRel
    List<Book> catalogue = new ArrayList<>();
}
