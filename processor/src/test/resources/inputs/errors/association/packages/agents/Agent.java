package test.errors.agents;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.errors.signings.Signing;

public class Agent {
    @OneToManyRel(backPopulates = "agent")
    public List<Signing> signings = new ArrayList<>();
}
