package test.errors.singers;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.errors.gigs.Gig;

public class Singer {
    @OneToManyRel(backPopulates = "singer")
    public List<Gig> gigs = new ArrayList<>();
}
