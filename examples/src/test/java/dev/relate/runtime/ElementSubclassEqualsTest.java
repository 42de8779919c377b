package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An end's element class keeps {@code Object}'s {@code equals}, and the ends answer membership of its
 * objects from one hash-set lookup, read from a field; a subclass with an {@code equals} of its own
 * must not take that shortcut: an equal but different object is refused, never taken for a member.
 */
class ElementSubclassEqualsTest {
    static class Bag {
        Set<Token> tokens;
        Set<Token> shared;
    }

    /** Keeps Object's equals: equality is identity. */
    static class Token {
        Bag bag;
        Set<Bag> bags;
    }

    /** Equal by key. */
    static final class KeyedToken extends Token {
        final String key;

        KeyedToken(String key) {
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyedToken && ((KeyedToken) other).key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key);
        }
    }

    static final class TokensEnd extends OneToManyEnd<Bag, Token, Set<Token>> {
        TokensEnd() {
            super("Bag.tokens", Token.class);
        }

        @Override
        protected Set<Token> collection(Bag bag) {
            return bag.tokens;
        }

        @Override
        protected Set<Token> createCollection(Bag bag) {
            bag.tokens = new HashSet<>();
            return bag.tokens;
        }

        @Override
        protected Bag ownerOf(Token token) {
            return token.bag;
        }

        @Override
        protected void writeOwner(Token token, Bag bag) {
            token.bag = bag;
        }
    }

    static final class SharedEnd extends ManyToManyEnd<Bag, Token, Set<Token>, Set<Bag>> {
        SharedEnd() {
            super("Bag.shared", Token.class, "Token.bags");
        }

        @Override
        protected Set<Token> collection(Bag bag) {
            return bag.shared;
        }

        @Override
        protected Set<Token> createCollection(Bag bag) {
            bag.shared = new HashSet<>();
            return bag.shared;
        }

        @Override
        protected Set<Bag> inverse(Token token) {
            return token.bags;
        }

        @Override
        protected Set<Bag> createInverse(Token token) {
            token.bags = new HashSet<>();
            return token.bags;
        }
    }

    private final TokensEnd tokens = new TokensEnd();
    private final SharedEnd shared = new SharedEnd();
    private final Bag bag = new Bag();

    @Test
    void anObjectOfTheElementClassIsAddedOnceAndRemovedOnce() {
        Token token = new Token();

        assertThat(tokens.add(bag, token)).isTrue();
        assertThat(tokens.add(bag, token)).isFalse();
        assertThat(bag.tokens).containsExactly(token);
        assertThat(token.bag).isSameInstanceAs(bag);

        assertThat(tokens.remove(bag, token)).isTrue();
        assertThat(tokens.remove(bag, token)).isFalse();
        assertThat(bag.tokens).isEmpty();
        assertThat(token.bag).isNull();
    }

    @Test
    void aSubclassObjectEqualToAMemberIsRefusedNotTakenForIt() {
        KeyedToken first = new KeyedToken("k");
        KeyedToken twin = new KeyedToken("k");
        assertThat(tokens.add(bag, first)).isTrue();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> tokens.add(bag, twin));

        assertThat(refused).hasMessageThat().contains("Bag.tokens");
        assertThat(bag.tokens).hasSize(1);
        assertThat(bag.tokens.iterator().next()).isSameInstanceAs(first);
        assertThat(twin.bag).isNull();
        assertThat(tokens.remove(bag, twin)).isFalse();
        assertThat(first.bag).isSameInstanceAs(bag);
    }

    @Test
    void aSubclassObjectEqualToAManyToManyMemberIsRefusedNotTakenForIt() {
        KeyedToken first = new KeyedToken("k");
        KeyedToken twin = new KeyedToken("k");
        assertThat(shared.add(bag, first)).isTrue();

        assertThrows(IllegalArgumentException.class, () -> shared.add(bag, twin));

        assertThat(bag.shared).hasSize(1);
        assertThat(bag.shared.iterator().next()).isSameInstanceAs(first);
        assertThat(twin.bags == null || twin.bags.isEmpty()).isTrue();
        assertThat(shared.remove(bag, twin)).isFalse();
        assertThat(first.bags).containsExactly(bag);
    }

    @Test
    void theLiveViewsRefuseTheSubclassTwinToo() {
        KeyedToken first = new KeyedToken("k");
        KeyedToken twin = new KeyedToken("k");
        Set<Token> view = Views.set(tokens, bag);
        assertThat(view.add(first)).isTrue();

        assertThrows(IllegalArgumentException.class, () -> view.add(twin));

        assertThat(view.remove(twin)).isFalse();
        assertThat(view).containsExactly(first);
        assertThat(twin.bag).isNull();
    }
}
