package dev.relate.examples.runtime.maps;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.maps.far.Catalog;

/** Held in a catalog of another package under its sku. */
public class Product {
    private final String sku;

    @ManyToOneRel(backPopulates = "products")
    public Catalog catalog;

    public Product(String sku) {
        this.sku = sku;
    }

    public String getSku() {
        return sku;
    }

    @Override
    public String toString() {
        return "product(" + sku + ")";
    }
}
