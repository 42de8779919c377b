package golden.manytoone;

import java.util.Set;

public class Child {
    Set<Parent> parents;
}
