package dev.relate.examples.runtime.maps;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.maps.far.Catalog;
import dev.relate.examples.runtime.maps.far.CatalogRelations;
import org.junit.jupiter.api.Test;

/**
 * A map end and its scalar end in two packages: each generated class keeps its own copy of the map
 * end object, and both read the key through the element's public getter.
 */
class TwoPackagesMapTest {

    @Test
    void bothPackagesKeepTheEndsInSync() {
        Catalog spring = new Catalog();
        Catalog autumn = new Catalog();
        Product boots = new Product("boots");
        ProductRelations.setCatalog(boots, spring);
        assertThat(spring.products).containsExactly("boots", boots);
        CatalogRelations.addToProducts(autumn, boots);
        assertThat(spring.products).isEmpty();
        assertThat(autumn.products).containsExactly("boots", boots);
        assertThat(boots.catalog).isSameInstanceAs(autumn);
        CatalogRelations.products(autumn).keySet().remove("boots");
        assertThat(boots.catalog).isNull();
        assertThat(autumn.products).isEmpty();
    }
}
