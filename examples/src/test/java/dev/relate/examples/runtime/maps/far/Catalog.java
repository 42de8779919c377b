package dev.relate.examples.runtime.maps.far;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.maps.Product;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map end whose elements live in another package, keyed by their private sku, read through its getter. */
public class Catalog {
    @OneToManyRel(backPopulates = "catalog", key = "sku")
    public Map<String, Product> products = new LinkedHashMap<>();
}
