package dev.relate.examples.runtime.detach;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

class Author {
    @OneToManyRel(backPopulates = "author")
    List<Book> books = new ArrayList<>();
}
