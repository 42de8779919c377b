package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;

/** The entity inheriting {@link HItem#author}. */
@Entity
class HChildItem extends HItem {
}
