package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.assertErrors;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Types that cannot be a relationship end: not a class, raw, wildcard, unsupported or generic. */
class FieldTypesTest {

    @Test
    void primitive() {
        JavaFileObject source = input("types/ErroneousPrimitive.java");
        Result result = compile(source);
        assertError(result, "RelateNotAClass", source, "@ManyToOneRel",
                "ErroneousPrimitive.Child.parentId has type int", "use the related class as the type");
        result.wroteNothing();
    }

    @Test
    void array() {
        JavaFileObject source = input("types/ErroneousArray.java");
        Result result = compile(source);
        assertError(result, "RelateNotAClass", source, "@OneToManyRel",
                "ErroneousArray.Parent.children has type ErroneousArray.Child[]");
        result.wroteNothing();
    }

    @Test
    void listOfArrays() {
        JavaFileObject source = input("types/ErroneousListOfArrays.java");
        Result result = compile(source);
        assertError(result, "RelateNotAClass", source, "@OneToManyRel",
                "ErroneousListOfArrays.Parent.children has type List<ErroneousListOfArrays.Child[]>");
        result.wroteNothing();
    }

    @Test
    void rawList() {
        JavaFileObject source = input("types/ErroneousRawList.java");
        Result result = compile(source);
        assertError(result, "RelateRawCollection", source, "@OneToManyRel",
                "ErroneousRawList.Parent.children has the raw type List", "give the element type");
        result.wroteNothing();
    }

    @Test
    void rawArrayList() {
        JavaFileObject source = input("types/ErroneousRawArrayList.java");
        Result result = compile(source);
        assertError(result, "RelateRawCollection", source, "@OneToManyRel",
                "ErroneousRawArrayList.Parent.children has the raw type ArrayList");
        result.wroteNothing();
    }

    @Test
    void wildcardExtends() {
        JavaFileObject source = input("types/ErroneousWildcardExtends.java");
        Result result = compile(source);
        assertError(result, "RelateWildcardCollection", source, "@OneToManyRel",
                "ErroneousWildcardExtends.Parent.children has type List<? extends "
                        + "ErroneousWildcardExtends.Child>",
                "remove the wildcard");
        result.wroteNothing();
    }

    @Test
    void wildcardSuper() {
        JavaFileObject source = input("types/ErroneousWildcardSuper.java");
        Result result = compile(source);
        assertError(result, "RelateWildcardCollection", source, "@OneToManyRel",
                "ErroneousWildcardSuper.Parent.children has type List<? super");
        result.wroteNothing();
    }

    @Test
    void unboundedWildcard() {
        JavaFileObject source = input("types/ErroneousWildcardUnbounded.java");
        Result result = compile(source);
        assertError(result, "RelateWildcardCollection", source, "@OneToManyRel",
                "ErroneousWildcardUnbounded.Parent.children has type Set<?>");
        result.wroteNothing();
    }

    @Test
    void queue() {
        JavaFileObject source = input("types/ErroneousQueue.java");
        Result result = compile(source);
        assertError(result, "RelateUnsupportedCollection", source, "@OneToManyRel",
                "ErroneousQueue.Parent.children has type Queue<ErroneousQueue.Child>",
                "a collection end must be a Collection, List, Set, SortedSet, NavigableSet, a class that"
                        + " implements List or Set, or a Map with key = \"<attribute of the element>\"");
        result.wroteNothing();
    }

    @Test
    void deque() {
        JavaFileObject source = input("types/ErroneousDeque.java");
        Result result = compile(source);
        assertError(result, "RelateUnsupportedCollection", source, "@OneToManyRel",
                "ErroneousDeque.Parent.children has type ArrayDeque<ErroneousDeque.Child>");
        result.wroteNothing();
    }

