package dev.relate.examples.runtime.detach;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

class Reader {
    @OneToManyRel(backPopulates = "reader")
    List<Loan> loans = new ArrayList<>();
}
