package golden.manytomanybackref;

import java.util.List;

public class Course {
    int id;

    List<Student> students;
}
