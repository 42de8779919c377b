package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A one-to-one end tells its name, the one its messages use. */
class OneToOneEndTest {
    @Test
    void anEndTellsItsName() {
        PartnerEnd end = new PartnerEnd();
        assertThat(end.name()).isEqualTo("Person.partner");
        assertThat(assertThrows(NullPointerException.class, () -> end.set(null, new Person())))
                .hasMessageThat().contains(end.name());
    }

    /** A person with a partner, a one-to-one relationship with itself. */
    static final class Person {
        Person partner;
    }

    /** {@code Person.partner}, its own inverse. */
    static final class PartnerEnd extends OneToOneEnd<Person, Person> {
        PartnerEnd() {
            super("Person.partner");
        }

        @Override
        protected Person get(Person owner) {
            return owner.partner;
        }

        @Override
        protected void write(Person owner, Person value) {
            owner.partner = value;
        }

        @Override
        protected Person inverseOf(Person value) {
            return value.partner;
        }

        @Override
        protected void writeInverse(Person value, Person owner) {
            value.partner = owner;
        }
    }
}
