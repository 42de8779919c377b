package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code that reaches a private field through its handle passes the object through
 * {@code Proxies.unwrap} first only where it can be a Hibernate proxy: JPA is on the compile class
 * path, and the class is not final. Everywhere else it reaches the field of the object it was given.
 */
class ProxyUnwrapTest {
    private static final JavaFileObject SHOP = JavaFileObjects.forSourceLines("test.Shop",
            "package test;",
            "import dev.relate.OneToManyRel;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "public class Shop {",
            "    @OneToManyRel(backPopulates = \"shop\")",
            "    private List<Product> products = new ArrayList<>();",
            "    public List<Product> getProducts() { return products; }",
            "}");

    private static final JavaFileObject PRODUCT = product("public class Product {");
    private static final JavaFileObject FINAL_PRODUCT = product("public final class Product {");

    private static JavaFileObject product(String declaration) {
        return JavaFileObjects.forSourceLines("test.Product",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                declaration,
                "    @ManyToOneRel(backPopulates = \"products\")",
                "    private Shop shop;",
                "    public Shop getShop() { return shop; }",
                "    public void setShop(Shop shop) { this.shop = shop; }",
                "}");
    }

    @Test
    void withJpaOnTheClassPathEveryObjectIsUnwrapped() {
        String shopRelations = shopRelations(compiler(), PRODUCT);
        assertThat(shopRelations).contains("FieldHandles.setProductShop(Proxies.unwrap(product, Product.class), shop)");
        assertThat(shopRelations).contains("Proxies.unwrap(shop, Shop.class)");
    }

    @Test
    void aFinalClassHasNoProxyToUnwrap() {
        String shopRelations = shopRelations(compiler(), FINAL_PRODUCT);
        assertThat(shopRelations).contains("FieldHandles.setProductShop(product, shop)");
        assertThat(shopRelations).contains("Proxies.unwrap(shop, Shop.class)");
    }

    @Test
    void withoutJpaNothingIsUnwrapped() {
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!new File(entry).getName().contains("persistence")) {
                classpath.add(new File(entry));
            }
        }
        assertThat(classpath.size()).isLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);

        String shopRelations = shopRelations(compiler().withClasspath(classpath), PRODUCT);

        assertThat(shopRelations).contains("FieldHandles.setProductShop(product, shop)");
        assertThat(shopRelations).doesNotContain("Proxies");
    }

    private static Compiler compiler() {
        return Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withOptions("-Xlint:all", "-Werror");
    }

    private static String shopRelations(Compiler compiler, JavaFileObject product) {
        Compilation compilation = compiler.compile(SHOP, product);
        assertThat(compilation).succeededWithoutWarnings();
        try {
            return compilation.generatedSourceFile("test.ShopRelations").orElseThrow().getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
