package dev.relate.jpa.enhancement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The one side of a one-to-many held in a {@code List}: Hibernate's {@code Customer} of
 * {@code OneToManyAssociationTest}, with the methods that test calls delegating to relate.
 */
@Entity
@Table(name = "enh_customer")
public class Customer {
    @Id
    private Long id;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    private List<CustomerInventory> inventories = new ArrayList<>();

    protected Customer() {
    }

    public Customer(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    /** relate's live view: {@code add}, {@code remove}, {@code clear} through it update each inventory. */
    public List<CustomerInventory> getInventories() {
        return CustomerRelations.inventories(this);
    }

    /** Replaces the inventories: those that leave lose their customer, those that come in move here. */
    public void setInventories(List<CustomerInventory> inventories) {
        CustomerRelations.setInventories(this, inventories);
    }

    public void addInventory(CustomerInventory inventory) {
        CustomerRelations.addToInventories(this, inventory);
    }

    public void removeInventory(CustomerInventory inventory) {
        CustomerRelations.removeFromInventories(this, inventory);
    }

    /** The field itself, as Hibernate and the enhancer see it: for assertions on what is stored. */
    List<CustomerInventory> inventoriesField() {
        return inventories;
    }

    @Override
    public String toString() {
        return "Customer(" + id + ")";
    }
}
