package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lombok adds getters and setters to the classes javac compiles while it runs as a processor: relate
 * works whether it comes before Lombok on the processor path or after it. Before it, relate sees a
 * private end without its accessors in the first round and checks the class again in the next.
 */
class LombokOrderTest {
    private static final JavaFileObject SHOP = JavaFileObjects.forSourceLines("test.Shop",
            "package test;",
            "import dev.relate.OneToManyRel;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "import lombok.Getter;",
            "import lombok.Setter;",
            "public class Shop {",
            "    @Getter @Setter",
            "    @OneToManyRel(backPopulates = \"shop\")",
            "    private List<Product> products = new ArrayList<>();",
            "}");
    private static final JavaFileObject PRODUCT = product("products");
    /** Uses the helpers as a user does: they exist and keep both ends in sync through Lombok's accessors. */
    private static final JavaFileObject USE = JavaFileObjects.forSourceLines("test.Use",
            "package test;",
            "class Use {",
            "    static boolean linked() {",
            "        Shop shop = new Shop();",
            "        Product product = new Product();",
            "        ProductRelations.setShop(product, shop);",
            "        return shop.getProducts().contains(product) && ShopRelations.products(shop).size() == 1;",
            "    }",
            "}");
    private static final JavaFileObject WRONG_NAME = product("items");
    private static final JavaFileObject NO_SETTER = JavaFileObjects.forSourceLines("test.Product",
            "package test;",
            "import dev.relate.ManyToOneRel;",
            "import lombok.Getter;",
            "public class Product {",
            "    @Getter",
            "    @ManyToOneRel(backPopulates = \"products\")",
            "    private Shop shop;",
            "}");

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void helpersAreWrittenThroughLombokAccessors(boolean relateFirst) {
        // for Java 8 relate calls the accessors; for 9 and later it reaches the fields through handles
        Compilation compilation = compile(relateFirst, List.of("--release", "8", "-Xlint:-options"), SHOP, PRODUCT,
                USE);

        assertThat(compilation).succeededWithoutWarnings();
        // the end object of Shop.products, which ProductRelations uses too, reads and writes both ends
        assertThat(compilation).generatedSourceFile("test.ShopRelations").contentsAsUtf8String()
                .contains("shop.getProducts()");
        assertThat(compilation).generatedSourceFile("test.ShopRelations").contentsAsUtf8String()
                .contains("product.setShop(");
        assertThat(compilation).generatedSourceFile("test.ProductRelations").contentsAsUtf8String()
                .contains("ShopRelations.PRODUCTS.assign(product, shop);");

        Compilation handles = compile(relateFirst, SHOP, PRODUCT, USE);
        assertThat(handles).succeededWithoutWarnings();
        assertThat(handles).generatedSourceFile("test.ShopRelations").contentsAsUtf8String()
                .contains("FieldHandles.setProductShop(Proxies.unwrap(product, Product.class), shop)");
    }

    /** Both orders write the same files. */
    @ParameterizedTest
    @ValueSource(strings = {"test.ShopRelations", "test.ProductRelations"})
    void bothOrdersWriteTheSameHelpers(String name) throws Exception {
        String relateFirst = compile(true, SHOP, PRODUCT).generatedSourceFile(name).orElseThrow()
                .getCharContent(true).toString();
        String lombokFirst = compile(false, SHOP, PRODUCT).generatedSourceFile(name).orElseThrow()
                .getCharContent(true).toString();
        assertThat(relateFirst).isEqualTo(lombokFirst);
    }

    /** A wrong name is still an error; an accessor that Lombok does not add is reported once processing is over. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void errorsAreReportedOnceInEitherOrder(boolean relateFirst) {
        for (JavaFileObject erroneous : List.of(WRONG_NAME, NO_SETTER)) {
            Compilation compilation = compile(relateFirst, SHOP, erroneous);

            String expected = erroneous == WRONG_NAME ? "[RelateMissingField]" : "[RelatePrivateField] Product.shop";
            assertThat(compilation).hadErrorContaining(expected).inFile(erroneous).onLineContaining("@ManyToOneRel");
            assertThat(compilation).hadErrorCount(1);
        }
    }

    /**
     * Entities whose ends JPA's mappings alone declare, with Lombok's accessors: relate, first, puts the
     * round off for the accessors, and must come back to classes that carry no relate annotation.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void jpaMappingsWithLombokAccessorsGetTheirHelpersInEitherOrder(boolean relateFirst) {
        JavaFileObject passport = JavaFileObjects.forSourceLines("test.Passport",
                "package test;",
                "import jakarta.persistence.*;",
                "@Entity @lombok.Getter @lombok.Setter",
                "public class Passport {",
                "    @Id private Long id;",
                "    @OneToOne private Citizen holder;",
                "}");
        JavaFileObject citizen = JavaFileObjects.forSourceLines("test.Citizen",
                "package test;",
                "import jakarta.persistence.*;",
                "@Entity @lombok.Getter @lombok.Setter",
                "public class Citizen {",
                "    @Id private Long id;",
                "    @OneToOne(mappedBy = \"holder\") private Passport passport;",
                "}");

        Compilation compilation = compile(relateFirst, passport, citizen);

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.PassportRelations").contentsAsUtf8String()
                .contains("public static void setHolder(Passport passport, Citizen holder)");
        assertThat(compilation).generatedSourceFile("test.CitizenRelations").contentsAsUtf8String()
                .contains("public static void setPassport(Citizen citizen, Passport passport)");
        // for Java 8 relate needs the accessors: what it finds missing in the first round is no warning yet
        Compilation java8 = compile(relateFirst, List.of("--release", "8", "-Xlint:-options"), passport, citizen);
        assertThat(java8).succeededWithoutWarnings();
        assertThat(java8).generatedSourceFile("test.PassportRelations").contentsAsUtf8String()
                .contains("passport.setHolder(");
    }

    /** A Product whose getter and setter Lombok writes, naming {@code backPopulates} as its other end. */
    private static JavaFileObject product(String backPopulates) {
        return JavaFileObjects.forSourceLines("test.Product",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "import lombok.Getter;",
                "import lombok.Setter;",
                "@Getter @Setter",
                "public class Product {",
                "    @ManyToOneRel(backPopulates = \"" + backPopulates + "\")",
                "    private Shop shop;",
                "}");
    }

    private static Compilation compile(boolean relateFirst, JavaFileObject... sources) {
        return compile(relateFirst, List.of(), sources);
    }

    private static Compilation compile(boolean relateFirst, List<String> options, JavaFileObject... sources) {
        Processor relate = new RelateProcessor();
        Processor lombok = TestProcessors.lombok();
        List<String> all = new java.util.ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing"));
        all.addAll(options);
        return Compiler.javac()
                .withProcessors(relateFirst ? List.of(relate, new RelateClaims(), lombok) : List.of(lombok, relate, new RelateClaims()))
                .withOptions(all)
                .compile(sources);
    }
}
