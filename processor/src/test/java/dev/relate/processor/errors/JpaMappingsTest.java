package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.assertErrors;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JPA's relationship mappings read as relate's declarations: the helpers they give (the same as
 * relate's annotations give), how the reading is turned off, what relate leaves alone, and the
 * errors where relate's annotation and a JPA mapping on one field disagree. The JPA annotations are
 * compiled from small sources with JPA's names and attributes, in both packages.
 */
class JpaMappingsTest {
    /** A warning, not an error: asserted with compile-testing's warnings, not with assertErrors. */
    private static final String PROPERTY_WITHOUT_FIELD = "RelatePropertyWithoutField";
    /** A warning where JPA's mappings alone declare the collections, an error where relate's annotations do. */
    private static final String MAPPED_BY_TWICE = "RelateMappedByTwice";
    /** A warning: a subclass's collection mapped by a field holding its superclass is left to JPA. */
    private static final String MAPPED_BY_SUPERCLASS = "RelateMappedBySuperclass";
    static final List<String> CLEAN = List.of("--release", "8", "-Xlint:all", "-Xlint:-options",
            // javac warns of annotations no processor claims; relate leaves JPA's to the processors that use them
            "-Xlint:-processing", "-Werror");

    // ---------------------------------------------------------------- the helpers

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void oneToManyWithMappedByGivesTheHelpersOfRelatesAnnotations(String api) {
        Result jpa = compile(api, CLEAN,
                source("test.jpa.Customer", "package test.jpa;", "import " + api + ".persistence.*;",
                        "import java.util.*;",
                        "@Entity public class Customer {",
                        "    @Id Long id;",
                        "    @OneToMany(mappedBy = \"customer\") List<Order> orders = new ArrayList<>();",
                        "}"),
                source("test.jpa.Order", "package test.jpa;", "import " + api + ".persistence.*;",
                        "@Entity public class Order {",
                        "    @Id Long id;",
                        "    @ManyToOne Customer customer;",
                        "}"));
        Result relate = compile(api, CLEAN,
                source("test.jpa.Customer", "package test.jpa;", "import dev.relate.*;", "import java.util.*;",
                        "public class Customer {",
                        "    Long id;",
                        "    @OneToManyRel(backPopulates = \"customer\") List<Order> orders = new ArrayList<>();",
                        "}"),
                source("test.jpa.Order", "package test.jpa;", "import dev.relate.*;",
                        "public class Order {",
                        "    Long id;",
                        "    @ManyToOneRel(backPopulates = \"orders\") Customer customer;",
                        "}"));
        assertThat(jpa.compilation()).succeededWithoutWarnings();
        assertThat(jpa.written()).containsExactly("test.jpa.CustomerRelations", "test.jpa.OrderRelations");
        assertThat(generated(jpa, "test.jpa.CustomerRelations")).isEqualTo(generated(relate, "test.jpa.CustomerRelations"));
        assertThat(generated(jpa, "test.jpa.OrderRelations")).isEqualTo(generated(relate, "test.jpa.OrderRelations"));
    }

    @Test
    void mappingsOnGettersArePropertyAccessToTheirFields() {
        Result result = compile("jakarta", CLEAN,
                source("test.jpa.Customer", "package test.jpa;", "import jakarta.persistence.*;",
                        "import java.util.*;",
                        "@Entity public class Customer {",
                        "    private Long id;",
                        "    private List<Order> orders = new ArrayList<>();",
                        "    @Id public Long getId() { return id; }",
                        "    public void setId(Long id) { this.id = id; }",
                        "    @OneToMany(mappedBy = \"customer\") public List<Order> getOrders() { return orders; }",
                        "    public void setOrders(List<Order> orders) { this.orders = orders; }",
                        "}"),
                source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Order {",
                        "    private Long id;",
                        "    private Customer customer;",
                        "    @Id public Long getId() { return id; }",
                        "    public void setId(Long id) { this.id = id; }",
                        "    @ManyToOne public Customer getCustomer() { return customer; }",
                        "    public void setCustomer(Customer customer) { this.customer = customer; }",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String customer = generated(result, "test.jpa.CustomerRelations");
        assertThat(customer).contains("public static boolean addToOrders(Customer customer, Order order)");
        assertThat(customer).contains("the other end is {@code Order.customer}");
        assertThat(generated(result, "test.jpa.OrderRelations"))
                .contains("public static void setCustomer(Order order, Customer customer)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aMappedGetterWhoseFieldHasAnotherNameIsAWarning(String api) {
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    private Long id;",
                "    private List<Sale> saleList = new ArrayList<>();",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { return saleList; }",
                "    public void setSales(List<Sale> sales) { this.saleList = sales; }",
                "}");
        JavaFileObject sale = source("test.jpa.Sale", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Sale {",
                "    private Long id;",
                "    private Shop theShop;",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @ManyToOne public Shop getShop() { return theShop; }",
                "    public void setShop(Shop shop) { this.theShop = shop; }",
                "}");
        // a build that never wanted helpers still compiles: warned, nothing written for the two mappings
        Result result = compile(api, List.of("-Xlint:-processing"), shop, sale);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "]").inFile(shop)
                .onLineContaining("getSales()");
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "]").inFile(sale)
                .onLineContaining("getShop()");
        assertThat(result.compilation()).hadWarningCount(2);
        assertThat(result.written()).doesNotContain("test.jpa.ShopRelations");
        assertThat(result.written()).doesNotContain("test.jpa.SaleRelations");
        assertThat(warnings(result)).containsExactly(
                "[RelatePropertyWithoutField] Shop.getSales() maps the property sales with @OneToMany, but Shop has"
                        + " no instance field named sales, and relate keeps in sync the field of the property's name (it"
                        + " cannot tell which field getSales() reads), so it writes nothing for this mapping: name the"
                        + " field sales, or put @IgnoreMappings on getSales() to leave it to JPA alone",
                "[RelatePropertyWithoutField] Sale.getShop() maps the property shop with @ManyToOne, but Sale has"
                        + " no instance field named shop, and relate keeps in sync the field of the property's name (it"
                        + " cannot tell which field getShop() reads), so it writes nothing for this mapping: name the"
                        + " field shop, or put @IgnoreMappings on getShop() to leave it to JPA alone");
        // with -Werror, as any warning
        assertThat(compile(api, CLEAN, shop, sale).compilation()).failed();
    }

    @Test
    void aMappedManyToManyGetterWhoseFieldHasAnotherNameIsAWarning() {
        JavaFileObject book = source("test.jpa.Book", "package test.jpa;", "import javax.persistence.*;",
                "import java.util.*;",
                "@Entity public class Book {",
                "    @Id Long id;",
                "    private Set<Author> writers = new LinkedHashSet<>();",
                "    @ManyToMany public Set<Author> getAuthors() { return writers; }",
                "}");
        JavaFileObject author = source("test.jpa.Author", "package test.jpa;", "import javax.persistence.*;",
                "import java.util.*;",
                "@Entity public class Author {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"authors\") Set<Book> books = new LinkedHashSet<>();",
                "}");
        Result result = compile("javax", List.of(), book, author);
        assertThat(result.compilation()).hadWarningContaining("[RelatePropertyWithoutField] Book.getAuthors()"
                + " maps the property authors with @ManyToMany, but Book has no instance field named authors")
                .inFile(book).onLineContaining("getAuthors()");
        assertThat(result.compilation()).hadWarningCount(1);
        // and the other end's mappedBy names no field: an error, as before, where relate says which would fit
        assertThat(result.compilation()).hadErrorContaining("[RelateMissingField]").inFile(author)
                .onLineContaining("mappedBy");
        assertThat(result.compilation()).hadErrorCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // field access: the mapping on the field, the getter plain
        "@OneToMany(mappedBy = \"shop\") List<Sale> sales = new ArrayList<>();"
                + " public List<Sale> getSaleList() { return sales; }",
        // a getter that is not mapped, over a field of another name
        "private List<Sale> saleList = new ArrayList<>(); public List<Sale> getSales() { return saleList; }",
        // a transient getter
        "@Transient public List<Sale> getSales() { return new ArrayList<>(); }",
        // left to JPA with @IgnoreMappings
        "private List<Sale> saleList = new ArrayList<>();"
                + " @dev.relate.IgnoreMappings @OneToMany(mappedBy = \"shop\")"
                + " public List<Sale> getSales() { return saleList; }",
        // a mapped method that is no getter
        "private List<Sale> saleList = new ArrayList<>();"
                + " @OneToMany(mappedBy = \"shop\") public List<Sale> sales() { return saleList; }"})
    void gettersRelateReadsNothingFromAreNoWarning(String members) {
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    " + members,
                "}");
        JavaFileObject sale = source("test.jpa.Sale", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Sale {",
                "    @Id Long id;",
                "    @ManyToOne Shop shop;",
                "}");
        Result result = compile("jakarta", CLEAN, shop, sale);
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).contains("test.jpa.SaleRelations");
    }

    @Test
    void aMappedGetterWhoseFieldHasAnotherNameIsNoErrorWhenJpaIsNotRead() {
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    private List<Shop> branchList = new ArrayList<>();",
                "    @OneToMany public List<Shop> getBranches() { return branchList; }",
                "}");
        List<String> options = new ArrayList<>(CLEAN);
        options.add("-Arelate.jpa=false");
        assertThat(compile("jakarta", options, shop).compilation()).succeededWithoutWarnings();
    }

    @Test
    void oneToOneWithMappedByIsAOneToOneOfRelate() {
        Result result = compile("jakarta", CLEAN,
                source("test.jpa.Author", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Author {",
                        "    @Id Long id;",
                        "    @OneToOne(mappedBy = \"author\") Biography biography;",
                        "}"),
                source("test.jpa.Biography", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Biography {",
                        "    @Id Long id;",
                        "    @OneToOne Author author;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.AuthorRelations"))
                .contains("{@code biography}: one-to-one, the other end is {@code Biography.author}");
        assertThat(generated(result, "test.jpa.BiographyRelations"))
                .contains("{@code author}: one-to-one, the other end is {@code Author.biography}");
    }

    @Test
    void manyToManyIsKeptInSyncAndItsTableLeftToJpa() {
        Result result = compile("jakarta", CLEAN, book("import jakarta.persistence.*;",
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\", joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))"), author());
        assertThat(result.compilation()).succeededWithoutWarnings();
        // the helpers of both ends, and no table class: the JPA provider stores the table
        assertThat(result.written()).containsExactly("test.jpa.AuthorRelations", "test.jpa.BookRelations");
        assertThat(generated(result, "test.jpa.BookRelations"))
                .contains("{@code authors}: many-to-many, the other end is {@code Author.books}");
    }

    @Test
    void relatesAnnotationBesideAJoinTableThatAgreesGetsItsTableClass() {
        // relate's left end is Author.books ("books" after "authors": Book.authors is left), so
        // leftColumn holds Book ids, which JPA's joinColumns say too
        Result result = compile("jakarta", CLEAN, book("import jakarta.persistence.*; import dev.relate.*;",
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\", joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                "    @ManyToManyRel(secondary = \"book_author\", backPopulates = \"books\",",
                "            leftColumn = \"book_id\", rightColumn = \"author_id\")"), author());
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("LEFT_COLUMN = \"book_id\"");
        assertThat(table).contains("RIGHT_COLUMN = \"author_id\"");
    }

    @Test
    void relatesAnnotationWithoutSecondaryTakesTheJoinTableForItsTableClass() {
        // nothing to repeat: the table and which column holds whose ids come from @JoinTable
        Result result = compile("jakarta", CLEAN, book("import jakarta.persistence.*; import dev.relate.*;",
                "    @ManyToMany",
                "    @JoinTable(name = \"written_by\", joinColumns = @JoinColumn(name = \"book_ref\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_ref\"))",
                "    @ManyToManyRel(backPopulates = \"books\")"), author());
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.WrittenByTable");
        assertThat(table).contains("NAME = \"written_by\"");
        assertThat(table).contains("LEFT_COLUMN = \"book_ref\"");
        assertThat(table).contains("RIGHT_COLUMN = \"author_ref\"");
        assertThat(table).contains("public static Class<Book> leftEntity()");
    }

    @Test
    void aJoinTableNameTooLongForPostgresIsReportedAsTheJoinTablesNotAsSecondary() {
        // the table class takes its name from @JoinTable: the message names what the user wrote
        String name = "book_author_links_kept_by_the_library_for_every_edition_of_the_books";
        assertJoinTableNameTooLong("name = \"" + name + "\"", "@JoinTable(name) = \"" + name + "\"");
    }

    @Test
    void aJoinColumnNameTooLongForPostgresIsReportedAsTheJoinTablesColumn() {
        String column = "the_book_that_this_row_of_the_join_table_links_to_one_of_its_authors";
        assertJoinTableNameTooLong("name = \"book_author\", joinColumns = @JoinColumn(name = \"" + column + "\")",
                "a column of @JoinTable = \"" + column + "\"");
    }

    /** A bare @ManyToManyRel beside {@code @JoinTable(attributes)}, one of whose names has 68 characters. */
    private static void assertJoinTableNameTooLong(String attributes, String shown) {
        JavaFileObject book = book("import jakarta.persistence.*; import dev.relate.*;",
                "    @ManyToMany",
                "    @JoinTable(" + attributes + ")",
                "    @ManyToManyRel(backPopulates = \"books\")");
        Result result = compile("jakarta", List.of(), book, author());
        assertError(result, "RelateNameTooLong", book, "@ManyToManyRel(", shown + " has 68 characters");
        assertThat(result.errors().get(0)).doesNotContain("secondary");
    }

    @Test
    void aPairWithoutMappedByIsTwoOneWayRelationshipsAsInJpa() {
        Result result = compile("jakarta", CLEAN,
                source("test.jpa.Customer", "package test.jpa;", "import jakarta.persistence.*;",
                        "import java.util.*;",
                        "@Entity public class Customer {",
                        "    @Id Long id;",
                        "    @OneToMany @JoinColumn(name = \"customer_id\") List<Order> orders = new ArrayList<>();",
                        "}"),
                source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Order {",
                        "    @Id Long id;",
                        "    @ManyToOne Customer customer;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.CustomerRelations")).contains("{@code orders}: one-way, to {@code Order}");
        assertThat(generated(result, "test.jpa.OrderRelations")).contains("{@code customer}: one-way, to {@code Customer}");
    }

    @Test
    void aManyToManyWithoutMappedByIsOneWay() {
        Result result = compile("jakarta", CLEAN, book("import jakarta.persistence.*;", "    @ManyToMany"),
                source("test.jpa.Author", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Author {", "    @Id Long id;", "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.BookRelations");
        assertThat(generated(result, "test.jpa.BookRelations")).contains("{@code authors}: one-way, to {@code Author}");
    }

    @Test
    void entitiesOfALibraryBuiltWithoutRelateNeedNothingFromIt(@TempDir Path directory) throws IOException {
        // a library's Customer and Order, compiled without relate; this build's Invoice refers to Customer
        JavaFileObject invoice = source("test.jpa.Invoice", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Invoice {",
                "    @Id Long id;",
                "    @ManyToOne Customer customer;",
                "}");
        List<JavaFileObject> library = new ArrayList<>(JpaAnnotations.sources("jakarta"));
        library.add(customer("jakarta", ""));
        library.add(order("jakarta", ""));
        List<File> classpath = ErrorTesting.library(directory, List.of("test.jpa.Customer", "test.jpa.Order",
                "jakarta.persistence.Entity", "jakarta.persistence.Id", "jakarta.persistence.OneToMany",
                "jakarta.persistence.ManyToOne"), library.toArray(new JavaFileObject[0]));
        Result result = ErrorTesting.compile(Compiler.javac().withOptions(CLEAN).withClasspath(classpath),
                List.of(invoice));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.InvoiceRelations");
    }

    // ---------------------------------------------------------------- turned off, left alone

    @Test
    void theOptionTurnsTheReadingOff() {
        List<String> options = new ArrayList<>(CLEAN);
        options.add("-Arelate.jpa=false");
        Result result = compile("jakarta", options, customer("jakarta", ""), order("jakarta", ""));
        assertThat(result.compilation()).succeededWithoutWarnings();
        result.wroteNothing();
    }

    @Test
    void ignoreMappingsOnAClassLeavesItsMappingsUnreadAndTheOtherEndOneWay() {
        assertOnlyOrderIsKept(customer("jakarta", "@dev.relate.IgnoreMappings"));
    }

    @Test
    void ignoreMappingsOnTheOwningFieldMakesTheMappedBySideOneWay() {
        Result result = compile("jakarta", CLEAN, customer("jakarta", ""),
                source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                        "@Entity public class Order {",
                        "    @Id Long id;",
                        "    @ManyToOne @dev.relate.IgnoreMappings Customer customer;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.CustomerRelations");
        assertThat(generated(result, "test.jpa.CustomerRelations")).contains("{@code orders}: one-way, to {@code Order}");
    }

    @Test
    void mappingsRelateCannotKeepInSyncAreLeftAloneWithoutAWord() {
        // a Map keyed by a column of its own (@MapKeyColumn), not by an attribute of its elements, is
        // not an end relate keeps; the build stays clean
        assertOnlyOrderIsKept(customerWith("@OneToMany(mappedBy = \"customer\") @MapKeyColumn(name = \"slot\")",
                "Map<Long, Order> orders = new HashMap<>();"));
    }

    @Test
    void aRawCollectionWithATargetEntityIsLeftAloneWithoutAWord() {
        // JPA takes the element class from targetEntity; relate needs it in the type, and leaves the
        // mapping to JPA: the other end is one-way
        assertOnlyOrderIsKept(customerWith("@SuppressWarnings(\"rawtypes\")",
                "@OneToMany(targetEntity = Order.class, mappedBy = \"customer\") List orders = new ArrayList();"));
    }

    @Test
    void relatesAnnotationsBesideAMapKeyMappingDeclareTheMapEnd() {
        // relate's annotations on both ends, beside JPA's that say the same, declare the map end
        Result result = compile("jakarta", CLEAN,
                source("test.jpa.Customer", "package test.jpa;", "import jakarta.persistence.*;",
                        "import dev.relate.*;", "import java.util.*;",
                        "@Entity public class Customer {",
                        "    @Id Long id;",
                        "    @OneToMany(mappedBy = \"customer\") @MapKey(name = \"code\")",
                        "    @OneToManyRel(backPopulates = \"customer\", key = \"code\")",
                        "    Map<String, Order> orders = new HashMap<>();",
                        "}"),
                source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                        "import dev.relate.*;",
                        "@Entity public class Order {",
                        "    @Id Long id;",
                        "    String code;",
                        "    @ManyToOne @ManyToOneRel(backPopulates = \"orders\") Customer customer;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.CustomerRelations", "test.jpa.OrderRelations");
        assertThat(generated(result, "test.jpa.CustomerRelations"))
                .contains("public static boolean rekeyInOrders(Customer customer, Order order)");
    }

    @Test
    void aMapKeyNamingAnAttributeIsAMapEndKeyedByIt() {
        Result result = compile("jakarta", CLEAN,
                customerWith("@OneToMany(mappedBy = \"customer\") @MapKey(name = \"code\")",
                        "Map<String, Order> orders = new HashMap<>();"),
                orderWith("String code;"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.CustomerRelations", "test.jpa.OrderRelations");
        assertThat(generated(result, "test.jpa.CustomerRelations"))
                .contains("public static boolean rekeyInOrders(Customer customer, Order order)");
        assertThat(generated(result, "test.jpa.CustomerRelations")).contains("under its {@code Order.code}");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anotherKeyThanTheMapKeysIsAnError() {
        JavaFileObject customer = source("test.jpa.Customer", "package test.jpa;",
                "import jakarta.persistence.*; import dev.relate.*;", "import java.util.*;",
                "@Entity public class Customer {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"customer\") @MapKey(name = \"code\")",
                "    @OneToManyRel(backPopulates = \"customer\", key = \"label\")",
                "    Map<String, Order> orders = new HashMap<>();",
                "}");
        Result result = compile("jakarta", List.of(), customer, orderWith("String code; String label;"));
        assertError(result, "RelateJpaDisagrees", customer, 7,
                "relate's @OneToManyRel says each element's key is its label, but its JPA mapping @OneToMany says"
                        + " each element's key is its code");
    }

    @Test
    void mappedByNamingNoFieldIsAnError() {
        JavaFileObject customer = customerWith("@OneToMany(mappedBy = \"buyer\") List<Order> orders = new ArrayList<>();");
        Result result = compile("jakarta", List.of(), customer, order("jakarta", ""));
        assertError(result, "RelateMissingField", customer, 6, "mappedBy", "\"buyer\"");
    }

    @Test
    void aPrivateMappedFieldWithoutItsAccessorsIsReportedAndTheOtherMappingsGetTheirHelpers() {
        // no relate annotation anywhere: relate puts the round off for a processor that may add the
        // setter (Lombok), and must still check these classes, report, and write the rest, at the end;
        // for Java 8, where relate needs the setter, a warning (JPA's mapping alone declares the end)
        JavaFileObject order = source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Order {",
                "    @Id Long id;",
                "    @ManyToOne private Customer customer;",
                "    public Customer getCustomer() { return customer; }",
                "}");
        JavaFileObject passport = source("test.jpa.Passport", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Passport {",
                "    @Id Long id;",
                "    @OneToOne Citizen holder;",
                "}");
        JavaFileObject citizen = source("test.jpa.Citizen", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Citizen {",
                "    @Id Long id;",
                "    @OneToOne(mappedBy = \"holder\") Passport passport;",
                "}");
        Result result = compile("jakarta", List.of("--release", "8", "-Xlint:-options"), customer("jakarta", ""),
                order, passport, citizen);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[RelatePrivateField] Order.customer").inFile(order)
                .onLine(5);
        assertThat(warnings(result)).hasSize(1);
        assertThat(warnings(result).get(0)).contains("no setter setCustomer(Customer)");
        assertThat(result.written()).containsExactly("test.jpa.CitizenRelations", "test.jpa.PassportRelations");
        // for Java 9 and later relate reaches the field through its handle: every end gets its helpers
        Result handles = compile("jakarta", List.of(), customer("jakarta", ""), order, passport, citizen);
        assertThat(handles.compilation()).succeededWithoutWarnings();
        assertThat(handles.written()).containsAtLeast("test.jpa.OrderRelations", "test.jpa.CustomerRelations");
    }

    @Test
    void mappedByNamingAFieldWithoutAMappingIsAnError() {
        JavaFileObject customer = customer("jakarta", "");
        JavaFileObject order = source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Order {",
                "    @Id Long id;",
                "    Customer customer;",
                "}");
        Result result = compile("jakarta", List.of(), customer, order);
        assertError(result, "RelateMappedByNotMapped", customer, 6,
                "mappedBy = \"customer\" names Order.customer, which has no relationship mapping: annotate it with"
                        + " @ManyToOne, the owning side that JPA and relate pair with this one");
    }

    @Test
    void columnsThatReadTheOtherWayRoundFromTheJoinTableAreAnError() {
        // the trap: JPA's join columns copied into leftColumn and rightColumn, but relate's left end
        // is Book.authors, so leftColumn would hold... Book ids in author_id
        JavaFileObject book = book("import jakarta.persistence.*; import dev.relate.*;",
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\", joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                "    @ManyToManyRel(secondary = \"book_author\", backPopulates = \"books\",",
                "            leftColumn = \"author_id\", rightColumn = \"book_id\")");
        Result result = compile("jakarta", List.of(), book, author());
        assertError(result, "RelateJpaDisagrees", book, 10,
                "Book.authors: relate's @ManyToManyRel says author_id holds the ids of Book and book_id"
                        + " those of Author, but its JPA mapping @ManyToMany says book_id holds the ids of Book and"
                        + " author_id those of Author",
                "remove @ManyToManyRel and let relate read the JPA mapping alone");
        result.wroteNothing();
    }

    @Test
    void aTableOtherThanTheJoinTablesIsAnError() {
        JavaFileObject book = book("import jakarta.persistence.*; import dev.relate.*;",
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\")",
                "    @ManyToManyRel(secondary = \"written_by\", backPopulates = \"books\")");
        Result result = compile("jakarta", List.of(), book, author());
        assertError(result, "RelateJpaDisagrees", book, 8,
                "relate's @ManyToManyRel says the association table is written_by, but its JPA mapping"
                        + " @ManyToMany says the association table is book_author");
    }

    @Test
    void anotherKindOfEndThanTheMappingsIsAnError() {
        JavaFileObject author = source("test.jpa.Author", "package test.jpa;",
                "import jakarta.persistence.*; import dev.relate.*;",
                "@Entity public class Author {",
                "    @Id Long id;",
                "    @OneToOne(mappedBy = \"author\")",
                "    @ManyToOneRel(backPopulates = \"author\")",
                "    Biography biography;",
                "}");
        JavaFileObject biography = source("test.jpa.Biography", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Biography {",
                "    @Id Long id;",
                "    @OneToOne Author author;",
                "}");
        Result result = compile("jakarta", List.of(), author, biography);
        assertError(result, "RelateJpaDisagrees", author, 6,
                "Author.biography: relate's @ManyToOneRel says it is @ManyToOneRel, but its JPA mapping"
                        + " @OneToOne says it is @OneToManyRel(uselist = false)");
    }

    @Test
    void oneToOneRelWritesWhatUselistAndJpasOneToOneWrite() {
        Result jpa = compile("jakarta", CLEAN, person("import jakarta.persistence.*;", "@OneToOne(mappedBy = \"person\")"),
                passport("import jakarta.persistence.*;", "@OneToOne"));
        Result alias = compile("jakarta", CLEAN,
                person("import jakarta.persistence.*; import dev.relate.*;",
                        "@OneToOne(mappedBy = \"person\") @OneToOneRel(mappedBy = \"person\")"),
                passport("import jakarta.persistence.*; import dev.relate.*;",
                        "@OneToOne @OneToOneRel(backPopulates = \"passport\")"));
        Result uselist = compile("jakarta", CLEAN,
                person("import dev.relate.*;", "@OneToManyRel(uselist = false, backPopulates = \"person\")"),
                passport("import dev.relate.*;", "@ManyToOneRel(backPopulates = \"passport\")"));
        for (Result result : List.of(jpa, alias, uselist)) {
            assertThat(result.compilation()).succeededWithoutWarnings();
        }
        for (String name : List.of("test.jpa.PersonRelations", "test.jpa.PassportRelations")) {
            assertThat(generated(alias, name)).isEqualTo(generated(jpa, name));
            assertThat(generated(alias, name)).isEqualTo(generated(uselist, name));
        }
    }

    @Test
    void oneToOneRelOwningWhereJpaSaysMappedByIsAnError() {
        JavaFileObject person = person("import jakarta.persistence.*; import dev.relate.*;",
                "@OneToOne(mappedBy = \"person\") @OneToOneRel(backPopulates = \"person\")");
        Result result = compile("jakarta", List.of(), person, passport("import jakarta.persistence.*;", "@OneToOne"));
        assertError(result, "RelateJpaDisagrees", person, 5,
                "Person.passport: relate's @OneToOneRel says it is the end that owns a one-to-one, but its JPA"
                        + " mapping @OneToOne says it is the end of a one-to-one mapped by its other end");
    }

    @Test
    void oneToOneRelBesideJpasManyToOneIsAnError() {
        // both are read as a many-to-one, so only what the user wrote tells them apart
        JavaFileObject passport = passport("import jakarta.persistence.*; import dev.relate.*;",
                "@ManyToOne @OneToOneRel(backPopulates = \"passport\")");
        Result result = compile("jakarta", List.of(), person("import jakarta.persistence.*; import dev.relate.*;",
                "@OneToOne(mappedBy = \"person\") @OneToOneRel(mappedBy = \"person\")"), passport);
        assertError(result, "RelateJpaDisagrees", passport, 5,
                "Passport.person: relate's @OneToOneRel says it is the end that owns a one-to-one, but its JPA"
                        + " mapping @ManyToOne says it is @ManyToOneRel");
    }

    @Test
    void aOneWayOneToOneIsDrawnAsOneToOneWhicheverAnnotationSaysIt() throws IOException {
        for (String annotation : List.of("@OneToOne", "@OneToOneRel", "@OneToManyRel(uselist = false)")) {
            Result result = compile("jakarta", CLEAN, person("import jakarta.persistence.*; import dev.relate.*;",
                    annotation), passport("", ""));
            assertThat(result.compilation()).succeededWithoutWarnings();
            JavaFileObject diagram = result.compilation().generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                    "META-INF/relate/model/test.jpa.Person.mmd").orElse(null);
            assertWithMessage("diagram under %s", annotation).that(diagram).isNotNull();
            assertWithMessage("diagram under %s", annotation).that(diagram.getCharContent(true).toString())
                    .contains("`test.jpa.Person` \"0..1\" --> \"0..1\" `test.jpa.Passport` : passport");
        }
        Result manyToOne = compile("jakarta", CLEAN, person("import jakarta.persistence.*;", "@ManyToOne"),
                passport("", ""));
        JavaFileObject diagram = manyToOne.compilation().generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/relate/model/test.jpa.Person.mmd").orElseThrow();
        assertThat(diagram.getCharContent(true).toString())
                .contains("`test.jpa.Person` \"*\" --> \"0..1\" `test.jpa.Passport` : passport");
    }

    @Test
    void anotherOtherEndThanMappedBysIsAnError() {
        JavaFileObject customer = source("test.jpa.Customer", "package test.jpa;",
                "import jakarta.persistence.*; import dev.relate.*;", "import java.util.*;",
                "@Entity public class Customer {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"customer\")",
                "    @OneToManyRel(backPopulates = \"buyer\")",
                "    List<Order> orders = new ArrayList<>();",
                "}");
        JavaFileObject order = source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Order {",
                "    @Id Long id;",
                "    @ManyToOne Customer customer;",
                "    Customer buyer;",
                "}");
        Result result = compile("jakarta", List.of(), customer, order);
        assertError(result, "RelateJpaDisagrees", customer, 7,
                "relate's @OneToManyRel says its other end is buyer, but its JPA mapping @OneToMany says its other"
                        + " end is customer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void mappedByAPathIntoAnEmbeddableIsLeftAloneAndTheBuildStaysClean(String api) {
        // JPA maps a relationship inside an embeddable with a dotted mappedBy; relate keeps no such
        // end in sync, and the embeddable's @ManyToOne is a one-way end
        Result result = compile(api, CLEAN,
                source("test.jpa.City", "package test.jpa;", "import " + api + ".persistence.*;",
                        "import java.util.*;",
                        "@Entity public class City {",
                        "    @Id Long id;",
                        "    @OneToMany(mappedBy = \"address.city\") List<Customer> customers = new ArrayList<>();",
                        "}"),
                source("test.jpa.Address", "package test.jpa;", "import " + api + ".persistence.*;",
                        "@Embeddable public class Address {",
                        "    String street;",
                        "    @ManyToOne City city;",
                        "}"),
                source("test.jpa.Customer", "package test.jpa;", "import " + api + ".persistence.*;",
                        "@Entity public class Customer {",
                        "    @Id Long id;",
                        "    @Embedded Address address;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.AddressRelations");
        assertThat(generated(result, "test.jpa.AddressRelations")).contains("{@code city}: one-way, to {@code City}");
    }

    @Test
    void mappedByNamingAFieldThatHoldsAnotherClassIsATypeMismatch() {
        JavaFileObject publisher = source("test.jpa.Publisher", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Publisher {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"owner\") List<Book> books = new ArrayList<>();",
                "}");
        JavaFileObject book = source("test.jpa.Book", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Book {",
                "    @Id Long id;",
                "    @ManyToOne Person owner;",
                "}");
        JavaFileObject person = source("test.jpa.Person", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Person {",
                "    @Id Long id;",
                "}");
        Result result = compile("jakarta", List.of(), publisher, book, person);
        assertError(result, "RelateEndTypeMismatch", publisher, 6,
                "mappedBy = \"owner\" names Book.owner, which holds Person, but its other end is in Publisher");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aSubclassCollectionMappedByAFieldHoldingItsSuperclassIsAWarningAndLeftToJpa(String api) {
        // valid JPA: BigShop.sales is mapped by Sale.shop, a Shop; relate's ends hold each other's classes
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "}");
        JavaFileObject sale = source("test.jpa.Sale", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Sale {",
                "    @Id Long id;",
                "    @ManyToOne Shop shop;",
                "}");
        JavaFileObject bigShop = bigShop(api, "");
        Result result = compile(api, List.of("-Xlint:-processing"), shop, bigShop, sale);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_SUPERCLASS + "] BigShop.sales")
                .inFile(bigShop).onLineContaining("List<Sale> sales");
        assertThat(warnings(result)).containsExactly("[RelateMappedBySuperclass] BigShop.sales is mapped by"
                + " Sale.shop, which holds Shop, a supertype of BigShop, but relate keeps in sync ends that hold"
                + " each other's classes only, so it writes no helpers for BigShop.sales and leaves it to the JPA"
                + " provider: put @IgnoreMappings on BigShop.sales to leave it to JPA without a word, or map it by a"
                + " field that holds BigShop");
        assertThat(result.written()).containsExactly("test.jpa.SaleRelations");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("{@code shop}: one-way, to {@code Shop}");
        // with -Werror, as any warning; @IgnoreMappings says it is meant
        assertThat(compile(api, CLEAN, shop, bigShop, sale).compilation()).failed();
        assertThat(compile(api, CLEAN, shop, bigShop(api, "@dev.relate.IgnoreMappings "), sale).compilation())
                .succeededWithoutWarnings();
    }

    /**
     * {@code Shop.sales} and {@code BigShop.sales} (BigShop extends Shop), both mapped by
     * {@code Sale.shop}, a Shop: the subclass's collection is the superclass case, warned of and left
     * to JPA; the two are not a field mapped twice (only Shop's fields are mapped by Sale.shop, and
     * BigShop's is left already), so {@code Shop.sales} is kept in sync with {@code Sale.shop} as
     * without BigShop, whatever the order of the sources. A BigShop holds both fields: a link made
     * through the helpers reaches Shop's, and BigShop's is JPA's to fill, as the warning says.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSubclassCollectionBesideTheSuperclassCollectionOfOneFieldIsTheSuperclassWarningOnly(boolean shopFirst)
            throws Exception {
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"shop\") List<Sale> sales = new ArrayList<>();",
                "}");
        JavaFileObject sale = source("test.jpa.Sale", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Sale {",
                "    @Id Long id;",
                "    @ManyToOne Shop shop;",
                "}");
        JavaFileObject bigShop = bigShop("jakarta", "");
        JavaFileObject[] sources = shopFirst ? new JavaFileObject[] {shop, bigShop, sale}
                : new JavaFileObject[] {sale, bigShop, shop};
        Result result = compile("jakarta", List.of("-Xlint:-processing"), sources);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_SUPERCLASS + "] BigShop.sales is"
                + " mapped by Sale.shop, which holds Shop, a supertype of BigShop").inFile(bigShop)
                .onLineContaining("List<Sale> sales");
        assertThat(result.compilation()).hadWarningCount(1);
        assertThat(result.written()).containsExactly("test.jpa.SaleRelations", "test.jpa.ShopRelations");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("the other end is {@code Shop.sales}");
        assertThat(generated(result, "test.jpa.ShopRelations")).contains("the other end is {@code Sale.shop}");

        JavaFileObject run = source("test.jpa.Run", "package test.jpa;",
                "public class Run {",
                "    public static String run() {",
                "        BigShop big = new BigShop();",
                "        Sale sale = new Sale();",
                "        SaleRelations.setShop(sale, big);",
                "        boolean linked = sale.shop == big && ((Shop) big).sales.contains(sale);",
                "        ShopRelations.removeFromSales(big, sale);",
                "        return linked + \" \" + (sale.shop == null) + \" \" + big.sales.isEmpty();",
                "    }",
                "}");
        // @IgnoreMappings on BigShop.sales says it is meant: clean under -Werror, Shop.sales kept all the same
        Result ignored = compile("jakarta", CLEAN, shop, bigShop("jakarta", "@dev.relate.IgnoreMappings "), sale,
                run);
        assertThat(ignored.compilation()).succeededWithoutWarnings();
        assertThat(ErrorTesting.run(ignored, "test.jpa.Run")).isEqualTo("true true true");
    }

    private static JavaFileObject bigShop(String api, String annotations) {
        return source("test.jpa.BigShop", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class BigShop extends Shop {",
                "    " + annotations + "@OneToMany(mappedBy = \"shop\") List<Sale> sales = new ArrayList<>();",
                "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void twoCollectionsMappedByOneFieldAreAWarningOnEachAndLeftToJpa(String api) {
        // JPA lets a subclass's collection be mapped by the field its superclass declares; relate can keep
        // one collection in sync with a field, so it leaves both to JPA and says so on each
        JavaFileObject zoo = zoo(api, "", "");
        Result result = compile(api, List.of("-Xlint:-processing"), zoo, animal(api, "Entity"), cat(api));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_TWICE + "] Zoo.animals and Zoo.cats")
                .inFile(zoo).onLineContaining("List<Animal> animals");
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_TWICE + "] Zoo.cats and Zoo.animals")
                .inFile(zoo).onLineContaining("List<Cat> cats");
        assertThat(warnings(result)).containsExactly(
                "[RelateMappedByTwice] Zoo.animals and Zoo.cats are mapped by one field, Animal.zoo, but relate can"
                        + " keep a field in sync with one collection only, so it writes no helpers for them and"
                        + " leaves them to the JPA provider (Animal.zoo is one-way): put @IgnoreMappings on Zoo.cats"
                        + " to keep Zoo.animals in sync with Animal.zoo, or map each collection by a field of its own",
                "[RelateMappedByTwice] Zoo.cats and Zoo.animals are mapped by one field, Animal.zoo, but relate can"
                        + " keep a field in sync with one collection only, so it writes no helpers for them and"
                        + " leaves them to the JPA provider (Animal.zoo is one-way): put @IgnoreMappings on"
                        + " Zoo.animals to keep Zoo.cats in sync with Animal.zoo, or map each collection by a field of"
                        + " its own");
        assertThat(result.compilation()).hadWarningCount(2);
        assertThat(result.written()).containsExactly("test.jpa.AnimalRelations");
        assertThat(generated(result, "test.jpa.AnimalRelations")).contains("{@code zoo}: one-way, to {@code Zoo}");
        // with -Werror, as any warning
        assertThat(compile(api, CLEAN, zoo, animal(api, "Entity"), cat(api)).compilation()).failed();
    }

    @Test
    void collectionsMappedByTheFieldOfAMappedSuperclassLeaveTheRestOfTheModelItsHelpers() {
        // cats and dogs, each mapped by the zoo they inherit: the keepers still get their helpers
        JavaFileObject zoo = source("test.jpa.Zoo", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Zoo {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"zoo\") List<Cat> cats = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"zoo\") List<Dog> dogs = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"zoo\") List<Keeper> keepers = new ArrayList<>();",
                "}");
        JavaFileObject dog = source("test.jpa.Dog", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Dog extends Animal {",
                "}");
        JavaFileObject keeper = source("test.jpa.Keeper", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Keeper {",
                "    @Id Long id;",
                "    @ManyToOne Zoo zoo;",
                "}");
        Result result = compile("jakarta", List.of("-Xlint:-processing"), zoo, animal("jakarta", "MappedSuperclass"),
                cat("jakarta"), dog, keeper);
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_TWICE + "] Zoo.cats and Zoo.dogs are"
                + " mapped by one field, Animal.zoo").inFile(zoo).onLineContaining("List<Cat> cats");
        assertThat(result.compilation()).hadWarningContaining("[" + MAPPED_BY_TWICE + "] Zoo.dogs and Zoo.cats are"
                + " mapped by one field, Animal.zoo").inFile(zoo).onLineContaining("List<Dog> dogs");
        assertThat(result.compilation()).hadWarningCount(2);
        String helpers = generated(result, "test.jpa.ZooRelations");
        assertThat(helpers).contains("public static boolean addToKeepers(Zoo zoo, Keeper keeper)");
        assertThat(helpers).doesNotContain("Cats(");
        assertThat(helpers).doesNotContain("Dogs(");
        assertThat(generated(result, "test.jpa.KeeperRelations")).contains("the other end is {@code Zoo.keepers}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"animals", "cats"})
    void ignoreMappingsOnOneOfTwoCollectionsMappedByOneFieldKeepsTheOtherInSync(String ignored) throws Exception {
        String kept = ignored.equals("animals") ? "cats" : "animals";
        // Animal.zoo seen from Cat when it is paired with the cats
        String holder = kept.equals("cats") ? "Cat" : "Animal";
        String ignore = "@dev.relate.IgnoreMappings ";
        JavaFileObject run = source("test.jpa.Run", "package test.jpa;",
                "public class Run {",
                "    public static String run() {",
                "        Zoo zoo = new Zoo();",
                "        Cat cat = new Cat();",
                "        ZooRelations.addTo" + (kept.equals("cats") ? "Cats" : "Animals") + "(zoo, cat);",
                "        boolean linked = cat.zoo == zoo && zoo." + kept + ".contains(cat);",
                "        " + holder + "Relations.setZoo(cat, null);",
                "        return linked + \" \" + zoo." + kept + ".isEmpty() + \" \" + zoo." + ignored + ".isEmpty();",
                "    }",
                "}");
        Result result = compile("jakarta", CLEAN, zoo("jakarta", ignored.equals("animals") ? ignore : "",
                ignored.equals("cats") ? ignore : ""), animal("jakarta", "Entity"), cat("jakarta"), run);
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa." + holder + "Relations"))
                .contains("the other end is {@code Zoo." + kept + "}");
        assertThat(ErrorTesting.run(result, "test.jpa.Run")).isEqualTo("true true true");
    }

    @Test
    void collectionsMappedByOneFieldWhereRelatesAnnotationDeclaresOneAreAnError() {
        JavaFileObject zoo = zoo("jakarta", "@dev.relate.OneToManyRel(backPopulates = \"zoo\") ", "");
        Result result = compile("jakarta", List.of(), zoo, animal("jakarta", "Entity"), cat("jakarta"));
        assertError(result, MAPPED_BY_TWICE, zoo, "List<Cat> cats",
                "Zoo.cats and Zoo.animals are mapped by one field, Cat.zoo, but relate can keep a field in sync with"
                        + " one collection only, and pairs Cat.zoo with Zoo.animals, the first: put @IgnoreMappings on"
                        + " Zoo.cats to leave it to the JPA provider, or map it by a field of its own");
    }

    // ---------------------------------------------------------------- inputs

    private static JavaFileObject customer(String api, String classAnnotation) {
        return source("test.jpa.Customer", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                classAnnotation + " @Entity public class Customer {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"customer\") List<Order> orders = new ArrayList<>();",
                "}");
    }

    /**
     * A jakarta Customer whose {@code lines} (each indented) follow its id: line 6 is the first of
     * them, as in {@link #customer}.
     */
    private static JavaFileObject customerWith(String... lines) {
        List<String> all = new ArrayList<>(List.of("package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;", "@Entity public class Customer {", "    @Id Long id;"));
        for (String line : lines) {
            all.add("    " + line);
        }
        all.add("}");
        return source("test.jpa.Customer", all.toArray(new String[0]));
    }

    /** Order with {@code fields} beside its id and its {@code @ManyToOne Customer customer}. */
    private static JavaFileObject orderWith(String fields) {
        return source("test.jpa.Order", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Order {",
                "    @Id Long id;",
                "    " + fields,
                "    @ManyToOne Customer customer;",
                "}");
    }

    private static JavaFileObject order(String api, String classAnnotation) {
        return source("test.jpa.Order", "package test.jpa;", "import " + api + ".persistence.*;",
                classAnnotation + " @Entity public class Order {",
                "    @Id Long id;",
                "    @ManyToOne Customer customer;",
                "}");
    }

    /** Zoo with {@code animals} and {@code cats} under the annotations given, both mapped by the field zoo. */
    private static JavaFileObject zoo(String api, String animalsAnnotation, String catsAnnotation) {
        return source("test.jpa.Zoo", "package test.jpa;", "import " + api + ".persistence.*;", "import java.util.*;",
                "@Entity public class Zoo {",
                "    @Id Long id;",
                "    " + animalsAnnotation + "@OneToMany(mappedBy = \"zoo\") List<Animal> animals = new ArrayList<>();",
                "    " + catsAnnotation + "@OneToMany(mappedBy = \"zoo\") List<Cat> cats = new ArrayList<>();",
                "}");
    }

    /** Animal, an {@code Entity} or a {@code MappedSuperclass}, with its {@code @ManyToOne Zoo zoo}. */
    private static JavaFileObject animal(String api, String classAnnotation) {
        return source("test.jpa.Animal", "package test.jpa;", "import " + api + ".persistence.*;",
                "@" + classAnnotation + " public class Animal {",
                "    @Id Long id;",
                "    @ManyToOne Zoo zoo;",
                "}");
    }

    private static JavaFileObject cat(String api) {
        return source("test.jpa.Cat", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Cat extends Animal {",
                "}");
    }

    /** Book, owning side of a many-to-many with {@link #author()}: the imports, then the lines above the field. */
    private static JavaFileObject book(String imports, String... annotations) {
        List<String> lines = new ArrayList<>(List.of("package test.jpa;", imports, "import java.util.*;",
                "@Entity public class Book {", "    @Id Long id;"));
        lines.addAll(List.of(annotations));
        lines.add("    Set<Author> authors = new LinkedHashSet<>();");
        lines.add("}");
        return source("test.jpa.Book", lines.toArray(new String[0]));
    }

    private static JavaFileObject author() {
        return source("test.jpa.Author", "package test.jpa;", "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class Author {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"authors\") Set<Book> books = new LinkedHashSet<>();",
                "}");
    }

    /** {@code Person.passport} under the annotations given, on one line. */
    private static JavaFileObject person(String imports, String annotations) {
        return source("test.jpa.Person", "package test.jpa;", imports,
                "public class Person {",
                "    Long id;",
                "    " + annotations + " Passport passport;",
                "}");
    }

    /** {@code Passport.person} under the annotations given, on one line. */
    private static JavaFileObject passport(String imports, String annotations) {
        return source("test.jpa.Passport", "package test.jpa;", imports,
                "public class Passport {",
                "    Long id;",
                "    " + annotations + " Person person;",
                "}");
    }

    static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceLines(name, lines);
    }

    /** Compiles with relate and the JPA annotations of {@code api} ("jakarta" or "javax"). */
    static Result compile(String api, List<String> options, JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(JpaAnnotations.sources(api));
        all.addAll(List.of(sources));
        return ErrorTesting.compile(options, all);
    }

    /**
     * Compiles {@code customer} with a plain {@link #order}: clean, and relate keeps the order's end
     * alone, one-way, leaving the customer's mapping to JPA.
     */
    private static void assertOnlyOrderIsKept(JavaFileObject customer) {
        Result result = compile("jakarta", CLEAN, customer, order("jakarta", ""));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.OrderRelations");
        assertThat(generated(result, "test.jpa.OrderRelations")).contains("{@code customer}: one-way, to {@code Customer}");
    }

    static List<String> warnings(Result result) {
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : result.compilation().warnings()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (message.startsWith("[Relate")) {
                warnings.add(message);
            }
        }
        return warnings;
    }

    static String generated(Result result, String name) {
        Compilation compilation = result.compilation();
        JavaFileObject file = compilation.generatedSourceFile(name).orElse(null);
        assertWithMessage("generated %s", name).that(file).isNotNull();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
