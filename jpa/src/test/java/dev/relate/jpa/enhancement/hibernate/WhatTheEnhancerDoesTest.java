package dev.relate.jpa.enhancement.hibernate;

import static com.google.common.truth.Truth.assertThat;
import static dev.relate.jpa.enhancement.hibernate.EnhancedClasses.call;
import static dev.relate.jpa.enhancement.hibernate.EnhancedClasses.callWithNull;
import static dev.relate.jpa.enhancement.hibernate.EnhancedClasses.field;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Hibernate column of the README's table "Migrating from Hibernate's association management",
 * shown on entities that Hibernate's enhancer (the version this module tests with) rewrites with
 * association management on. These assert what Hibernate does, not relate: when an upgrade changes
 * it, the README's table is to be read again. relate's side of each row is in
 * {@code dev.relate.jpa.enhancement}.
 */
class WhatTheEnhancerDoesTest {
    private EnhancedClasses classes;

    @BeforeEach
    void load() {
        classes = new EnhancedClasses();
    }

    private static Collection<?> collection(Object entity, String name) {
        return (Collection<?>) field(entity, name);
    }

    /** The baseline: a setter's field write is managed, moving the inventory between customers. */
    @Test
    void aFieldWriteInsideTheEntityIsManaged() {
        assertThat(classes.enhanced("HInventory")).isTrue();
        Object customer = classes.create("HCustomer");
        Object another = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");

        call(inventory, "setCustomer", customer);
        assertThat(collection(customer, "inventories")).containsExactly(inventory);
        call(inventory, "setCustomer", another);
        assertThat(collection(customer, "inventories")).isEmpty();
        assertThat(collection(another, "inventories")).containsExactly(inventory);
        callWithNull(inventory, "setCustomer");
        assertThat(collection(another, "inventories")).isEmpty();
    }

    /** {@code getInventories().add(i)} writes no field: the inventory's customer stays null. */
    @Test
    void addingThroughTheGetterIsNotManaged() {
        Object customer = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");

        @SuppressWarnings("unchecked")
        List<Object> inventories = (List<Object>) call(customer, "getInventories");
        inventories.add(inventory);

        assertThat(field(inventory, "customer")).isNull();
    }

    /** {@code inventories.remove(i)} writes no field: the inventory keeps its customer. */
    @Test
    void removingFromTheCollectionIsNotManaged() {
        Object customer = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");
        call(customer, "addInventory", inventory);
        assertThat(field(inventory, "customer")).isSameInstanceAs(customer);

        call(customer, "removeInventory", inventory);

        assertThat(collection(customer, "inventories")).isEmpty();
        assertThat(field(inventory, "customer")).isSameInstanceAs(customer);
    }

    /** The other end checks {@code contains}; the entity's own list holds what it was given twice. */
    @Test
    void addingTwiceLeavesTheElementTwiceInTheEntitysList() {
        Object customer = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");

        call(customer, "addInventory", inventory);
        call(customer, "addInventory", inventory);

        assertThat(collection(customer, "inventories")).containsExactly(inventory, inventory);
        assertThat(field(inventory, "customer")).isSameInstanceAs(customer);
    }

    /** Replacing: the argument becomes the field, what left loses its customer, what came in moves. */
    @Test
    void replacingTheCollectionInstallsTheArgument() {
        Object customer = classes.create("HCustomer");
        Object other = classes.create("HCustomer");
        Object leaves = classes.create("HInventory");
        Object moves = classes.create("HInventory");
        call(customer, "addInventory", leaves);
        call(other, "addInventory", moves);

        List<Object> replacement = new ArrayList<>(List.of(moves));
        call(customer, "setInventories", replacement);

        assertThat(field(customer, "inventories")).isSameInstanceAs(replacement);
        assertThat(field(leaves, "customer")).isNull();
        assertThat(field(moves, "customer")).isSameInstanceAs(customer);
        assertThat(collection(other, "inventories")).isEmpty();
    }

