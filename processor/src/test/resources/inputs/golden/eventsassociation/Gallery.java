package golden.eventsassociation;

import dev.relate.OneToManyRel;
import java.util.List;

/** The left side of Exhibit, observed by no class: its end class still drops a list it created. */
public class Gallery {
    @OneToManyRel(backPopulates = "gallery")
    List<Exhibit> exhibits;
}
