package dev.relate.examples.runtime.positions;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** A queue of tasks, each task's place kept in its {@code place} field. */
class Queue extends Entity {
    @OneToManyRel(backPopulates = "queue", position = "place")
    List<Task> tasks = new ArrayList<>();
}
