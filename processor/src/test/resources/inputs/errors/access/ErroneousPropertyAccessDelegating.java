package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * Property access (the id annotated on its getter): the JPA provider calls the getters and setters
 * itself, so those of a relationship must not call relate, whatever the release.
 */
public class ErroneousPropertyAccessDelegating {
    /** Stands for jakarta.persistence.Id: relate reads any annotation named Id. */
    @interface Id {
    }

    public static class Shop {
        private Long id;

        @OneToManyRel(backPopulates = "shop")
        private List<Sale> sales = new ArrayList<>();

        @Id
        public Long getId() {
            return id;
        }

        public List<Sale> getSales() {
            return ErroneousPropertyAccessDelegating_ShopRelations.sales(this);
        }

        public void setSales(List<Sale> sales) {
            this.sales = sales;
        }

        public void addSale(Sale sale) {
            ErroneousPropertyAccessDelegating_ShopRelations.addToSales(this, sale); // not a property: fine
        }
    }

    public static class Sale {
        private Long id;

        @ManyToOneRel(backPopulates = "sales")
        private Shop shop;

        @Id
        public Long getId() {
            return id;
        }

        public Shop getShop() {
            return shop;
        }

        public void setShop(Shop shop) {
            this.shop = shop;
        }
    }
}
