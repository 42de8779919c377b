package org.hibernate.proxy;

/**
 * Stands for Hibernate's interface of the same name, which {@code dev.relate.runtime.Proxies}
 * recognizes by name, without depending on Hibernate.
 */
public interface HibernateProxy {
    /** Stands for Hibernate's {@code LazyInitializer}. */
    interface LazyInitializer {
        Object getImplementation();
    }

    LazyInitializer getHibernateLazyInitializer();
}
