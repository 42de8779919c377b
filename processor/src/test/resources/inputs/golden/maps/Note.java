package golden.maps;

import dev.relate.ManyToOneRel;

public class Note {
    String keyword;
    private int position;

    @ManyToOneRel(backPopulates = "notes")
    Owner owner;

    @ManyToOneRel(backPopulates = "byPosition")
    Shelf shelf;

    public int getPosition() {
        return position;
    }
}
