package test.errors.signings;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import test.errors.agents.Agent;
import test.errors.leagues.League;

@AssociationObject
public class Signing {
    @ManyToOneRel(backPopulates = "signings")
    public Agent agent;

    @ManyToOneRel(backPopulates = "signings")
    public League league;

    public int years;
}
