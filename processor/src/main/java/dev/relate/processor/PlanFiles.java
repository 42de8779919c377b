package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.FileFacts;
import dev.relate.processor.read.MemberDescriptors;
import dev.relate.processor.write.EntityInterfaceWriter;
import dev.relate.processor.write.Reached;
import dev.relate.processor.write.RelationsWriter;
import dev.relate.processor.write.TableWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * The file relate writes for each class of a plan, given the class it is written for: the same
 * text whether it is written now or written only to compare with a class file ({@link StaleHelpers}).
 */
final class PlanFiles {
    /** The {@code @Generated} for a file written for a class, or null where there is none. */
    private final Function<TypeElement, ClassName> generatedAnnotation;
    private final FileFacts facts;
    private final MemberDescriptors descriptors;
    /** The generated class of every class the plan reached, by owner: where writers find others' end objects. */
    private final Map<ClassName, RelationsClass> relationsByOwner = new HashMap<>();

    PlanFiles(Plan plan, FileFacts facts, MemberDescriptors descriptors,
            Function<TypeElement, ClassName> generatedAnnotation) {
        this.facts = facts;
        this.descriptors = descriptors;
        this.generatedAnnotation = generatedAnnotation;
        for (RelationsClass relations : plan.reached()) {
            relationsByOwner.put(relations.owner(), relations);
        }
    }

    Function<TypeElement, GeneratedFile> relations(RelationsClass relations) {
        return owner -> {
            Reached reached = new Reached();
            JavaFile file = new RelationsWriter(generatedAnnotation.apply(owner), relationsByOwner::get)
                    .write(relations, owner, facts.forRelations(relations), reached);
            return new GeneratedFile(file, members(reached, Set.of()));
        };
    }

    Function<TypeElement, GeneratedFile> entityInterface(EntityInterface entityInterface) {
        return owner -> new GeneratedFile(new EntityInterfaceWriter(generatedAnnotation.apply(owner))
                .write(entityInterface, owner, facts.forRelations(entityInterface.relations())), "");
    }

    Function<TypeElement, GeneratedFile> table(LinkTableClass table) {
        return owner -> {
            Reached reached = new Reached();
            JavaFile file = new TableWriter(generatedAnnotation.apply(owner))
                    .write(table, owner, facts.forTable(table), reached);
            return new GeneratedFile(file, members(reached, ids(table.left(), table.right())));
        };
    }

    Function<TypeElement, GeneratedFile> table(AssociationTableClass table) {
        return owner -> {
            Reached reached = new Reached();
            JavaFile file = new TableWriter(generatedAnnotation.apply(owner))
                    .write(table, relationsByOwner.get(table.association().type()), owner,
                            facts.forAssociationTable(table), reached);
            return new GeneratedFile(file, members(reached, ids(table.left(), table.right())));
        };
    }

    /**
     * What a generated class reaches by name on other classes, as its writer found it: the erased
     * types of the fields, accessors, validators and listeners it names, and the constants of other
     * generated classes it uses with their erased types; with {@code more}, found another way. Nothing
     * else: an end that only the other class's generated class reads (through its end object) is
     * not this class's to follow.
     */
    private String members(Reached reached, Set<String> more) {
        Set<String> found = new TreeSet<>(more);
        for (Reached.Member member : reached.members()) {
            found.addAll(member.kind() == Reached.Kind.FIELD ? descriptors.field(member.owner(), member.name())
                    : descriptors.methods(member.owner(), member.name()));
        }
        found.addAll(reached.constants());
        return String.join("\n", found);
    }

    /** What a table class reaches by name beside what its field code does: the ids of its two classes. */
    private Set<String> ids(LinkTableClass.Entity left, LinkTableClass.Entity right) {
        Set<String> found = new TreeSet<>();
        for (LinkTableClass.Entity entity : List.of(left, right)) {
            found.addAll(descriptors.field(entity.type(), entity.id().field()));
            found.addAll(descriptors.methods(entity.type(), entity.id().getter()));
        }
        return found;
    }
}
