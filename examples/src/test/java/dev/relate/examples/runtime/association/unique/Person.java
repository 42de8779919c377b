package dev.relate.examples.runtime.association.unique;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Both sides of {@link Follow}. */
class Person {
    @OneToManyRel(backPopulates = "follower")
    List<Follow> following = new ArrayList<>();

    @OneToManyRel(backPopulates = "followed")
    List<Follow> followers = new ArrayList<>();
}
