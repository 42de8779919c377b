package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.OneToManyAssociationTest}
 * asserts of an enhanced one-to-many held in a {@code List}, asserted of relate's helpers, and where
 * relate does more (a remove, an add through the getter, a replaced list) what it does instead.
 */
class OneToManyAssociationTest {

    /** Hibernate's {@code test}, up to its remove: set the parent, move, add to the other parent. */
    @Test
    void settingAndMovingTheParentKeepsBothListsInSync() {
        Customer customer = new Customer(1L);
        assertThat(customer.getInventories()).isEmpty();

        CustomerInventory inventory = new CustomerInventory(1L);
        inventory.setCustomer(customer);
        assertThat(customer.getInventories()).containsExactly(inventory);

        Customer another = new Customer(2L);
        assertThat(another.getInventories()).isEmpty();
        inventory.setCustomer(another);
        assertThat(customer.getInventories()).isEmpty();
        assertThat(another.getInventories()).containsExactly(inventory);
        assertThat(another.getInventories().get(0)).isSameInstanceAs(inventory);

        customer.addInventory(inventory);                  // back, from the collection's side
        assertThat(inventory.getCustomer()).isSameInstanceAs(customer);
        assertThat(another.getInventories()).isEmpty();
        assertThat(customer.getInventories()).containsExactly(inventory);

        customer.addInventory(new CustomerInventory(2L));
        assertThat(customer.getInventories()).hasSize(2);
    }

    /**
     * Hibernate's {@code test} ends with a remove that leaves the inventory's customer set ("no
     * snapshot taken before remove"), so the row keeps its foreign key and the inventory comes back
     * on the next load. relate's remove clears it, and the row follows.
     */
    @Test
    void removingAnInventoryClearsItsCustomerAndItsRow() {
        try (Store store = new Store("enhancement_one_to_many", Customer.class, CustomerInventory.class)) {
            store.inTransaction(em -> {
                Customer customer = new Customer(1L);
                CustomerInventory kept = new CustomerInventory(1L);
                CustomerInventory removed = new CustomerInventory(2L);
                customer.addInventory(kept);
                customer.addInventory(removed);

                customer.removeInventory(removed);

                assertThat(customer.getInventories()).containsExactly(kept);
                assertThat(removed.getCustomer()).isNull();
                em.persist(customer);                      // cascades to kept only
                em.persist(removed);
            });
            assertThat(store.rows("select id, customer_id from enh_customer_inventory order by id"))
                    .containsExactly("1:1", "2:null").inOrder();

            store.inTransaction(em -> {
                Customer customer = em.find(Customer.class, 1L);
                CustomerInventory kept = customer.getInventories().get(0);
                customer.getInventories().remove(kept);    // through the getter's live view
                assertThat(kept.getCustomer()).isNull();
            });
            assertThat(store.rows("select id, customer_id from enh_customer_inventory order by id"))
                    .containsExactly("1:null", "2:null").inOrder();
            int loaded = store.fromTransaction(em -> em.find(Customer.class, 1L).getInventories().size());
            assertThat(loaded).isEqualTo(0);
        }
    }

    /**
     * The user guide's own example of association management, {@code person.getBooks().add(book)}:
     * the enhancer sees no field write there, so {@code book.getAuthor()} stays null. Through
     * relate's live view the add sets the parent.
     */
    @Test
    void addingThroughTheGettersViewSetsTheParent() {
        Customer customer = new Customer(1L);
        Customer previous = new Customer(2L);
        CustomerInventory inventory = new CustomerInventory(1L);
        inventory.setCustomer(previous);

        customer.getInventories().add(inventory);

        assertThat(inventory.getCustomer()).isSameInstanceAs(customer);
        assertThat(previous.getInventories()).isEmpty();
        assertThat(customer.inventoriesField()).containsExactly(inventory);
    }

    /** An inventory is in its customer's list once, however often it is added. */
    @Test
    void addingTheSameInventoryTwiceKeepsItOnce() {
        Customer customer = new Customer(1L);
        CustomerInventory inventory = new CustomerInventory(1L);

        customer.addInventory(inventory);
        customer.addInventory(inventory);
        customer.getInventories().add(inventory);
        inventory.setCustomer(customer);

        assertThat(customer.inventoriesField()).containsExactly(inventory);
    }

    /**
     * Replacing the list: what leaves loses its customer, what comes in leaves its old customer,
     * and the customer keeps its own list object (Hibernate's {@code PersistentBag}, once managed),
     * with the new elements copied in: the list passed in is not installed, so changing it later
     * changes nothing.
     */
    @Test
    void replacingTheListDetachesWhatLeftAndKeepsTheFieldsOwnList() {
        Customer customer = new Customer(1L);
        Customer other = new Customer(2L);
        CustomerInventory leaves = new CustomerInventory(1L);
        CustomerInventory stays = new CustomerInventory(2L);
        CustomerInventory moves = new CustomerInventory(3L);
        customer.addInventory(leaves);
        customer.addInventory(stays);
        other.addInventory(moves);
        List<CustomerInventory> field = customer.inventoriesField();

        List<CustomerInventory> replacement = new ArrayList<>(List.of(stays, moves));
        customer.setInventories(replacement);

        assertThat(customer.getInventories()).containsExactly(stays, moves).inOrder();
        assertThat(leaves.getCustomer()).isNull();
        assertThat(moves.getCustomer()).isSameInstanceAs(customer);
        assertThat(other.getInventories()).isEmpty();
        assertThat(customer.inventoriesField()).isSameInstanceAs(field);

        replacement.remove(stays);                         // the caller's list, not the customer's
        assertThat(customer.getInventories()).containsExactly(stays, moves).inOrder();
        assertThat(stays.getCustomer()).isSameInstanceAs(customer);
    }

    /**
     * Replacing the list with null: the enhancer detaches every element and stores null; relate
     * refuses it and changes nothing (replace with an empty list to detach everything).
     */
    @Test
    void replacingTheListWithNullIsRefusedAndChangesNothing() {
        Customer customer = new Customer(1L);
        CustomerInventory inventory = new CustomerInventory(1L);
        customer.addInventory(inventory);

        assertThrows(NullPointerException.class, () -> customer.setInventories(null));

        assertThat(customer.getInventories()).containsExactly(inventory);
        assertThat(inventory.getCustomer()).isSameInstanceAs(customer);

        customer.setInventories(List.of());
        assertThat(customer.getInventories()).isEmpty();
        assertThat(inventory.getCustomer()).isNull();
    }

    /** Setting the parent to null takes the child out of its list. */
    @Test
    void nullingTheParentRemovesTheChildFromTheList() {
        Customer customer = new Customer(1L);
        CustomerInventory inventory = new CustomerInventory(1L);
        inventory.setCustomer(customer);

        inventory.setCustomer(null);

        assertThat(customer.getInventories()).isEmpty();
        assertThat(inventory.getCustomer()).isNull();
    }

    /**
     * {@code this.customer = customer} inside the entity is what the enhancer rewrote into
     * association management; relate rewrites no code, so the customer's list is left as it was.
     */
    @Test
    void aPlainFieldWriteInsideTheEntityIsNotManaged() {
        Customer customer = new Customer(1L);
        CustomerInventory inventory = new CustomerInventory(1L);

        inventory.assignCustomerField(customer);

        assertThat(inventory.getCustomer()).isSameInstanceAs(customer);
        assertThat(customer.getInventories()).isEmpty();
    }
}
