package test.valid.association.publishers;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.valid.association.contracts.Contract;

public class Publisher {
    @OneToManyRel(backPopulates = "publisher")
    public List<Contract> contracts = new ArrayList<>();
}
