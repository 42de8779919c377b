package test.errors.deals;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Publisher {
    @OneToManyRel(backPopulates = "publisher")
    public List<Contract> contracts = new ArrayList<>();
}
