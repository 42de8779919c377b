package dev.relate.examples.runtime.failure;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Owns pets through a private list; a closed shelter is refused by every pet's setter. */
class Shelter extends Entity {
    boolean closed;

    @OneToManyRel(backPopulates = "owner")
    private List<Pet> pets = new ArrayList<>();

    List<Pet> getPets() {
        return pets;
    }

    void setPets(List<Pet> pets) {
        this.pets = pets;
    }
}
