package dev.relate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relate.runtime.ProxiesTest.Shop;
import dev.relate.runtime.ProxiesTest.ShopProxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collection that holds a proxy where relate is handed the entity behind it, or the other way
 * round (Hibernate's session keeps the proxy as its one object for the row): the identity-based
 * operations find the one for the other, and never take an unrelated object for either.
 */
class LinksProxiesTest {
    private final Shop entity = new Shop();
    private final ShopProxy proxy = new ShopProxy(entity);
    private final Shop other = new Shop();

    @Test
    void hibernatesInterfaceIsOnTheTestClassPath() {
        assertTrue(Proxies.POSSIBLE); // the stand-in under test/org/hibernate/proxy
    }

    @Test
    void aListHoldingTheProxyGivesUpTheEntityAndTheOtherWayRound() {
        for (List<Shop> list : lists()) {
            list.addAll(Arrays.asList(other, proxy));
            assertEquals(1, Links.indexOfSame(list, entity));
            assertTrue(Links.containsItself(list, entity));
            assertTrue(Links.removeSame(list, entity));
            assertEquals(Arrays.asList(other), list);

            list.clear();
            list.addAll(Arrays.asList(entity, other));
            assertEquals(0, Links.removeSameAt(list, proxy));
            assertEquals(Arrays.asList(other), list);
        }
    }

    @Test
    void aSetHoldingTheProxyGivesUpTheEntity() {
        List<Collection<Shop>> sets = Arrays.asList(new HashSet<>(), new LinkedHashSet<>());
        for (Collection<Shop> set : sets) {
            set.add(other);
            set.add(proxy);
            assertTrue(Links.containsItself(set, entity));
            assertTrue(Links.removeSame(set, entity));
            assertEquals(1, set.size());
            assertTrue(set.contains(other));
        }
        LinkedHashSet<Shop> ordered = new LinkedHashSet<>(Arrays.asList(other, proxy));
        assertEquals(1, Links.removeSameAt(ordered, entity));
        assertEquals(1, ordered.size());
    }

    @Test
    void anUnrelatedObjectIsNeverTakenForTheEntity() {
        Shop stranger = new Shop();
        ShopProxy strangersProxy = new ShopProxy(stranger);
        for (List<Shop> list : lists()) {
            list.addAll(Arrays.asList(other, strangersProxy));
            assertEquals(-1, Links.indexOfSame(list, entity));
            assertFalse(Links.containsItself(list, entity));
            assertFalse(Links.removeSame(list, entity));
            assertEquals(Links.ABSENT, Links.removeSameAt(list, proxy));
            assertEquals(2, list.size());
        }
        HashSet<Shop> set = new HashSet<>(Arrays.asList(other, strangersProxy));
        assertFalse(Links.removeSame(set, entity));
        assertEquals(2, set.size());
    }

    @Test
    void theObjectItselfIsFoundBeforeAnyProxy() {
        List<Shop> list = new ArrayList<>(Arrays.asList(proxy, entity));
        assertEquals(1, Links.indexOfSame(list, entity));
        assertTrue(Links.removeSame(list, entity));
        assertEquals(Arrays.asList(proxy), list);
    }

    private static List<List<Shop>> lists() {
        return Arrays.asList(new ArrayList<>(), new LinkedList<>());
    }
}
