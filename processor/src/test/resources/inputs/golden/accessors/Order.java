package golden.accessors;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;

public class Order {
    @OneToManyRel(backPopulates = "order")
    private LinkedHashSet<Line> lines;

    public LinkedHashSet<Line> getLines() {
        return lines;
    }

    public void setLines(LinkedHashSet<Line> lines) {
        this.lines = lines;
    }
}
