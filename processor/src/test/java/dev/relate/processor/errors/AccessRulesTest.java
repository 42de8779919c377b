package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How generated code reaches a field: directly where visible, else through JavaBeans accessors. */
class AccessRulesTest {

    @Test
    void privateCollectionWithoutGetter() {
        JavaFileObject source = input("access/ErroneousPrivateNoGetter.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@OneToManyRel",
                "ErroneousPrivateNoGetter.Parent.children is not visible to the generated helpers in package"
                        + " test.errors, and its class has no getter getChildren() visible there",
                "make the field visible there (package-private or public), or add the getter getChildren()");
        result.wroteNothing();
    }

    @Test
    void privateScalarWithoutSetter() {
        JavaFileObject source = input("access/ErroneousPrivateNoSetter.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@ManyToOneRel",
                "ErroneousPrivateNoSetter.Child.parent is not visible",
                "has no setter setParent(ErroneousPrivateNoSetter.Parent) visible there",
                "or add the setter setParent(ErroneousPrivateNoSetter.Parent)");
        result.wroteNothing();
    }

    @Test
    void privateScalarWithoutGetter() {
        JavaFileObject source = input("access/ErroneousPrivateNoGetterForScalar.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@ManyToOneRel",
                "ErroneousPrivateNoGetterForScalar.Child.parent is not visible",
                "has no getter getParent() visible there", "or add the getter getParent()");
        result.wroteNothing();
    }

    @Test
    void privateScalarWithoutAccessors() {
        JavaFileObject source = input("access/ErroneousPrivateNoAccessors.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@ManyToOneRel",
                "has no getter getParent() and setter setParent(ErroneousPrivateNoAccessors.Parent) visible there");
        result.wroteNothing();
    }

    @Test
    void privateAccessorsDoNotCount() {
        JavaFileObject source = input("access/ErroneousPrivateAccessors.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@ManyToOneRel",
                "has no getter getParent() and setter setParent(ErroneousPrivateAccessors.Parent) visible there");
        result.wroteNothing();
    }

    @Test
    void getterOfAnotherTypeDoesNotCount() {
        JavaFileObject source = input("access/ErroneousGetterOfWrongType.java");
        Result result = compile(source);
        // the getter is there: the message says what is wrong with it, naming both types
        assertError(result, "RelateGetterType", source, "@OneToManyRel",
                "ErroneousGetterOfWrongType.Parent.children is not visible to the generated helpers in package"
                        + " test.errors, and its getter getChildren() returns"
                        + " Collection<ErroneousGetterOfWrongType.Child>, not the field's type"
                        + " List<ErroneousGetterOfWrongType.Child>",
                "make the getter return List<ErroneousGetterOfWrongType.Child>, or make the field visible there"
                        + " (package-private or public)");
        assertThat(result.errors().get(0)).doesNotContain("no getter");
        result.wroteNothing();
    }

    @Test
    void setterOfAnotherTypeDoesNotCount() {
        JavaFileObject source = input("access/ErroneousSetterOfWrongType.java");
        Result result = compile(source);
        // the setter is there: the message says what is wrong with it, naming both types
        assertError(result, "RelateSetterType", source, "@ManyToOneRel",
                "ErroneousSetterOfWrongType.Child.parent is not visible to the generated helpers in package"
                        + " test.errors, and its setter setParent() takes Object, not the field's type"
                        + " ErroneousSetterOfWrongType.Parent",
                "make the setter take ErroneousSetterOfWrongType.Parent, or make the field visible there"
                        + " (package-private or public)");
        assertThat(result.errors().get(0)).doesNotContain("no setter");
        result.wroteNothing();
    }

