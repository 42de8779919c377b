package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one generated file reaches by name on other classes, collected while it is written: the
 * fields and accessors it reads and writes, the validators and listeners it calls, and the end
 * objects of other generated classes it uses with their erased types. The file's fingerprint covers
 * these ({@link Fingerprint}), and nothing else of other classes: a change to a class that the file
 * does not reach (a field only another generated class reads) leaves the file as it was.
 */
public final class Reached {
    /** A member of a user's class: its descriptor is read where the fingerprint is made. */
    public record Member(ClassName owner, String name, Kind kind) {
    }

    /** What a {@link Member} is. */
    public enum Kind {
        FIELD,
        METHOD
    }

    private final Set<Member> members = new LinkedHashSet<>();
    private final Set<String> constants = new TreeSet<>();

    void field(ClassName owner, String name) {
        members.add(new Member(owner, name, Kind.FIELD));
    }

    void method(ClassName owner, String name) {
        if (name != null) {
            members.add(new Member(owner, name, Kind.METHOD));
        }
    }

    /** {@code ParentRelations.CHILDREN}, of the erased type {@code type}, declared by another generated class. */
    void constant(ClassName host, String name, ClassName type) {
        constants.add(host.canonicalName() + "." + name + ":" + type.canonicalName());
    }

    /** The members of users' classes, in the order first reached. */
    public Set<Member> members() {
        return Collections.unmodifiableSet(members);
    }

    /** The other generated classes' constants, {@code com.example.ParentRelations.CHILDREN:…OneToManyEnd}, sorted. */
    public Set<String> constants() {
        return Collections.unmodifiableSet(constants);
    }
}