    @Test
    void map() {
        JavaFileObject source = input("types/ErroneousMap.java");
        Result result = compile(source);
        // a Map holds related objects under keys: it needs the key attribute that says under which
        assertError(result, "RelateMapWithoutKey", source, "@OneToManyRel",
                "ErroneousMap.Parent.children is a Map, but nothing says which field of ErroneousMap.Child is each"
                        + " element's key");
        result.wroteNothing();
    }

    @Test
    void genericTarget() {
        JavaFileObject source = input("types/ErroneousGenericTarget.java");
        Result result = compile(source);
        assertError(result, "RelateGenericTarget", source, "@ManyToOneRel",
                "ErroneousGenericTarget.Child.box has type ErroneousGenericTarget.Box<String>",
                "relate a class without them");
        result.wroteNothing();
    }

    @Test
    void rawGenericTarget() {
        JavaFileObject source = input("types/ErroneousRawGenericTarget.java");
        Result result = compile(source);
        assertError(result, "RelateGenericTarget", source, "@ManyToOneRel",
                "ErroneousRawGenericTarget.Child.box has type ErroneousRawGenericTarget.Box,");
        result.wroteNothing();
    }

    @Test
    void listOfAGenericClass() {
        JavaFileObject source = input("types/ErroneousListOfGeneric.java");
        Result result = compile(source);
        assertError(result, "RelateGenericTarget", source, "@OneToManyRel",
                "ErroneousListOfGeneric.Parent.boxes has type List<ErroneousListOfGeneric.Box<String>>");
        result.wroteNothing();
    }

    @Test
    void innerClassOfAGenericClass() {
        JavaFileObject source = input("types/ErroneousInnerOfGenericTarget.java");
        Result result = compile(source);
        assertError(result, "RelateGenericTarget", source, "@ManyToOneRel",
                "ErroneousInnerOfGenericTarget.Child.inner has type", "Outer<String>.Inner");
        result.wroteNothing();
    }

    @Test
    void optional() {
        JavaFileObject source = input("types/ErroneousOptional.java");
        Result result = compile(source);
        assertError(result, "RelateGenericTarget", source, "@ManyToOneRel",
                "ErroneousOptional.Child.parent has type Optional<ErroneousOptional.Parent>");
        result.wroteNothing();
    }

    @Test
    void typeVariable() {
        JavaFileObject source = input("types/ErroneousTypeVariable.java");
        Result result = compile(source);
        // two problems of one field: its class is generic, and its type is the class's type variable
        assertErrors(result, 2, "RelateTypeVariable", source, "@ManyToOneRel",
                "ErroneousTypeVariable.Holder.item has type T, which involves a type variable");
        assertErrors(result, 2, "RelateGenericOwner", source, "@ManyToOneRel",
                "ErroneousTypeVariable.Holder declares type parameters");
        result.wroteNothing();
    }

    @Test
    void listOfTypeVariable() {
        JavaFileObject source = input("types/ErroneousListOfTypeVariable.java");
        Result result = compile(source);
        assertErrors(result, 2, "RelateTypeVariable", source, "@OneToManyRel",
                "ErroneousListOfTypeVariable.Holder.items has type List<T>");
        assertErrors(result, 2, "RelateGenericOwner", source, "@OneToManyRel",
                "ErroneousListOfTypeVariable.Holder declares type parameters");
        result.wroteNothing();
    }

    @Test
    void unresolvedTypesAreLeftToTheCompiler() {
        JavaFileObject source = input("types/ErroneousUnresolvedType.java");
        Result result = compile(source);
        assertThat(result.compilation()).failed();
        // only javac's own "cannot find symbol", once for each unknown type; relate adds nothing
        assertThat(result.compilation()).hadErrorCount(3);
        assertThat(result.compilation()).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("Parnet parent;");
        assertThat(result.compilation()).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("Parnet owner;");
        assertThat(result.compilation()).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("Shop shop;");
        for (String error : result.errors()) {
            assertThat(error).doesNotContain("[Relate");
        }
    }
}
