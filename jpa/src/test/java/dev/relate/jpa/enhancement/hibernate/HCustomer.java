package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A customer written for the enhancer: its methods write the field, or the list in it. */
@Entity
class HCustomer {
    @Id
    Long id;

    @OneToMany(mappedBy = "customer")
    List<HInventory> inventories = new ArrayList<>();

    List<HInventory> getInventories() {
        return inventories;
    }

    /** As Hibernate's test writes it: the list is assigned back, which the enhancer sees. */
    void addInventory(HInventory inventory) {
        List<HInventory> list = inventories;
        list.add(inventory);
        inventories = list;
    }

    void removeInventory(HInventory inventory) {
        inventories.remove(inventory);
    }

    void setInventories(List<HInventory> inventories) {
        this.inventories = inventories;
    }
}
