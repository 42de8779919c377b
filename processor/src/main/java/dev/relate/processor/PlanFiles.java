package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.FileFacts;
import dev.relate.processor.write.EntityInterfaceWriter;
import dev.relate.processor.write.RelationsWriter;
import dev.relate.processor.write.TableWriter;
import java.util.HashMap;
import java.util.Map;
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
    /** The generated class of every class the plan reached, by owner: where writers find others' end objects. */
    private final Map<ClassName, RelationsClass> relationsByOwner = new HashMap<>();

    PlanFiles(Plan plan, FileFacts facts, Function<TypeElement, ClassName> generatedAnnotation) {
        this.facts = facts;
        this.generatedAnnotation = generatedAnnotation;
        for (RelationsClass relations : plan.reached()) {
            relationsByOwner.put(relations.owner(), relations);
        }
    }

    Function<TypeElement, JavaFile> relations(RelationsClass relations) {
        return owner -> new RelationsWriter(generatedAnnotation.apply(owner), relationsByOwner::get)
                .write(relations, owner, facts.forRelations(relations));
    }

    Function<TypeElement, JavaFile> entityInterface(EntityInterface entityInterface) {
        return owner -> new EntityInterfaceWriter(generatedAnnotation.apply(owner))
                .write(entityInterface, owner, facts.forRelations(entityInterface.relations()));
    }

    Function<TypeElement, JavaFile> table(LinkTableClass table) {
        return owner -> new TableWriter(generatedAnnotation.apply(owner)).write(table, owner, facts.forTable(table));
    }

    Function<TypeElement, JavaFile> table(AssociationTableClass table) {
        return owner -> new TableWriter(generatedAnnotation.apply(owner))
                .write(table, relationsByOwner.get(table.association().type()), owner,
                        facts.forAssociationTable(table));
    }
}
