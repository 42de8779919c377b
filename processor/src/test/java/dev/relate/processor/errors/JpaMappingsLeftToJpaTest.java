package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.assertErrors;
import static dev.relate.processor.errors.JpaMappingsTest.compile;
import static dev.relate.processor.errors.JpaMappingsTest.generated;
import static dev.relate.processor.errors.JpaMappingsTest.source;
import static dev.relate.processor.errors.JpaMappingsTest.warnings;

import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid JPA entities whose relationships JPA's mappings alone declare, and which relate cannot
 * serve: accessors missing or of another type under field access, an end in a generic mapped
 * superclass. Such a relationship is a warning and gets no helpers, while the rest of the model keeps
 * theirs; with relate's annotation on an end the same thing is an error. Compiling for Java 9 or
 * later, generated code reaches such a private field through its handle and needs no accessors.
 */
class JpaMappingsLeftToJpaTest {
    /** Java 8 without -Werror: generated code reaches private fields through their accessors. */
    private static final List<String> JAVA_8 = List.of("--release", "8", "-Xlint:-options", "-Xlint:-processing");
    private static final String LEFT_TO_JPA = "; JPA's mapping alone declares this relationship, so relate writes"
            + " no helpers for it and leaves it to the JPA provider (@IgnoreMappings on its mappings does so without"
            + " a word)";

    @Test
    void accessorsMissingOrOfAnotherTypeAreWarningsForJava8AndTheRestKeepsItsHelpers() throws Exception {
        JavaFileObject order = purchaseOrder();
        JavaFileObject line = orderLine("");
        Result result = compile("jakarta", JAVA_8, order, line, customer(), run("CustomerRelations"));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[RelatePrivateField] OrderLine.order")
                .inFile(line).onLineContaining("@ManyToOne(optional = false)");
        assertThat(result.compilation()).hadWarningContaining("[RelateGetterType] PurchaseOrder.lines")
                .inFile(order).onLineContaining("@OneToMany(mappedBy = \"order\")");
        assertThat(warnings(result)).containsExactly(
                "[RelateGetterType] PurchaseOrder.lines is not visible to the generated helpers in package test.jpa,"
                        + " and its getter getLines() returns Collection<OrderLine>, not the field's type"
                        + " List<OrderLine>: make the getter return List<OrderLine>, or make the field visible there"
                        + " (package-private or public)" + LEFT_TO_JPA,
                "[RelatePrivateField] OrderLine.order is not visible to the generated helpers in package test.jpa,"
                        + " and its class has no setter setOrder(PurchaseOrder) visible there: make the field visible"
                        + " there (package-private or public), or add the setter setOrder(PurchaseOrder)"
                        + LEFT_TO_JPA);
        // no helper for the order's lines; the order's customer keeps its helpers, both ends in sync
        assertThat(result.written()).containsExactly("test.jpa.CustomerRelations", "test.jpa.PurchaseOrderRelations");
        assertThat(generated(result, "test.jpa.PurchaseOrderRelations")).doesNotContain("lines");
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("true true");
    }

    @Test
    void forJava9AndLaterTheSameEntitiesNeedNoAccessors() throws Exception {
        Result result = compile("jakarta", List.of("-Xlint:all", "-Xlint:-processing", "-Werror"), purchaseOrder(),
                orderLine(""), customer(), run("OrderLineRelations"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.CustomerRelations", "test.jpa.OrderLineRelations",
                "test.jpa.PurchaseOrderRelations");
        // OrderLineRelations.setOrder(line, order), through the field's handle: order.getLines() holds it
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("true true");
    }

    @Test
    void withRelatesAnnotationOnTheEndAMissingSetterStaysAnError() {
        JavaFileObject line = orderLine("@dev.relate.ManyToOneRel(backPopulates = \"lines\") ");
        for (List<String> options : List.of(JAVA_8, List.<String>of())) {
            Result result = compile("jakarta", options, purchaseOrder(), line, customer());
            // and the other end's getter of another type: relate's annotation asks for helpers for both ends
            assertErrors(result, 2, "RelatePrivateField", line, "@ManyToOne(optional = false)",
                    "OrderLine.order is not visible to the generated helpers in package test.jpa, and its class has no"
                            + " setter setOrder(PurchaseOrder) visible there: make the field visible there"
                            + " (package-private or public), or add the setter setOrder(PurchaseOrder)");
            assertThat(result.errors().get(1)).startsWith("[RelateGetterType] PurchaseOrder.lines");
            assertThat(String.join("", result.errors())).doesNotContain("JPA's mapping alone");
        }
    }

    @Test
    void anEndInAGenericMappedSuperclassIsAWarningAndTheSubclassKeepsItsOtherHelpers() throws Exception {
        JavaFileObject base = abstractEntity("");
        Result result = compile("jakarta", List.of("-Xlint:-processing"), base, userAccount(), invoice(),
                plainCustomer(), source("test.jpa.Run", "package test.jpa;",
                        "public class Run {",
                        "    public static String run() {",
                        "        Invoice invoice = new Invoice();",
                        "        InvoiceRelations.setBilledTo(invoice, new Customer());",
                        "        return String.valueOf(invoice.billedTo != null);",
                        "    }",
                        "}"));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[RelateGenericOwner] AbstractEntity declares type"
                + " parameters").inFile(base).onLineContaining("private UserAccount createdBy;");
        assertThat(warnings(result)).containsExactly("[RelateGenericOwner] AbstractEntity declares type parameters,"
                + " but relate does not support relationship ends in generic classes: move the relationship to a class"
                + " without type parameters" + LEFT_TO_JPA);
        assertThat(result.written()).containsExactly("test.jpa.InvoiceRelations");
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("true");
    }

