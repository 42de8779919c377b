package test.errors.leagues;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.errors.signings.Signing;

public class League {
    @OneToManyRel(backPopulates = "league")
    List<Signing> signings = new ArrayList<>();
}
