package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedList;
import java.util.List;

/** The right side of {@code ListLeft.rights}: a {@code LinkedList}, which is not {@code RandomAccess}. */
class ListRight extends Entity {
    @ManyToManyRel(secondary = "mm_kind_list", backPopulates = "rights")
    List<ListLeft> lefts = new LinkedList<>();
}
