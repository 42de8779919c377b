package dev.relate.examples.runtime.detach;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

class Genre {
    @ManyToManyRel(backPopulates = "genres")
    List<Book> books = new ArrayList<>();
}
