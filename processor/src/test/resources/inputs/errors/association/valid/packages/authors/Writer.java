package test.valid.association.authors;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.valid.association.contracts.Contract;

public class Writer {
    @OneToManyRel(backPopulates = "writer")
    public List<Contract> contracts = new ArrayList<>();
}
