package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.FileFacts;
import dev.relate.processor.read.MemberDescriptors;
import dev.relate.processor.write.EntityInterfaceWriter;
import dev.relate.processor.write.RelationsWriter;
import dev.relate.processor.write.TableWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
        return owner -> new GeneratedFile(new RelationsWriter(generatedAnnotation.apply(owner), relationsByOwner::get)
                .write(relations, owner, facts.forRelations(relations)), members(relations));
    }

    Function<TypeElement, GeneratedFile> entityInterface(EntityInterface entityInterface) {
        return owner -> new GeneratedFile(new EntityInterfaceWriter(generatedAnnotation.apply(owner))
                .write(entityInterface, owner, facts.forRelations(entityInterface.relations())), "");
    }

    Function<TypeElement, GeneratedFile> table(LinkTableClass table) {
        return owner -> new GeneratedFile(new TableWriter(generatedAnnotation.apply(owner))
                .write(table, owner, facts.forTable(table)), ids(table.left(), table.right()));
    }

    Function<TypeElement, GeneratedFile> table(AssociationTableClass table) {
        return owner -> new GeneratedFile(new TableWriter(generatedAnnotation.apply(owner))
                .write(table, relationsByOwner.get(table.association().type()), owner,
                        facts.forAssociationTable(table)), ids(table.left(), table.right()));
    }

    /**
     * The members a {@code <Class>Relations} class reaches by name on the classes of its relationships:
     * each end's field and accessors, and its validator and listener.
     */
    private String members(RelationsClass relations) {
        List<Relationship> relationships = new ArrayList<>(relations.relationships());
        for (AssociationClass.Part part : relations.associations()) {
            relationships.add(part.association().left());
            relationships.add(part.association().right());
        }
        Set<String> found = new TreeSet<>();
        for (Relationship relationship : relationships) {
            for (End end : relationship.inverse() == null ? List.of(relationship.end())
                    : List.of(relationship.end(), relationship.inverse())) {
                Access access = end.access();
                found.addAll(descriptors.field(end.owner(), access.field()));
                for (String name : Arrays.asList(access.getter(), access.setter(), end.events().validator(),
                        end.events().listener())) {
                    found.addAll(descriptors.methods(end.owner(), name));
                }
            }
        }
        return String.join("\n", found);
    }

    /** The members a table class reaches by name: the ids of its two classes. */
    private String ids(LinkTableClass.Entity left, LinkTableClass.Entity right) {
        Set<String> found = new TreeSet<>();
        for (LinkTableClass.Entity entity : List.of(left, right)) {
            found.addAll(descriptors.field(entity.type(), entity.id().field()));
            found.addAll(descriptors.methods(entity.type(), entity.id().getter()));
        }
        return String.join("\n", found);
    }
}
