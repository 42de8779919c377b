package dev.relate.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;

/** The entity behind a proxy, found by the interface's name: here a stand-in for Hibernate's. */
class ProxiesTest {
    static class Shop {
    }

    /** A proxy as Hibernate makes one: a subclass of the entity that implements HibernateProxy. */
    static class ShopProxy extends Shop implements HibernateProxy {
        final Shop target;
        int unwrapped;

        ShopProxy(Shop target) {
            this.target = target;
        }

        @Override
        public LazyInitializer getHibernateLazyInitializer() {
            return () -> {
                unwrapped++;
                if (target == null) {
                    throw new IllegalStateException("could not initialize proxy - no Session");
                }
                return target;
            };
        }
    }

    static class SpecialShop extends Shop {
    }

    @Test
    void anObjectOfTheExpectedClassIsItself() {
        Shop shop = new Shop();
        assertSame(shop, Proxies.unwrap(shop, Shop.class));
        assertNull(Proxies.unwrap(null, Shop.class));
    }

    @Test
    void aSubclassThatIsNoProxyIsItself() {
        Shop shop = new SpecialShop();
        assertSame(shop, Proxies.unwrap(shop, Shop.class));
    }

    @Test
    void aProxyGivesTheEntityBehindIt() {
        Shop shop = new Shop();
        ShopProxy proxy = new ShopProxy(shop);
        assertSame(shop, Proxies.unwrap(proxy, Shop.class));
        assertSame(shop, Proxies.unwrap(proxy, Shop.class));
        assertTrue(proxy.unwrapped == 2);
    }

    @Test
    void whatTheProxyThrowsReachesTheCaller() {
        ShopProxy proxy = new ShopProxy(null);
        assertThrows(IllegalStateException.class, () -> Proxies.unwrap(proxy, Shop.class));
    }

    @Test
    void aProxyAndItsEntityAreTheSameForRelate() {
        Shop shop = new Shop();
        Shop other = new Shop();
        ShopProxy proxy = new ShopProxy(shop);
        assertTrue(Proxies.same(shop, shop));
        assertTrue(Proxies.same(proxy, shop));
        assertTrue(Proxies.same(shop, proxy));
        assertFalse(Proxies.same(proxy, other));
        assertFalse(Proxies.same(shop, other));
        assertFalse(Proxies.same(shop, null));
        assertFalse(Proxies.same(null, shop));
        assertTrue(Proxies.same(null, null));
        assertFalse(Proxies.same(shop, new SpecialShop()));
    }
}