    @Test
    void privateOtherEndIsReportedOnItsOwnAnnotation() {
        JavaFileObject source = input("access/ErroneousPrivateOtherEnd.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "@ManyToOneRel(backPopulates = \"children\")",
                "ErroneousPrivateOtherEnd.Child.parent is not visible",
                "no getter getParent() and setter setParent(ErroneousPrivateOtherEnd.Parent)");
        result.wroteNothing();
    }

    @Test
    void privateBackrefTargetIsReportedOnTheBackref() {
        JavaFileObject source = input("access/ErroneousPrivateBackrefTarget.java");
        Result result = compile(source);
        assertError(result, "RelatePrivateField", source, "backref = \"parent\"",
                "ErroneousPrivateBackrefTarget.Child.parent is not visible",
                "no setter setParent(ErroneousPrivateBackrefTarget.Parent)");
        result.wroteNothing();
    }

    @Test
    void packagePrivateFieldUsedFromAnotherPackage() {
        JavaFileObject child = input("access/packages/a/ErroneousPackagePrivateAcrossPackages.java");
        JavaFileObject parent = input("access/packages/b/Parent.java");
        Result result = compile(child, parent);
        // the generated class of the child, in package a, must reach Parent.children in package b
        assertError(result, "RelatePrivateField", parent, "@OneToManyRel(backPopulates = \"parent\")",
                "Parent.children is not visible to the generated helpers in packages test.errors.a and"
                        + " test.errors.b, and its class has no getter getChildren() visible there");
        result.wroteNothing();
    }

    @Test
    void fieldInheritedFromAnotherPackageMustBePublicOrHaveAccessors() {
        // package-private would not do: the field is declared in package a, the helpers are written in b
        JavaFileObject base = JavaFileObjects.forSourceLines("test.errors.a.Base", "package test.errors.a;",
                "import dev.relate.*;",
                "public class Base {",
                "    @ManyToOneRel(backPopulates = \"children\")",
                "    protected test.errors.b.Parent parent;",
                "}");
        JavaFileObject child = JavaFileObjects.forSourceLines("test.errors.b.Child", "package test.errors.b;",
                "public class Child extends test.errors.a.Base {",
                "}");
        JavaFileObject parent = JavaFileObjects.forSourceLines("test.errors.b.Parent", "package test.errors.b;",
                "import dev.relate.*;",
                "import java.util.*;",
                "public class Parent {",
                "    @OneToManyRel(backPopulates = \"parent\")",
                "    List<Child> children = new ArrayList<>();",
                "}");
        Result result = compile(base, child, parent);
        assertError(result, "RelatePrivateField", base, "@ManyToOneRel",
                "Child.parent is not visible to the generated helpers in package test.errors.b, and its class has"
                        + " no getter getParent() and setter setParent(Parent) visible there: make the field visible"
                        + " there (public), or add the getter getParent() and setter setParent(Parent)");
        result.wroteNothing();
    }

    /**
     * For Java 8 relate calls a private field's accessors, so accessors that call relate back would
     * recurse: each one is reported on its own line. For Java 9 and later relate reaches the fields
     * through handles, and the same classes compile.
     */
    @Test
    void accessorsThatCallRelateForJava8() {
        JavaFileObject source = input("access/release8/ErroneousDelegatingAccessors.java");
        Result result = compile(List.of("--release", "8", "-Xlint:-options"), List.of(source));
        assertError(result, "RelateDelegatingAccessor", source, "public List<Order> getOrders() {",
                "ErroneousDelegatingAccessors.Customer.orders is not visible to the generated helpers in package"
                        + " test.errors, so they reach it through getOrders(), but getOrders() calls"
                        + " ErroneousDelegatingAccessors_CustomerRelations, whose helpers would call getOrders()"
                        + " again, without end: compile for Java 9 or later (--release 9 or newer), where relate"
                        + " reaches a private field itself, make the field visible there (package-private or"
                        + " public), or let getOrders() use the field and call"
                        + " ErroneousDelegatingAccessors_CustomerRelations from a method of another name");
        result.wroteNothing();

        JavaFileObject setter = input("access/release8/ErroneousDelegatingSetter.java");
        Result setterResult = compile(List.of("--release", "8", "-Xlint:-options"), List.of(setter));
        assertError(setterResult, "RelateDelegatingAccessor", setter, "public void setCustomer(Customer customer) {",
                "ErroneousDelegatingSetter.Order.customer is not visible to the generated helpers in package"
                        + " test.errors, so they reach it through setCustomer(), but setCustomer() calls"
                        + " ErroneousDelegatingSetter_OrderRelations");

        Result handles = compile(List.of("--release", "17"), List.of(source));
        assertThat(handles.compilation().status()).isEqualTo(Compilation.Status.SUCCESS);

        // asking for the accessors on Java 17 asks for the recursion too
        Result asked = compile(List.of("--release", "17", "-Arelate.accessors"), List.of(source));
        assertError(asked, "RelateDelegatingAccessor", source, "public List<Order> getOrders() {",
                "without end: drop the option -Arelate.accessors, without which relate reaches a private field"
                        + " itself, make the field visible there (package-private or public)");
    }

    /**
     * With JPA property access the provider calls the getter and setter of a relationship itself, so
     * they must stay plain: one that calls relate is reported on its line, for every release.
     */
    @Test
    void accessorsThatCallRelateUnderPropertyAccess() {
        JavaFileObject source = input("access/ErroneousPropertyAccessDelegating.java");
        Result result = compile(List.of("--release", "17"), List.of(source));
        assertError(result, "RelatePropertyAccessor", source, "public List<Sale> getSales() {",
                "ErroneousPropertyAccessDelegating.Shop.sales belongs to a class with JPA property access (@Id on"
                        + " getId()), so the JPA provider itself calls getSales() while it loads and flushes, but"
                        + " getSales() calls ErroneousPropertyAccessDelegating_ShopRelations",
                "Keep getSales() plain and call ErroneousPropertyAccessDelegating_ShopRelations from methods of"
                        + " other names (addX, removeX, a view method), or use field access (@Id on the field)");
        result.wroteNothing();
    }
}
