package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.JpaMappingsTest.CLEAN;
import static dev.relate.processor.errors.JpaMappingsTest.compile;
import static dev.relate.processor.errors.JpaMappingsTest.generated;
import static dev.relate.processor.errors.JpaMappingsTest.source;
import static dev.relate.processor.errors.JpaMappingsTest.warnings;

import dev.relate.processor.errors.ErrorTesting.Result;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPA's property access at its edges: which getter JPA reads, which field relate keeps in sync for
 * it, and the warnings where relate cannot tell, so that no mapping is dropped without a word.
 */
class JpaPropertyAccessTest {
    private static final String PROPERTY_WITHOUT_FIELD = "RelatePropertyWithoutField";
    private static final String IS_GETTER = "RelateMappedIsGetter";
    /** Lets a build with relate's warnings succeed: javac's own lint of JPA's annotations off. */
    private static final List<String> LENIENT = List.of("-Xlint:-processing");

    /** Sale, under property access, whose {@code getShop()} is the other end of {@code Shop.sales}. */
    private static JavaFileObject sale(String api) {
        return source("test.jpa.Sale", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Sale {",
                "    private Long id;",
                "    private Shop shop;",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @ManyToOne public Shop getShop() { return shop; }",
                "    public void setShop(Shop shop) { this.shop = shop; }",
                "}");
    }

    /** Shop under property access ({@code @Id} on {@code getId()}), with the members given. */
    private static JavaFileObject shop(String api, String... members) {
        List<String> lines = new ArrayList<>(List.of("package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    private Long id;",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }"));
        lines.addAll(List.of(members));
        lines.add("}");
        return source("test.jpa.Shop", lines.toArray(new String[0]));
    }

    // ---------------------------------------------------------------- a static field is no backing field

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aStaticFieldNamedLikeTheMappedPropertyIsNoBackingFieldAndIsWarnedOf(String api) {
        JavaFileObject shop = shop(api,
                "    static final List<Sale> sales = new ArrayList<>();",
                "    private List<Sale> saleList = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { return saleList; }");
        Result result = compile(api, LENIENT, shop, sale(api));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "]").inFile(shop)
                .onLineContaining("getSales()");
        assertThat(warnings(result)).containsExactly("[RelatePropertyWithoutField] Shop.getSales() maps the property"
                + " sales with @OneToMany, but Shop has no instance field named sales, and relate keeps in sync the"
                + " field of the property's name (it cannot tell which field getSales() reads), so it writes nothing"
                + " for this mapping: name the field sales, or put @IgnoreMappings on getSales() to leave it to JPA"
                + " alone");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("{@code shop}: one-way, to {@code Shop}");
    }

    // ---------------------------------------------------------------- getX() and isX()

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void theMappingOnGetXIsReadWhereIsXComesFirst(String api) {
        // JPA's getter of a property that is no boolean is getX(): isX() beside it is no getter of JPA's
        JavaFileObject shop = shop(api,
                "    private List<Sale> sales = new ArrayList<>();",
                "    public List<Sale> isSales() { return sales; }",
                "    @OneToMany(mappedBy = \"shop\") public List<Sale> getSales() { return sales; }",
                "    public void setSales(List<Sale> sales) { this.sales = sales; }");
        Result result = compile(api, CLEAN, shop, sale(api));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.ShopRelations"))
                .contains("public static boolean addToSales(Shop shop, Sale sale)");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("the other end is {@code Shop.sales}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aMappingOnIsXBesideGetXIsAWarning(String api) {
        JavaFileObject shop = shop(api,
                "    private List<Sale> sales = new ArrayList<>();",
                "    public List<Sale> getSales() { return sales; }",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> isSales() { return sales; }",
                "    public void setSales(List<Sale> sales) { this.sales = sales; }");
        assertIsSalesWarnedOfAndLeftOut(api, shop, "[RelateMappedIsGetter] Shop.isSales() maps the property sales"
                + " with @OneToMany, but Shop also declares getSales(), the getter JPA reads for a property that is"
                + " not a boolean, so relate reads no mapping from isSales() and writes nothing for it: move the"
                + " mapping to getSales(), or remove isSales()");
    }

    /** Compiles {@code shop} with {@link #sale}: one warning, on {@code isSales()}, and no helper for it. */
    private static void assertIsSalesWarnedOfAndLeftOut(String api, JavaFileObject shop, String warning) {
        Result result = compile(api, LENIENT, shop, sale(api));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + IS_GETTER + "]").inFile(shop)
                .onLineContaining("isSales()");
        assertThat(warnings(result)).containsExactly(warning);
        assertThat(result.written()).doesNotContain("test.jpa.ShopRelations");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("{@code shop}: one-way, to {@code Shop}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aLoneMappedIsXReturningNoBooleanIsAWarning(String api) {
        // JPA reads isX() as a getter only for a boolean: this mapping is read by neither
        JavaFileObject shop = shop(api,
                "    private List<Sale> sales = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> isSales() { return sales; }",
                "    public void setSales(List<Sale> sales) { this.sales = sales; }");
        assertIsSalesWarnedOfAndLeftOut(api, shop, "[RelateMappedIsGetter] Shop.isSales() maps the property sales"
                + " with @OneToMany, but JPA reads isSales() as a getter only if it returns a boolean, and it returns"
                + " List<Sale>, so relate reads no mapping from isSales() and writes nothing for it: rename it"
                + " getSales()");
    }

    // ---------------------------------------------------------------- a getter above its field

    /** An abstract mapped superclass whose abstract getter {@code getSales()} maps the sales. */
    private static JavaFileObject base(String api) {
        return source("test.jpa.Base", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@MappedSuperclass public abstract class Base {",
                "    private Long id;",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public abstract List<Sale> getSales();",
                "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterMappedInASuperclassIsReadForTheFieldOfTheSubclassThatImplementsIt(String api) {
        // before, the mapping was left unread and Base.getSales() warned of, telling to name a field sales
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop extends Base {",
                "    private List<Sale> sales = new ArrayList<>();",
                "    @Override public List<Sale> getSales() { return sales; }",
                "    public void setSales(List<Sale> sales) { this.sales = sales; }",
                "}");
        Result result = compile(api, CLEAN, base(api), shop, sale(api));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.ShopRelations"))
                .contains("public static boolean addToSales(Shop shop, Sale sale)");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("the other end is {@code Shop.sales}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterMappedInASuperclassImplementedOverAFieldOfAnotherNameIsWarnedOfInTheSubclass(String api) {
        // before, nothing was said where the subclass was compiled without its superclass's source
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop extends Base {",
                "    private List<Sale> saleList = new ArrayList<>();",
                "    @Override public List<Sale> getSales() { return saleList; }",
                "}");
        Result result = compile(api, LENIENT, base(api), shop, sale(api));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "]").inFile(shop)
                .onLineContaining("getSales()");
        assertThat(warnings(result)).containsExactly("[RelatePropertyWithoutField] Shop.getSales() maps the property"
                + " sales with @OneToMany, but Shop has no instance field named sales, and relate keeps in sync the"
                + " field of the property's name (it cannot tell which field getSales() reads), so it writes nothing"
                + " for this mapping: name the field sales, or put @IgnoreMappings on getSales() to leave it to JPA"
                + " alone");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("{@code shop}: one-way, to {@code Shop}");
    }

    /**
     * A superclass with a concrete {@code getSales()} mapped and no field {@code sales}: an
     * {@code Entity} or a {@code MappedSuperclass}, or a class of neither.
     */
    private static JavaFileObject concreteBase(String classAnnotation) {
        return source("test.jpa.Base", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                classAnnotation + "public class Base {",
                "    private Long id;",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { return new ArrayList<>(); }",
                "    public void setSales(List<Sale> sales) { }",
                "}");
    }

    /** Shop extending Base, overriding its {@code getSales()} over a field {@code sales}. */
    private static JavaFileObject shopOverridingGetSales() {
        return source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop extends Base {",
                "    private List<Sale> sales = new ArrayList<>();",
                "    @Override public List<Sale> getSales() { return sales; }",
                "    @Override public void setSales(List<Sale> sales) { this.sales = sales; }",
                "}");
    }

    /**
     * A concrete mapped getter of a mapped superclass, or of a plain superclass, without a field of
     * its own: no object of that class is the provider's, and the subclass that overrides it over its
     * field is read through it, so there is nothing to warn of in the superclass.
     */
    @ParameterizedTest
    @ValueSource(strings = {"@MappedSuperclass ", ""})
    void aConcreteGetterOfASuperclassWithoutItsFieldReadForTheSubclasssFieldIsNoWarning(String classAnnotation) {
        Result result = compile("jakarta", CLEAN, concreteBase(classAnnotation), shopOverridingGetSales(),
                sale("jakarta"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.ShopRelations"))
                .contains("public static boolean addToSales(Shop shop, Sale sale)");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("the other end is {@code Shop.sales}");
    }

    /** An entity superclass's own objects have no field for its mapped getter: it is warned of there still. */
    @Test
    void aConcreteGetterOfAnEntitySuperclassWithoutItsFieldIsWarnedOfThere() {
        JavaFileObject base = concreteBase("@Entity ");
        Result result = compile("jakarta", LENIENT, base, shopOverridingGetSales(), sale("jakarta"));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "] Base.getSales() maps"
                + " the property sales with @OneToMany, but Base has no instance field named sales").inFile(base)
                .onLineContaining("public List<Sale> getSales()");
        assertThat(result.compilation()).hadWarningCount(1);
    }

    /**
     * An entity that inherits the concrete mapped getter of its mapped superclass without overriding
     * it, and has no field of the property's name: the mapping is JPA's for the entity, and relate
     * reads it for no field, so the entity is warned of.
     */
    @Test
    void anEntityInheritingAConcreteMappedGetterWithoutItsFieldIsWarnedOf() {
        JavaFileObject base = concreteBase("@MappedSuperclass ");
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "@Entity public class Shop extends Base {",
                "}");
        Result result = compile("jakarta", LENIENT, base, shop, sale("jakarta"));
        assertThat(result.compilation()).succeeded();
        String warning = "[" + PROPERTY_WITHOUT_FIELD + "] Shop.getSales() maps the property sales with @OneToMany,"
                + " but Shop has no instance field named sales";
        assertThat(result.compilation()).hadWarningContaining(warning).inFile(shop)
                .onLineContaining("public class Shop extends Base");
        assertThat(result.compilation()).hadWarningCount(1);
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("{@code shop}: one-way, to {@code Shop}");
    }

    /** An override over a field of another name is warned of once, on the override, not on the entity too. */
    @Test
    void anEntityOverridingAConcreteMappedGetterOverAFieldOfAnotherNameIsWarnedOfOnTheOverride() {
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop extends Base {",
                "    private List<Sale> saleList = new ArrayList<>();",
                "    @Override public List<Sale> getSales() { return saleList; }",
                "}");
        Result result = compile("jakarta", LENIENT, concreteBase("@MappedSuperclass "), shop, sale("jakarta"));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "] Shop.getSales()")
                .inFile(shop).onLineContaining("@Override public List<Sale> getSales()");
        assertThat(result.compilation()).hadWarningCount(1);
    }

    @Test
    void aGetterMappedInASuperclassOverTheSuperclasssOwnFieldIsNoWarningInTheSubclass() {
        JavaFileObject base = source("test.jpa.Base", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@MappedSuperclass public abstract class Base {",
                "    private Long id;",
                "    private List<Sale> sales = new ArrayList<>();",
                "    @Id public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "    @OneToMany(mappedBy = \"shop\") public List<Sale> getSales() { return sales; }",
                "}");
        JavaFileObject shop = source("test.jpa.Shop", "package test.jpa;", "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop extends Base {",
                "    @Override public List<Sale> getSales() { return super.getSales(); }",
                "}");
        Result result = compile("jakarta", CLEAN, base, shop, sale("jakarta"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        // the field of Base, seen from Shop, the class Sale.shop holds
        assertThat(generated(result, "test.jpa.ShopRelations")).contains("the other end is {@code Sale.shop}");
    }

    // ---------------------------------------------------------------- @Access(PROPERTY) on one attribute

    /**
     * Shop under field access ({@code @Id} on the field) but for its sales, mapped on their getter
     * under {@code @Access(PROPERTY)} (JPA's mixed access), over the {@code @Transient} field
     * {@code field}, whose getter and setter have the bodies given.
     */
    private static JavaFileObject mixedShop(String api, String field, String getter, String setter) {
        return source("test.jpa.Shop", "package test.jpa;", "import " + api + ".persistence.*;",
                "import java.util.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    @Transient private List<Sale> " + field + " = new ArrayList<>();",
                "    @Access(AccessType.PROPERTY) @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { " + getter + " }",
                "    public void setSales(List<Sale> sales) { " + setter + " }",
                "}");
    }

    /** Sale under field access, whose {@code shop} is the other end of {@code Shop.sales}. */
    private static JavaFileObject fieldSale(String api) {
        return source("test.jpa.Sale", "package test.jpa;", "import " + api + ".persistence.*;",
                "@Entity public class Sale {",
                "    @Id Long id;",
                "    @ManyToOne Shop shop;",
                "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterUnderAccessPropertyInAClassWithFieldAccessIsReadForItsField(String api) {
        JavaFileObject shop = mixedShop(api, "sales", "return sales;", "this.sales = sales;");
        Result result = compile(api, CLEAN, shop, fieldSale(api));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.ShopRelations"))
                .contains("public static boolean addToSales(Shop shop, Sale sale)");
        assertThat(generated(result, "test.jpa.SaleRelations")).contains("the other end is {@code Shop.sales}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterUnderAccessPropertyOverAFieldOfAnotherNameIsWarnedOf(String api) {
        JavaFileObject shop = mixedShop(api, "saleList", "return saleList;", "this.saleList = sales;");
        Result result = compile(api, LENIENT, shop, fieldSale(api));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation()).hadWarningContaining("[" + PROPERTY_WITHOUT_FIELD + "] Shop.getSales()")
                .inFile(shop).onLineContaining("getSales()");
        assertThat(result.compilation()).hadWarningCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterUnderAccessPropertyThatCallsRelateIsAnError(String api) {
        // the provider calls this getter and setter itself, as under property access for the whole class
        JavaFileObject shop = mixedShop(api, "sales", "return ShopRelations.sales(this);",
                "ShopRelations.setSales(this, sales);");
        Result result = compile(api, List.of("--release", "17"), shop, fieldSale(api));
        ErrorTesting.assertError(result, "RelatePropertyAccessor", shop, "getSales()",
                "Shop.sales belongs to a class with JPA property access (@Access(PROPERTY) on getSales()), so the JPA"
                        + " provider itself calls getSales() while it loads and flushes, but getSales() calls"
                        + " ShopRelations",
                "or remove @Access(PROPERTY) from getSales() and put its mapping on the field, which the class"
                        + " reads by field access");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta", "javax"})
    void aGetterUnderAccessPropertyInAClassWithPropertyAccessThatCallsRelateIsToldToUseFieldAccess(String api) {
        // removing the getter's @Access(PROPERTY) would leave it under the class's property access
        JavaFileObject shop = shop(api,
                "    private List<Sale> sales = new ArrayList<>();",
                "    @Access(AccessType.PROPERTY) @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { return ShopRelations.sales(this); }",
                "    public void setSales(List<Sale> sales) { this.sales = sales; }");
        Result result = compile(api, List.of("--release", "17"), shop, sale(api));
        ErrorTesting.assertError(result, "RelatePropertyAccessor", shop, "public List<Sale> getSales()",
                "Shop.sales belongs to a class with JPA property access (@Access(PROPERTY) on getSales())",
                "a view method), or use field access (@Id on the field)");
    }
}