    /** Changing the installed collection and setting it again: the removal is not seen. */
    @Test
    void settingTheSameChangedCollectionAgainMissesTheRemoval() {
        Object customer = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");
        List<Object> list = new ArrayList<>(List.of(inventory));
        call(customer, "setInventories", list);
        assertThat(field(inventory, "customer")).isSameInstanceAs(customer);

        list.remove(inventory);
        call(customer, "setInventories", list);

        assertThat(field(inventory, "customer")).isSameInstanceAs(customer);
    }

    /** Replacing with null detaches every element and stores null. */
    @Test
    void replacingWithNullDetachesEverythingAndStoresNull() {
        Object customer = classes.create("HCustomer");
        Object inventory = classes.create("HInventory");
        call(customer, "addInventory", inventory);

        callWithNull(customer, "setInventories");

        assertThat(field(customer, "inventories")).isNull();
        assertThat(field(inventory, "customer")).isNull();
    }

    /** A final collection has no writer: only the other side's setter manages it. */
    @Test
    void aFinalCollectionIsManagedFromTheOtherSideOnly() {
        Object order = classes.create("HOrder");
        Object line = classes.create("HLine");

        call(line, "setOrder", order);

        assertThat(collection(order, "lines")).containsExactly(line);
        List<String> methods = Arrays.stream(order.getClass().getMethods()).map(Method::getName).toList();
        assertThat(methods).contains("$$_hibernate_write_id");
        assertThat(methods).doesNotContain("$$_hibernate_write_lines");
    }

    /**
     * Replacing the mappedBy side's set while the owning side's set is null: the enhancer skips
     * that end, so the owning side, the one JPA stores, does not get the link.
     */
    @Test
    void anOtherEndWhoseCollectionIsNullIsSkipped() {
        Object group = classes.create("HGroup");
        Object user = classes.create("HUser");

        call(group, "setUsers", new HashSet<>(Set.of(user)));

        assertThat(collection(group, "users")).containsExactly(user);
        assertThat(field(user, "groups")).isNull();

        call(user, "setGroups", new HashSet<>(Set.of(group)));          // from the owning side it works
        assertThat(collection(group, "users")).containsExactly(user);
        Object another = classes.create("HGroup");
        call(user, "setGroups", new HashSet<>(Set.of(another)));
        assertThat(collection(group, "users")).isEmpty();
        assertThat(collection(another, "users")).containsExactly(user);
    }

    /** One-to-one, from either side: both ends set, the old partner cleared, null clears both. */
    @Test
    void aOneToOneIsManagedFromEitherSide() {
        Object person = classes.create("HPerson");
        Object first = classes.create("HPassport");
        Object second = classes.create("HPassport");

        call(first, "setPerson", person);
        assertThat(field(person, "passport")).isSameInstanceAs(first);
        call(second, "setPerson", person);                 // takes first's person
        assertThat(field(person, "passport")).isSameInstanceAs(second);
        assertThat(field(first, "person")).isNull();
        callWithNull(person, "setPassport");               // from the mappedBy side
        assertThat(field(second, "person")).isNull();
        call(person, "setPassport", first);
        assertThat(field(first, "person")).isSameInstanceAs(person);
    }

    /**
     * A {@code @ManyToOne} declared in a {@code @MappedSuperclass}, whose {@code mappedBy}
     * collection holds the subclass: the enhancer finds no inverse for it, so it is not managed.
     */
    @Test
    void aManyToOneInheritedFromAMappedSuperclassIsNotManaged() {
        assertThat(classes.enhanced("HChildItem")).isTrue();
        Object novelist = classes.create("HNovelist");
        Object item = classes.create("HChildItem");

        call(item, "setAuthor", novelist);

        assertThat(field(item, "author")).isSameInstanceAs(novelist);
        assertThat(collection(novelist, "items")).isEmpty();
    }
}
