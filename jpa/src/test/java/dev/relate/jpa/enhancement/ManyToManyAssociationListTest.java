package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.ManyToManyAssociationListTest}
 * asserts of an enhanced many-to-many held in {@code List}s, asserted of relate's helpers.
 */
class ManyToManyAssociationListTest {

    /**
     * Hibernate's {@code testBidirectionalExisting}: replacing the owning side's list twice, the
     * second time with an element already linked, leaves each channel holding the subscriber once.
     */
    @Test
    void replacingTheOwningListTwiceLinksEachChannelOnce() {
        Channel channel = new Channel(1L);
        Channel anotherChannel = new Channel(2L);
        Subscriber subscriber = new Subscriber(1L);
        anotherChannel.getSubscribers().add(subscriber);   // through relate's view: both ends

        subscriber.setChannels(new ArrayList<>(List.of(channel)));
        assertThat(anotherChannel.getSubscribers()).isEmpty();
        subscriber.setChannels(new ArrayList<>(List.of(channel, anotherChannel)));

        assertThat(channel.subscribersField()).containsExactly(subscriber);
        assertThat(anotherChannel.subscribersField()).containsExactly(subscriber);
        assertThat(subscriber.getChannels()).containsExactly(channel, anotherChannel).inOrder();
    }

    /**
     * A list end holds an element once: adding a linked pair again, or replacing with a list that
     * names an element twice, links it once.
     */
    @Test
    void aListEndHoldsEachElementOnce() {
        Channel channel = new Channel(1L);
        Subscriber subscriber = new Subscriber(1L);

        subscriber.getChannels().add(channel);
        subscriber.getChannels().add(channel);
        channel.getSubscribers().add(subscriber);
        assertThat(subscriber.channelsField()).containsExactly(channel);
        assertThat(channel.subscribersField()).containsExactly(subscriber);

        subscriber.setChannels(new ArrayList<>(List.of(channel, channel)));
        assertThat(subscriber.channelsField()).containsExactly(channel);
        assertThat(channel.subscribersField()).containsExactly(subscriber);
    }

    /** The owning list's order is the order of the helpers' calls, and survives a removal. */
    @Test
    void removingFromTheInverseListTakesTheChannelOutOfTheOwningList() {
        Channel first = new Channel(1L);
        Channel second = new Channel(2L);
        Channel third = new Channel(3L);
        Subscriber subscriber = new Subscriber(1L);
        subscriber.setChannels(List.of(first, second, third));

        second.getSubscribers().remove(subscriber);

        assertThat(subscriber.getChannels()).containsExactly(first, third).inOrder();
        assertThat(second.getSubscribers()).isEmpty();
    }
}
