package golden.eventsassociation;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.List;

public class Artist {
    @OneToManyRel(backPopulates = "artist")
    List<Exhibit> exhibits;

    @Validates("exhibits")
    void checkExhibit(Exhibit exhibit, boolean linking) {
    }
}
