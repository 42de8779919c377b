package dev.relate.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of map ends: a {@code Map} field is the collection end of a two-way one-to-many or
 * many-to-many, declared with {@code @OneToManyRel} or {@code @ManyToManyRel} and a {@code key} naming
 * a field of the element class that the map's key type holds; a many-to-many's other end is a
 * collection; {@code key} belongs on map ends only.
 */
class MapRuleTest {

    @Test
    void mapWithoutKey() {
        JavaFileObject source = input("maps/ErroneousMapWithoutKey.java");
        Result result = compile(source);
        assertError(result, "RelateMapWithoutKey", source, "@OneToManyRel(backPopulates = \"owner\")",
                "ErroneousMapWithoutKey.Owner.notes is a Map, but nothing says which field of"
                        + " ErroneousMapWithoutKey.Note is each element's key: add key = \"...\" to its"
                        + " @OneToManyRel, naming a field of ErroneousMapWithoutKey.Note");
        result.wroteNothing();
    }

    @Test
    void mapManagedByABackref() {
        JavaFileObject source = input("maps/ErroneousBackrefMap.java");
        Result result = compile(source);
        assertError(result, "RelateMapWithoutKey", source, "@ManyToOneRel(backref = \"notes\")",
                "ErroneousBackrefMap.Owner.notes is a Map, but nothing says which field of ErroneousBackrefMap.Note"
                        + " is each element's key: a backref cannot say it, so declare ErroneousBackrefMap.Owner.notes"
                        + " with @OneToManyRel(backPopulates = \"owner\", key = \"...\") and name it with"
                        + " backPopulates on ErroneousBackrefMap.Note.owner");
        result.wroteNothing();
    }

    @Test
    void keyOnACollection() {
        JavaFileObject source = input("maps/ErroneousKeyWithoutMap.java");
        Result result = compile(source);
        assertError(result, "RelateKeyWithoutMap", source, "key = \"keyword\"",
                "ErroneousKeyWithoutMap.Owner.notes names key = \"keyword\", but its type is"
                        + " List<ErroneousKeyWithoutMap.Note>, and only a Map end holds its elements under a key:"
                        + " make it a Map<K, ErroneousKeyWithoutMap.Note>, or remove key");
        result.wroteNothing();
    }

    @Test
    void keyNamingNoField() {
        JavaFileObject source = input("maps/ErroneousKeyNotFound.java");
        Result result = compile(source);
        assertError(result, "RelateKeyNotFound", source, "key = \"title\"",
                "ErroneousKeyNotFound.Owner.notes names key = \"title\", but ErroneousKeyNotFound.Note has no"
                        + " instance field of that name");
        result.wroteNothing();
    }

    @Test
    void keyOfAnotherType() {
        JavaFileObject source = input("maps/ErroneousKeyType.java");
        Result result = compile(source);
        assertError(result, "RelateKeyType", source, "key = \"keyword\"",
                "ErroneousKeyType.Owner.notes names key = \"keyword\", but ErroneousKeyType.Note.keyword has type"
                        + " String, which the map's key type Integer cannot hold");
        result.wroteNothing();
    }

    @Test
    void manyToManyMapWithoutKey() {
        JavaFileObject source = input("maps/ErroneousMapManyToMany.java");
        Result result = compile(source);
        assertError(result, "RelateMapWithoutKey", source, "@ManyToManyRel(backPopulates = \"posts\")",
                "ErroneousMapManyToMany.Post.tags is a Map, but nothing says which field of"
                        + " ErroneousMapManyToMany.Tag is each element's key: add key = \"...\" to its"
                        + " @ManyToManyRel, naming a field of ErroneousMapManyToMany.Tag");
        result.wroteNothing();
    }

    @Test
    void manyToManyWithMapsAtBothEnds() {
        JavaFileObject source = input("maps/ErroneousMapBothEnds.java");
        Result result = compile(source);
        // each end says it, so that either class compiled alone is refused too
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateMapUnsupported] ErroneousMapBothEnds.Post.tags is"
                        + " a Map, but a many-to-many with a Map at both ends is not supported yet: declare one of the"
                        + " two ends, ErroneousMapBothEnds.Tag.posts or this one, as a Set or a List")
                .inFile(source).onLineContaining("@ManyToManyRel(backPopulates = \"posts\", key");
        assertThat(result.compilation()).hadErrorContaining("[RelateMapUnsupported] ErroneousMapBothEnds.Tag.posts is"
                        + " a Map, but a many-to-many with a Map at both ends is not supported yet: declare one of the"
                        + " two ends, ErroneousMapBothEnds.Post.tags or this one, as a Set or a List")
                .inFile(source).onLineContaining("@ManyToManyRel(backPopulates = \"tags\", key");
        result.wroteNothing();
    }

    @Test
    void oneWayMap() {
        JavaFileObject source = input("maps/ErroneousMapOneWay.java");
        Result result = compile(source);
        assertError(result, "RelateMapUnsupported", source, "@OneToManyRel(key = \"keyword\")",
                "ErroneousMapOneWay.Owner.notes is a Map, but a one-way Map end is not supported yet: give it its"
                        + " other end, a field of ErroneousMapOneWay.Note holding the owner");
        result.wroteNothing();
    }

    @Test
    void acyclicMap() {
        JavaFileObject source = input("maps/ErroneousMapAcyclic.java");
        Result result = compile(source);
        assertError(result, "RelateMapUnsupported", source, "acyclic = true",
                "ErroneousMapAcyclic.Folder.children is a Map, but an acyclic Map end is not supported yet");
        result.wroteNothing();
    }

    @Test
    void mapOfAssociations() {
        JavaFileObject source = input("maps/ErroneousMapOfAssociations.java");
        Result result = compile(source);
        assertError(result, "RelateMapUnsupported", source, "key = \"code\"",
                "ErroneousMapOfAssociations.Student.enrollments is a Map, but a Map of association objects is not"
                        + " supported yet: declare the associations as a List or a Set");
        result.wroteNothing();
    }

    @Test
    void privateKeyWithoutGetter() {
        JavaFileObject source = input("maps/ErroneousPrivateKey.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "key = \"keyword\"",
                "ErroneousPrivateKey.Note.keyword is not visible to the generated helpers in package test.errors,"
                        + " and its class has no getter getKeyword() visible there");
        result.wroteNothing();
    }
}
