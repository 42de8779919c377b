package test.errors.writers;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.errors.deals.Contract;

public class Writer {
    @OneToManyRel(backPopulates = "writer")
    public List<Contract> contracts = new ArrayList<>();
}