    @Test
    void anEndInAGenericClassWithRelatesAnnotationStaysAnError() {
        JavaFileObject base = abstractEntity("@dev.relate.ManyToOneRel ");
        Result result = compile("jakarta", List.of(), base, userAccount(), invoice(), plainCustomer());
        assertError(result, "RelateGenericOwner", base, "private UserAccount createdBy",
                "AbstractEntity declares type parameters, but relate does not support relationship ends in generic"
                        + " classes: move the relationship to a class without type parameters");
    }

    @Test
    void anEmbeddablesEndAndARecordStyleAccessorAreWarningsForJava8AndServedForJava9() {
        JavaFileObject address = source("test.jpa.Address", "package test.jpa;", "import jakarta.persistence.*;",
                "@Embeddable public class Address {",
                "    private String street;",
                "    @ManyToOne private Customer city;",
                "}");
        JavaFileObject invoice = source("test.jpa.Invoice", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Invoice {",
                "    @Id Long id;",
                "    @ManyToOne private Customer billedTo;",
                "    public Customer billedTo() { return billedTo; }",
                "    @Embedded Address address;",
                "}");
        Result java8 = compile("jakarta", JAVA_8, address, invoice, plainCustomer());
        assertThat(java8.compilation()).succeeded();
        assertThat(java8.compilation()).hadWarningContaining("[RelatePrivateField] Address.city").inFile(address)
                .onLineContaining("private Customer city");
        assertThat(java8.compilation()).hadWarningContaining("[RelatePrivateField] Invoice.billedTo").inFile(invoice)
                .onLineContaining("private Customer billedTo");
        assertThat(warnings(java8)).hasSize(2);
        assertThat(java8.written()).isEmpty();
        Result java9 = compile("jakarta", List.of("-Xlint:all", "-Xlint:-processing", "-Werror"), address, invoice,
                plainCustomer());
        assertThat(java9.compilation()).succeededWithoutWarnings();
        assertThat(java9.written()).containsExactly("test.jpa.AddressRelations", "test.jpa.InvoiceRelations");
    }

    @Test
    void aFinalManyToOneAndARecordEmbeddablesEndAreWarningsAndTheRestKeepsItsHelpers() throws Exception {
        JavaFileObject crate = crate();
        JavaFileObject label = source("test.jpa.Label", "package test.jpa;", "import jakarta.persistence.*;",
                "@Embeddable public record Label(String text, @ManyToOne Depot printedAt) {",
                "}");
        Result result = compile("jakarta", List.of("-Xlint:-processing"), depot(""), crate, label,
                source("test.jpa.Run", "package test.jpa;",
                        "public class Run {",
                        "    public static String run() {",
                        "        Depot depot = new Depot();",
                        "        Crate crate = new Crate(depot);",
                        "        CrateRelations.setOrigin(crate, depot);",
                        "        return depot.sent.contains(crate) + \" \" + depot.crates.isEmpty();",
                        "    }",
                        "}"));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[RelateFinalScalar] Crate.depot").inFile(crate)
                .onLineContaining("private final Depot depot;");
        assertThat(result.compilation()).hadWarningContaining("[RelateFinalScalar] Label.printedAt").inFile(label)
                .onLineContaining("record Label");
        assertThat(warnings(result)).containsExactly(
                "[RelateFinalScalar] Crate.depot is final, but relate assigns a scalar end when the relationship"
                        + " changes: remove final" + LEFT_TO_JPA,
                "[RelateFinalScalar] Label.printedAt is final, but relate assigns a scalar end when the relationship"
                        + " changes: a record's fields are always final, so make Label a class"
                        + LEFT_TO_JPA);
        // the crate's final depot and the label's end are left to JPA; the crate's origin keeps its helpers
        assertThat(result.written()).containsExactly("test.jpa.CrateRelations", "test.jpa.DepotRelations");
        assertThat(generated(result, "test.jpa.CrateRelations")).doesNotContain("setDepot");
        assertThat(generated(result, "test.jpa.DepotRelations")).doesNotContain("crates");
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("true true");
    }

    @Test
    void anEnumsMappingIsAWarning() {
        JavaFileObject size = source("test.jpa.Size", "package test.jpa;", "import jakarta.persistence.*;",
                "public enum Size {",
                "    SMALL, LARGE;",
                "    @ManyToOne Depot storedIn;",
                "}");
        Result result = compile("jakarta", List.of("-Xlint:-processing"), size, depot(""), crate());
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[RelateEnumEnd] Size.storedIn").inFile(size)
                .onLineContaining("Depot storedIn");
        assertThat(warnings(result)).hasSize(2);
        assertThat(warnings(result).get(1)).endsWith(LEFT_TO_JPA);
        assertThat(result.written()).containsExactly("test.jpa.CrateRelations", "test.jpa.DepotRelations");
    }

    @Test
    void withRelatesAnnotationOnTheOtherEndAFinalManyToOneStaysAnError() {
        JavaFileObject crate = crate();
        Result result = compile("jakarta", List.of("-Xlint:-processing"),
                depot("@dev.relate.OneToManyRel(backPopulates = \"depot\") "), crate);
        assertError(result, "RelateFinalScalar", crate, "private final Depot depot;",
                "Crate.depot is final, but relate assigns a scalar end when the relationship changes: remove final");
        assertThat(String.join("", result.errors())).doesNotContain("JPA's mapping alone");
    }

    /** A depot whose crates JPA maps by a final field; {@code annotations} go beside that mapping. */
    private static JavaFileObject depot(String annotations) {
        return source("test.jpa.Depot", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Depot {",
                "    @Id Long id;",
                "    " + annotations + "@OneToMany(mappedBy = \"depot\") List<Crate> crates = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"origin\") List<Crate> sent = new ArrayList<>();",
                "}");
    }

    /** A crate whose depot is final, set by its constructor, as JPA's field access allows. */
    private static JavaFileObject crate() {
        return source("test.jpa.Crate", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Crate {",
                "    @Id Long id;",
                "    @ManyToOne private final Depot depot;",
                "    @ManyToOne Depot origin;",
                "    protected Crate() { depot = null; }",
                "    Crate(Depot depot) { this.depot = depot; }",
                "    public Depot getDepot() { return depot; }",
                "}");
    }

    private static JavaFileObject purchaseOrder() {
        return source("test.jpa.PurchaseOrder", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class PurchaseOrder {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"order\")",
                "    private List<OrderLine> lines = new ArrayList<>();",
                "    @ManyToOne Customer customer;",
                "    public Collection<OrderLine> getLines() { return Collections.unmodifiableList(lines); }",
                "}");
    }

    /** A line with a getter only, as field access has it; {@code annotations} go beside its mapping. */
    private static JavaFileObject orderLine(String annotations) {
        return source("test.jpa.OrderLine", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class OrderLine {",
                "    @Id Long id;",
                "    " + annotations + "@ManyToOne(optional = false)",
                "    private PurchaseOrder order;",
                "    protected OrderLine() { }",
                "    public PurchaseOrder getOrder() { return order; }",
                "}");
    }

    private static JavaFileObject customer() {
        return source("test.jpa.Customer", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Customer {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"customer\") List<PurchaseOrder> orders = new ArrayList<>();",
                "}");
    }

    private static JavaFileObject plainCustomer() {
        return source("test.jpa.Customer", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Customer {",
                "    @Id Long id;",
                "}");
    }

    /** Links an order to a customer through {@code helpers}, and a line to the order where it can. */
    private static JavaFileObject run(String helpers) {
        String link = helpers.equals("OrderLineRelations") ? "OrderLineRelations.setOrder(line, order);"
                : "CustomerRelations.addToOrders(customer, order);";
        String linked = helpers.equals("OrderLineRelations") ? "order.getLines().contains(line) && line.getOrder()"
                + " == order" : "order.customer == customer && customer.orders.contains(order)";
        return source("test.jpa.Run", "package test.jpa;",
                "public class Run {",
                "    public static String run() {",
                "        Customer customer = new Customer();",
                "        PurchaseOrder order = new PurchaseOrder();",
                "        OrderLine line = new OrderLine();",
                "        " + link,
                "        boolean linked = " + linked + ";",
                "        PurchaseOrderRelations.setCustomer(order, customer);",
                "        return linked + \" \" + customer.orders.contains(order);",
                "    }",
                "}");
    }

    private static JavaFileObject abstractEntity(String annotations) {
        return source("test.jpa.AbstractEntity", "package test.jpa;", "import jakarta.persistence.*;",
                "@MappedSuperclass public abstract class AbstractEntity<ID> {",
                "    @Id private ID id;",
                "    " + annotations + "@ManyToOne private UserAccount createdBy;",
                "    public ID getId() { return id; }",
                "    public UserAccount getCreatedBy() { return createdBy; }",
                "    public void setCreatedBy(UserAccount user) { createdBy = user; }",
                "}");
    }

    private static JavaFileObject userAccount() {
        return source("test.jpa.UserAccount", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class UserAccount {",
                "    @Id Long id;",
                "}");
    }

    private static JavaFileObject invoice() {
        return source("test.jpa.Invoice", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Invoice extends AbstractEntity<Long> {",
                "    @ManyToOne Customer billedTo;",
                "}");
    }
}
