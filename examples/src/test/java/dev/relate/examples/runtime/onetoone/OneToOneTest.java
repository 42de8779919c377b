package dev.relate.examples.runtime.onetoone;

import org.junit.jupiter.api.Nested;

/** One-to-one, declared each way relate allows; every nested class runs {@link OneToOneContract}. */
class OneToOneTest {

    /** {@code @OneToManyRel(uselist = false, backPopulates = "husband")} with {@code @ManyToOneRel(backPopulates = "wife")}. */
    @Nested
    class BackPopulates extends OneToOneContract<Husband, Wife> {
        @Override
        Husband newA() {
            return new Husband();
        }

        @Override
        Wife newB() {
            return new Wife();
        }

        @Override
        Wife bOf(Husband a) {
            return a.wife;
        }

        @Override
        Husband aOf(Wife b) {
            return b.husband;
        }

        @Override
        void setB(Husband a, Wife b) {
            HusbandRelations.setWife(a, b);
        }

        @Override
        void setA(Wife b, Husband a) {
            WifeRelations.setHusband(b, a);
        }
    }

    /** {@code @OneToManyRel(uselist = false, backref = "holder")} with a plain {@code Person holder}. */
    @Nested
    class BackrefToAPlainField extends OneToOneContract<Person, Passport> {
        @Override
        Person newA() {
            return new Person();
        }

        @Override
        Passport newB() {
            return new Passport();
        }

        @Override
        Passport bOf(Person a) {
            return a.passport;
        }

        @Override
        Person aOf(Passport b) {
            return b.holder;
        }

        @Override
        void setB(Person a, Passport b) {
            PersonRelations.setPassport(a, b);
        }

        @Override
        void setA(Passport b, Person a) {
            PassportRelations.setHolder(b, a);
        }
    }

    /** {@code @ManyToOneRel(backref = "car")} with {@code @Backref Car car}. */
    @Nested
    class BackrefToABackrefField extends OneToOneContract<Car, Engine> {
        @Override
        Car newA() {
            return new Car();
        }

        @Override
        Engine newB() {
            return new Engine();
        }

        @Override
        Engine bOf(Car a) {
            return a.engine;
        }

        @Override
        Car aOf(Engine b) {
            return b.car;
        }

        @Override
        void setB(Car a, Engine b) {
            CarRelations.setEngine(a, b);
        }

        @Override
        void setA(Engine b, Car a) {
            EngineRelations.setCar(b, a);
        }
    }

    /** {@code @OneToOneRel(mappedBy = "desk")} with {@code @OneToOneRel(backPopulates = "chair")}. */
    @Nested
    class OneToOneRelMappedBy extends OneToOneContract<Desk, Chair> {
        @Override
        Desk newA() {
            return new Desk();
        }

        @Override
        Chair newB() {
            return new Chair();
        }

        @Override
        Chair bOf(Desk a) {
            return a.chair;
        }

        @Override
        Desk aOf(Chair b) {
            return b.desk;
        }

        @Override
        void setB(Desk a, Chair b) {
            DeskRelations.setChair(a, b);
        }

        @Override
        void setA(Chair b, Desk a) {
            ChairRelations.setDesk(b, a);
        }
    }

    /** {@code @OneToOneRel(backref = "key")} with a plain {@code Key key}. */
    @Nested
    class OneToOneRelBackref extends OneToOneContract<Key, Lock> {
        @Override
        Key newA() {
            return new Key();
        }

        @Override
        Lock newB() {
            return new Lock();
        }

        @Override
        Lock bOf(Key a) {
            return a.lock;
        }

        @Override
        Key aOf(Lock b) {
            return b.key;
        }

        @Override
        void setB(Key a, Lock b) {
            KeyRelations.setLock(a, b);
        }

        @Override
        void setA(Lock b, Key a) {
            LockRelations.setKey(b, a);
        }
    }

    /** {@code @OneToOneRel(mappedBy = "ship")} with {@code @ManyToOneRel(backPopulates = "captain")}. */
    @Nested
    class BothSpellings extends OneToOneContract<Ship, Captain> {
        @Override
        Ship newA() {
            return new Ship();
        }

        @Override
        Captain newB() {
            return new Captain();
        }

        @Override
        Captain bOf(Ship a) {
            return a.captain;
        }

        @Override
        Ship aOf(Captain b) {
            return b.ship;
        }

        @Override
        void setB(Ship a, Captain b) {
            ShipRelations.setCaptain(a, b);
        }

        @Override
        void setA(Captain b, Ship a) {
            CaptainRelations.setShip(b, a);
        }
    }
}
