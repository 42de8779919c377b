package golden.nested;

import dev.relate.Backref;
import dev.relate.OneToManyRel;
import java.util.List;

public class Outer {
    public static class Team {
        @OneToManyRel(backref = "team")
        List<Member> members;
    }

    public static class Member {
        @Backref
        Team team;
    }
}
