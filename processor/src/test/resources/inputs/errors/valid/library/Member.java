package test.valid.library;

import dev.relate.ManyToOneRel;

/** The other end, compiled in this build. */
public class Member {
    @ManyToOneRel(backPopulates = "members")
    public Club club;
}
