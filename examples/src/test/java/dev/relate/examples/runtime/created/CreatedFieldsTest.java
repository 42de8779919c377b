package dev.relate.examples.runtime.created;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A field that is {@code null} when an operation creates its collection or map is {@code null}
 * again when the operation then fails, on every kind of end, observed or not: after a refusal, and
 * after a throwing accessor, {@code hashCode} or {@code compareTo} of a user's class. Every test
 * starts with the fields {@code null} and arms a {@link Trap} that fails the operation after relate
 * created one.
 */
class CreatedFieldsTest {
    @AfterEach
    void disarm() {
        Trap.armed = false;
    }

    /** Runs {@code operation} with the trap armed, and checks that it fails with the trap's exception. */
    private static void fails(Executable operation) {
        Trap.armed = true;
        try {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, operation);
            assertThat(thrown).hasMessageThat().endsWith(" failed");
        } finally {
            Trap.armed = false;
        }
    }

    @Test
    void aOneToManyListIsNullAgainWhenTheElementsSetterThrows() {
        Crate crate = new Crate();
        Jar jar = new Jar();
        fails(() -> CrateRelations.addToJars(crate, jar));
        assertThat(crate.jars).isNull();
        fails(() -> CrateRelations.jars(crate).add(jar));
        assertThat(crate.jars).isNull();
        fails(() -> CrateRelations.jars(crate).add(0, jar));
        assertThat(crate.jars).isNull();
        fails(() -> CrateRelations.jars(crate).addAll(Collections.singletonList(jar)));
        assertThat(crate.jars).isNull();
        fails(() -> CrateRelations.jars(crate).addAll(0, Collections.singletonList(jar)));
        assertThat(crate.jars).isNull();
        fails(() -> CrateRelations.setJars(crate, Collections.singletonList(jar)));
        assertThat(crate.jars).isNull();
        fails(() -> JarRelations.setCrate(jar, crate));
        assertThat(crate.jars).isNull();
        assertThat(jar.getCrate()).isNull();
    }

    @Test
    void aPositionedListIsNullAgainWhenTheElementsSetterThrows() {
        Tray tray = new Tray();
        Cup cup = new Cup();
        fails(() -> TrayRelations.addToCups(tray, cup));
        assertThat(tray.cups).isNull();
        fails(() -> TrayRelations.cups(tray).add(0, cup));
        assertThat(tray.cups).isNull();
        fails(() -> TrayRelations.setCups(tray, Collections.singletonList(cup)));
        assertThat(tray.cups).isNull();
        fails(() -> CupRelations.setTray(cup, tray));
        assertThat(tray.cups).isNull();
        assertThat(cup.getTray()).isNull();
        assertThat(cup.rank).isEqualTo(-1);
    }

    @Test
    void aOneToManySetIsNullAgainWhenTheElementsHashCodeThrows() {
        Pen pen = new Pen();
        Hen hen = new Hen();
        fails(() -> PenRelations.addToHens(pen, hen));
        assertThat(pen.hens).isNull();
        fails(() -> PenRelations.hens(pen).add(hen));
        assertThat(pen.hens).isNull();
        fails(() -> PenRelations.hens(pen).addAll(Collections.singletonList(hen)));
        assertThat(pen.hens).isNull();
        fails(() -> HenRelations.setPen(hen, pen));
        assertThat(pen.hens).isNull();
        assertThat(hen.pen).isNull();
    }

    @Test
    void aSortedSetIsNullAgainWhenTheElementsCompareToThrows() {
        Shelf shelf = new Shelf();
        Tome tome = new Tome("t");
        fails(() -> ShelfRelations.addToTomes(shelf, tome));
        assertThat(shelf.tomes).isNull();
        fails(() -> ShelfRelations.tomes(shelf).add(tome));
        assertThat(shelf.tomes).isNull();
        fails(() -> ShelfRelations.tomes(shelf).headSet(tome).add(tome));
        assertThat(shelf.tomes).isNull();
        fails(() -> TomeRelations.setShelf(tome, shelf));
        assertThat(shelf.tomes).isNull();
        assertThat(tome.shelf).isNull();
    }

    @Test
    void aOneWaySetIsNullAgainWhenTheElementsHashCodeThrows() {
        Pen pen = new Pen();
        Hen hen = new Hen();
        fails(() -> PenRelations.addToFavourites(pen, hen));
        assertThat(pen.favourites).isNull();
        fails(() -> PenRelations.favourites(pen).add(hen));
        assertThat(pen.favourites).isNull();
        fails(() -> PenRelations.setFavourites(pen, Collections.singletonList(hen)));
        assertThat(pen.favourites).isNull();
    }

    @Test
    void aValidatedOneWayListIsNullAgainAfterARefusal() {
        Pen pen = new Pen();
        Hen first = new Hen();
        Hen second = new Hen();
        pen.refuse = true;
        assertThrows(IllegalStateException.class, () -> PenRelations.addToQueue(pen, first));
        assertThat(pen.queue).isNull();
        assertThrows(IllegalStateException.class, () -> PenRelations.setQueue(pen, Arrays.asList(first, second)));
        assertThat(pen.queue).isNull();
        assertThrows(IllegalStateException.class, () -> PenRelations.queue(pen).addAll(0, Arrays.asList(first)));
        assertThat(pen.queue).isNull();
    }

    @Test
    void bothManyToManyCollectionsAreNullAgainWhenTheOwnersHashCodeThrows() {
        Club club = new Club();
        Fan fan = new Fan();
        // the club's list, then the fan's set, are made; adding the club to the set throws
        fails(() -> ClubRelations.addToFans(club, fan));
        assertThat(club.fans).isNull();
        assertThat(fan.clubs).isNull();
        fails(() -> ClubRelations.fans(club).add(fan));
        assertThat(club.fans).isNull();
        assertThat(fan.clubs).isNull();
        fails(() -> ClubRelations.fans(club).add(0, fan));
        assertThat(club.fans).isNull();
        assertThat(fan.clubs).isNull();
        fails(() -> ClubRelations.setFans(club, Collections.singletonList(fan)));
        assertThat(club.fans).isNull();
        assertThat(fan.clubs).isNull();
        // from the other side: the fan's set is made, and adding the club to it throws
        fails(() -> FanRelations.addToClubs(fan, club));
        assertThat(fan.clubs).isNull();
        assertThat(club.fans).isNull();
        fails(() -> FanRelations.setClubs(fan, Collections.singletonList(club)));
        assertThat(fan.clubs).isNull();
        assertThat(club.fans).isNull();
    }

    @Test
    void bothListsOfAnAssociationAreNullAgainWhenTheAssociationsHashCodeThrows() {
        Lane lane = new Lane();
        Runner runner = new Runner();
        fails(() -> HeatRelations.link(lane, runner));
        assertThat(lane.heats).isNull();
        assertThat(runner.heats).isNull();
        Heat heat = new Heat();
        fails(() -> RunnerRelations.addToHeats(runner, heat));
        assertThat(runner.heats).isNull();
        assertThat(heat.runner).isNull();
    }

    @Test
    void aMapIsNullAgainWhenTheElementsSetterThrows() {
        Album album = new Album();
        Photo photo = new Photo("p");
        fails(() -> AlbumRelations.addToPhotos(album, photo));
        assertThat(album.photos).isNull();
        fails(() -> AlbumRelations.photos(album).put("p", photo));
        assertThat(album.photos).isNull();
        fails(() -> AlbumRelations.photos(album).putAll(Collections.singletonMap("p", photo)));
        assertThat(album.photos).isNull();
        fails(() -> AlbumRelations.setPhotos(album, Collections.singletonList(photo)));
        assertThat(album.photos).isNull();
        fails(() -> PhotoRelations.setAlbum(photo, album));
        assertThat(album.photos).isNull();
        assertThat(photo.getAlbum()).isNull();
    }

    @Test
    void aMapIsNullAgainWhenAPutHasTheWrongKey() {
        Album album = new Album();
        Photo photo = new Photo("p");
        assertThrows(IllegalArgumentException.class, () -> AlbumRelations.photos(album).put("q", photo));
        assertThat(album.photos).isNull();
    }

    @Test
    void aValidatedMapIsNullAgainAfterARefusal() {
        Diary diary = new Diary();
        Photo photo = new Photo("p");
        fails(() -> DiaryRelations.addToPhotos(diary, photo));
        assertThat(diary.photos).isNull();
        fails(() -> DiaryRelations.photos(diary).put("p", photo));
        assertThat(diary.photos).isNull();
        fails(() -> DiaryRelations.setPhotos(diary, Collections.singletonList(photo)));
        assertThat(diary.photos).isNull();
        fails(() -> PhotoRelations.setDiary(photo, diary));
        assertThat(diary.photos).isNull();
        assertThat(photo.diary).isNull();
    }

    @Test
    void bothFieldsOfAMapKeyedManyToManyAreNullAgainWhenTheKeysHashCodeThrows() {
        Market market = new Market();
        Stall stall = new Stall("s");
        // the stall's list, then the market's map, are made; putting the stall in the map throws
        fails(() -> MarketRelations.addToStalls(market, stall));
        assertThat(market.stalls).isNull();
        assertThat(stall.markets).isNull();
        fails(() -> MarketRelations.stalls(market).put(stall.code, stall));
        assertThat(market.stalls).isNull();
        assertThat(stall.markets).isNull();
        fails(() -> StallRelations.addToMarkets(stall, market));
        assertThat(stall.markets).isNull();
        assertThat(market.stalls).isNull();
        fails(() -> StallRelations.setMarkets(stall, Collections.singletonList(market)));
        assertThat(stall.markets).isNull();
        assertThat(market.stalls).isNull();
        // the stall's list is there: only the market's map is made
        stall.markets = new ArrayList<>();
        fails(() -> StallRelations.addToMarkets(stall, market));
        assertThat(stall.markets).isEmpty();
        assertThat(market.stalls).isNull();
    }

    @Test
    void bothFieldsOfAValidatedMapKeyedManyToManyAreNullAgainAfterARefusal() {
        Fair fair = new Fair();
        Booth booth = new Booth("b");
        fails(() -> FairRelations.addToBooths(fair, booth));
        assertThat(fair.booths).isNull();
        assertThat(booth.fairs).isNull();
        fails(() -> FairRelations.booths(fair).put("b", booth));
        assertThat(fair.booths).isNull();
        fails(() -> FairRelations.setBooths(fair, Collections.singletonList(booth)));
        assertThat(fair.booths).isNull();
        assertThat(booth.fairs).isNull();
        fails(() -> BoothRelations.addToFairs(booth, fair));
        assertThat(booth.fairs).isNull();
        assertThat(fair.booths).isNull();
        List<Fair> fairs = Collections.singletonList(fair);
        fails(() -> BoothRelations.setFairs(booth, fairs));
        assertThat(booth.fairs).isNull();
        assertThat(fair.booths).isNull();
    }
}
