package dev.relate.examples.runtime.detach;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

class Store {
    @OneToManyRel(backPopulates = "store")
    List<Ebook> ebooks = new ArrayList<>();
}
