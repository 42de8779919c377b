package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The owning {@code @ManyToOne} of {@link Customer#getInventories()}: Hibernate's {@code CustomerInventory}. */
@Entity
@Table(name = "enh_customer_inventory")
public class CustomerInventory {
    @Id
    private Long id;

    @ManyToOne
    private Customer customer;

    protected CustomerInventory() {
    }

    public CustomerInventory(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Moves this inventory to {@code customer}, out of its previous customer's list. */
    public void setCustomer(Customer customer) {
        CustomerInventoryRelations.setCustomer(this, customer);
    }

    /**
     * A plain field write, what the enhancer rewrote into association management and relate does
     * not: the customer's list is left as it was.
     */
    void assignCustomerField(Customer customer) {
        this.customer = customer;
    }

    @Override
    public String toString() {
        return "CustomerInventory(" + id + ")";
    }
}
