package test.errors.gigs;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

class Venue {
    @OneToManyRel(backPopulates = "venue")
    public List<Gig> gigs = new ArrayList<>();
}
