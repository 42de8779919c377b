package dev.relate.examples;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples print what the SQLAlchemy notes show, section by section. */
class ExamplesTest {

    private static String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Examples.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new AssertionError("the examples' embedded database failed", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneToManyPrintsTheChildIdOnceTheChildHasItsParent() {
        String output = run();
        // the notes: child.parent = parent; print([a.id for a in parent.children]) gives [5]
        assertThat(output).contains("child.parent = parent                      -> parent.children ids [5]\n");
        assertThat(output).contains("-> parent.children ids [], other.children ids [5], child.parent Parent(2)\n");
        assertThat(output).contains("-> other.children ids [], child.parent null\n");
        assertThat(output).contains("the view children(other) is a LiveList made for this end"
                + " (ParentRelations$1): its add and remove call ParentRelations.CHILDREN, which the JIT inlines"
                + " as in addToChildren\n");
        // without back_populates the collection stays empty
        assertThat(output).contains("-> third.children ids [] (nothing points back, as without back_populates)\n");
    }

    @Test
    void manyToOneWithBackrefFillsTheParentsOfTheChild() {
        String output = run();
        assertThat(output).contains("== Many To One (backref \"parents\") ==\n");
        assertThat(output).contains("first.child = second.child = child         -> child.parents ids [1, 2]\n");
        assertThat(output).contains("-> first.child null, child.parents ids [2]\n");
        assertThat(output).contains("-> child.parents ids [], other.parents ids [2]\n");
    }

    @Test
    void oneToOneLeavesNoStalePartner() {
        String output = run();
        assertThat(output).contains("parent.child = child                       -> child.parent Parent(1)\n");
        assertThat(output).contains("-> child.parent null, second.parent Parent(1)\n");
        assertThat(output).contains("-> parent.child null, other.child Child(6)\n");
    }

    @Test
    void oneToOneSpelledOneToOneRelLeavesNoStalePartner() {
        String output = run();
        assertThat(output).contains("ada.passport = P-1 (@OneToOneRel)          -> passport.holder ada\n");
        assertThat(output).contains("passport.assignHolder(bob)                 -> ada.passport null,"
                + " bob.passport P-1\n");
    }

    @Test
    void manyToManyLinksShowOnBothSidesAndSurviveTheDatabase() {
        String output = run();
        assertThat(output).contains("first.children += a, b                     -> a.parents ids [1], b.parents ids [1]\n");
        assertThat(output).contains("b.parents += second                        -> second.children ids [20]\n");
        assertThat(output).contains("-> a.parents ids [], first.children ids [20]\n");
        assertThat(output).contains("saved 2 rows in table association, loaded 2 links into fresh objects"
                + " -> parent 1 children [20], parent 2 children [20], child 20 parents [1, 2]\n");
    }

    @Test
    void manyToManyWithBackrefStoresTheDeclaringClassOnTheLeft() {
        String output = run();
        assertThat(output).contains("parent.children = [a, b]                   -> a.parents ids [1], b.parents ids [1]\n");
        assertThat(output).contains("b.parents.clear()                          -> parent.children ids [10]\n");
        assertThat(output).contains("stored in parent_child (left_id, right_id) and read back"
                + " -> parent 1 children [10], child 10 parents [1]\n");
    }

    @Test
    void associationObjectsCarryExtraDataAndNavigateToTheFarSide() {
        String output = run();
        // the notes: for assoc in p.children: print(assoc.extra_data); print(assoc.child)
        assertThat(output).contains("== Association object ==\nsome data\nChild(5)\n");
        assertThat(output).contains("-> p.childOfChildren [Child(5), Child(6)], Child(6).parentOfParents [Parent(1)]\n");
        assertThat(output).contains("-> [Child(5): some data, Child(6): changed]\n");
        assertThat(output).contains("-> p.childOfChildren [Child(6)], a.parent null, a.child null, Child(5).parents 0\n");
        assertThat(output).contains("saved 2 rows in association_object, loaded into fresh objects"
                + " -> [Child(5): back again, Child(6): changed]\n");
    }

    @Test
    void anAcyclicTreeRefusesToMoveAFolderIntoItsOwnSubfolder() {
        String output = run();
        // a file and folders, one end declared on Item for both
        assertThat(output).contains("home > docs > drafts > notes.txt           -> /home/docs/drafts/notes.txt\n");
        assertThat(output).contains("setParent(home, drafts)                    -> refused: [RelateCycle] home is an"
                + " ancestor of drafts, so it cannot be added to Folder.children of drafts: the relationship is"
                + " acyclic, and the link would make a cycle; nothing was changed\n");
        assertThat(output).contains("after the refusal                          -> home.parent null,"
                + " drafts.children [notes.txt]\n");
        assertThat(output).contains("docs.children.add(docs)                    -> refused: [RelateOwnParent] docs");
        assertThat(output).contains("-> refused, trash.parent null (all or nothing)\n");
        assertThat(output).contains("move drafts up to home                     -> /home/drafts/notes.txt,"
                + " home.children [docs, drafts]\n");
    }

    @Test
    void keptPositionsFollowEveryChangeOfTheList() {
        String output = run();
        assertThat(output).contains("setTracks(road, [intro, drive, night])     -> [intro#0, drive#1, night#2]\n");
        assertThat(output).contains("tracks(road).add(0, dawn)                  -> [dawn#0, intro#1, drive#2,"
                + " night#3]\n");
        assertThat(output).contains("setPlaylist(drive, calm)                   -> road [dawn#0, intro#1, night#2],"
                + " calm [drive#0]\n");
        assertThat(output).contains("tracks(road).sort(by title, descending)    -> [night#0, intro#1, dawn#2]\n");
        assertThat(output).contains("Collections.swap(tracks(road), 0, 2)       -> [dawn#0, intro#1, night#2]\n");
        assertThat(output).contains("removeFromTracks(road, dawn)               -> [intro#0, night#1], dawn.rank -1"
                + " (in no list)\n");
        assertThat(output.indexOf("== Kept positions (position = \"rank\") ==")).isGreaterThan(
                output.indexOf("== Trees without cycles (acyclic) =="));
    }

    @Test
    void keptPositionsOnAssociationObjectsFollowBothLists() {
        String output = run();
        assertThat(output).contains("== Kept positions on association objects (position = \"place\","
                + " \"tourStop\") ==\n");
        assertThat(output).contains("link main: beta, gamma; side: beta, alpha  -> main [beta#0, gamma#1], beta"
                + " [main#0, side#1]\n");
        assertThat(output).contains("slots(main).add(0, alpha's new slot)       -> main [alpha#0, beta#1,"
                + " gamma#2], alpha [side#0, main#1]\n");
        assertThat(output).contains("gigs(beta).sort(by stage, descending)      -> beta [side#0, main#1], main"
                + " [alpha#0, beta#1, gamma#2]\n");
        assertThat(output).contains("unlink(main, beta)                         -> main [alpha#0, gamma#1], beta"
                + " [side#0]\n");
        // in the order of the ids, alpha's gigs would come back as [main, side]
        assertThat(output).contains("saved 4 rows, loaded into fresh objects -> main [alpha#0, gamma#1], alpha"
                + " [side#0, main#1] (saved order, not the ids')\n");
        assertThat(output.indexOf("== Kept positions on association objects")).isGreaterThan(
                output.indexOf("== Kept positions (position = \"rank\") =="));
    }

    @Test
    void orderColumnsBringBothListsBackInTheirSavedOrder() {
        String output = run();
        assertThat(output).contains("== Order columns (orderColumn = \"song_position\") ==\n");
        assertThat(output).contains("road.songs, night.playlists                -> [night, intro, drive], [calm,"
                + " road]\n");
        assertThat(output).contains("saved 4 rows in playlist_song (song, playlist, playlist_position,"
                + " song_position) -> [(1, 10, 0, 1), (2, 10, 0, 2), (3, 10, 1, 0), (3, 20, 0, 0)]\n");
        // in the order of the ids, road would be [intro, drive, night] and night's playlists [road, calm]
        assertThat(output).contains("loaded into fresh objects                  -> road.songs [night, intro,"
                + " drive], night.playlists [calm, road]\n");
        assertThat(output.indexOf("== Order columns")).isGreaterThan(output.indexOf("== Kept positions"));
    }

    @Test
    void aUniqueAssociationClassLinksEachPairOnce() {
        String output = run();
        assertThat(output).contains("== Association object, one per pair (unique = true) ==\n");
        assertThat(output).contains("link(Ann, Chemistry, B)                    -> refused: [RelateAlreadyLinked]"
                + " Course.enrollments already holds Enrollment(A), which links Chemistry with Ann;");
        assertThat(output).contains("-> [Chemistry: A], the refused one linked to null\n");
        assertThat(output).contains("courseOfEnrollments(Ann).add(Chemistry)    -> refused too, [Chemistry: A]\n");
        assertThat(output).contains("unlink(Ann, Chemistry), link it again, C   -> [Physics: B, Chemistry: C]\n");
        assertThat(output).contains("saved 2 rows in enrollment, primary key (student_id, course_id), loaded into"
                + " fresh objects -> [Chemistry: C, Physics: B]\n");
    }

    @Test
    void aMapKeyedEndHoldsEachNoteUnderItsKeywordAndFollowsAKeyChange() {
        String output = run();
        assertThat(output).contains("== Map-keyed collections (attribute_keyed_dict) ==\n");
        assertThat(output).contains("addToNotes(item, color), setItem(size)     -> {color=color: blue, size=size:"
                + " large}, size.item item\n");
        assertThat(output).contains("notes(item).put(\"color\", red)              -> {color=color: red, size=size:"
                + " large}, blue.item null\n");
        assertThat(output).contains("put(\"shape\", weight note)                  -> refused: [RelateKeyMismatch]"
                + " Item.notes holds each element under its Note.keyword, so weight: 2kg cannot be put under"
                + " shape: its key is weight; nothing was changed: put it under its own key\n");
        assertThat(output).contains("-> still under \"size\": {color=color: red, size=dimensions: large}\n");
        assertThat(output).contains("rekeyInNotes(item, size)                   -> {color=color: red,"
                + " dimensions=dimensions: large}\n");
        assertThat(output).contains("setItem(red, other)                        -> item {dimensions=dimensions:"
                + " large}, other {color=color: red}\n");
        assertThat(output).contains("notes(other).values().remove(red)          -> other {}, red.item null\n");
        assertThat(output).contains("-> refused, {dimensions=dimensions: large} (all or nothing)\n");
        assertThat(output).contains("-> {}, size.item null\n");
    }

    @Test
    void aMapKeyedManyToManyHoldsEachIngredientUnderItsNameOnBothSidesAndThroughTheTable() {
        String output = run();
        assertThat(output).contains("== Map-keyed many-to-many ==\n");
        assertThat(output).contains("addToIngredients, put(\"milk\"), addToRecipes -> pancakes {flour=flour: wheat,"
                + " milk=milk: cow}, bread {flour=flour: wheat}, flour in [pancakes, bread]\n");
        assertThat(output).contains("ingredients(bread).put(\"flour\", spelt)      -> bread {flour=flour: spelt},"
                + " wheat in [pancakes], spelt in [bread]\n");
        assertThat(output).contains("recipes(spelt).add(pancakes)                -> pancakes {flour=flour: spelt,"
                + " milk=milk: cow}, wheat in []\n");
        assertThat(output).contains("milk.name = \"oat milk\", rekeyInIngredients  -> pancakes {flour=flour: spelt,"
                + " oat milk=oat milk: cow}\n");
        assertThat(output).contains("ingredients(pancakes).values().remove(milk) -> pancakes {flour=flour: spelt},"
                + " milk in []\n");
        assertThat(output).contains("saved 2 rows in recipe_ingredient, loaded 2 links         -> pancakes"
                + " {flour=flour: spelt}, bread {flour=flour: spelt}\n");
        assertThat(output.indexOf("== Map-keyed many-to-many ==")).isGreaterThan(
                output.indexOf("== Map-keyed collections"));
    }

    @Test
    void theEntitysOwnMethodsAndDetachBeforeDelete() {
        String output = run();
        assertThat(output).contains("== Methods on the entity, and detach before delete ==\n");
        assertThat(output).contains("first.assignCustomer(ada)                  -> ada.orders [Order(1)]\n");
        assertThat(output).contains("ada.addToOrders(second)                    -> ada.orders [Order(1), Order(2)]\n");
        assertThat(output).contains("bob.replaceOrders([second])                -> ada.orders [Order(1)],"
                + " second.customer bob\n");
        assertThat(output).contains("first.detach()                             -> ada.orders [], urgent.orders"
                + " [Order(2)], gift.orders [], first.customer null, first.tags []\n");
        assertThat(output).contains("CustomerRelations.detach(bob)              -> bob.orders [], second.customer"
                + " null, second.tags [urgent]\n");
    }

    @Test
    void validatorsRefuseAndListenersCount() {
        String output = run();
        assertThat(output).contains("== Validators and listeners (@Validates, @OnChange) ==\n");
        assertThat(output).contains("setPlayers(reds, p1..p5)                   -> reds.players [p1, p2, p3, p4, p5],"
                + " joined 5\n");
        assertThat(output).contains("reds.players.add(p6)                       -> refused: reds has 5 players"
                + " already: p6 cannot join\n");
        assertThat(output).contains("after the refusal                          -> p6.team null, reds.players 5,"
                + " joined 5\n");
        assertThat(output).contains("setTeam(p1, blues)                         -> reds left 1, blues joined 1,"
                + " p1.log [joined reds, left reds, joined blues]\n");
        assertThat(output).contains("-> refused at the fifth, all or nothing: blues.players [p1], p2.team reds\n");
        assertThat(output).contains("reds.players.removeIf(before p4)           -> reds.players [p4, p5, p6], left 3,"
                + " p2.log [joined reds, left reds]\n");
        assertThat(output).contains("setCoach(reds, bob) (reds had ann)           -> reds.coach bob, blues.coach null,"
                + " ann.log [took reds, left reds], bob.log [took blues, left blues, took reds]\n");
        assertThat(output).contains("setTeam(cal, reds)                         -> refused: cal has no licence: reds"
                + " cannot take them; reds.coach bob, bob.log [took blues, left blues, took reds]\n");
        assertThat(output).contains("link(hall, ants, 300), (hall, bees, 150)    -> hall.bookings [ants@hall, bees@hall],"
                + " ants.log [booked at hall for 300]\n");
        assertThat(output).contains("link(hall, cats, 250)                      -> refused by the venue: hall is fully"
                + " booked: no night for a booking of 250\n");
        assertThat(output).contains("link(club, cats, 50)                       -> refused by the band: cats plays for"
                + " 200 or more, not 50; club.bookings [], cats.bookings []\n");
        assertThat(output).contains("unlink(hall, bees)                         -> hall.bookings [ants@hall], bees.log"
                + " [booked at hall for 150, cancelled a booking for 150]\n");
        assertThat(output).contains("add red at 1, then put(1, blue)            -> rack.bikes {1=blue}, red.rack null,"
                + " rack.log [+red, -red, +blue]\n");
        assertThat(output).contains("setRack(volt, rack)                        -> refused: rack has no charger for"
                + " volt; rack.bikes {1=blue}\n");
        assertThat(output).contains("blue.slot = 3, rekeyInBikes(rack, blue)    -> rack.bikes {3=blue}, rack.log"
                + " [+red, -red, +blue] (a rekey links nothing)\n");
        assertThat(output).contains("combos(bob).add(trio), trio had ann (bass) -> trio.lineup {bass=bob}, trio.log"
                + " [+ann, -ann, +bob], ann.log [joined trio, left trio]\n");
        assertThat(output).contains("addToCombos(cy, trio)                      -> refused: trio pays 300, cy asks"
                + " 400; trio.lineup {bass=bob}, cy.combos []\n");
        assertThat(output).contains("setCoupon(o1, SPRING10), WINTER5, WINTER5  -> o1.coupon WINTER5, o1.audit"
                + " [+SPRING10, -SPRING10, +WINTER5]\n");
        assertThat(output).contains("setCoupon(o1, OLD1)                        -> refused: OLD1 has expired;"
                + " o1.coupon WINTER5, o1.audit [+SPRING10, -SPRING10, +WINTER5]\n");
        assertThat(output).contains("detach(o1)                                 -> o1.coupon null, o1.audit"
                + " [+SPRING10, -SPRING10, +WINTER5, -WINTER5]\n");
    }

    @Test
    void everySectionIsPrintedInTheOrderOfTheNotes() {
        String output = run();
        int oneToMany = output.indexOf("== One To Many ==");
        int manyToOne = output.indexOf("== Many To One");
        int oneToOne = output.indexOf("== One to One ==");
        int manyToMany = output.indexOf("== Many to Many (back_populates) ==");
        int manyToManyBackref = output.indexOf("== Many to Many (backref \"parents\") ==");
        assertThat(oneToMany).isAtLeast(0);
        assertThat(manyToOne).isGreaterThan(oneToMany);
        assertThat(oneToOne).isGreaterThan(manyToOne);
        assertThat(manyToMany).isGreaterThan(oneToOne);
        assertThat(manyToManyBackref).isGreaterThan(manyToMany);
        assertThat(output.indexOf("== Association object ==")).isGreaterThan(manyToManyBackref);
        assertThat(output.indexOf("== Association object, one per pair")).isGreaterThan(
                output.indexOf("== Association object =="));
        assertThat(output.indexOf("== Trees without cycles (acyclic) ==")).isGreaterThan(
                output.indexOf("== Association object, one per pair"));
        assertThat(output.indexOf("== Map-keyed collections")).isGreaterThan(
                output.indexOf("== Trees without cycles (acyclic) =="));
    }

    @Test
    void theInMemoryManyToManyExampleLinksClassesWithoutIds() throws IOException {
        String output = run();
        assertThat(output).contains("== Many to Many in memory (no secondary, no ids) ==\n");
        assertThat(output).contains("ann.bands += quartet, trio.members += ann, bob -> ann.bands [quartet, trio],"
                + " trio.members [ann, bob]\n");
        assertThat(output).contains("remove trio from ann.bands                 -> trio.members [bob], ann.bands"
                + " [quartet]\n");
        // what it says of the files: Maven's directory of the generated sources (the module's working directory)
        try (Stream<Path> files = Files.list(
                Paths.get("target/generated-sources/annotations/dev/relate/examples/manytomany/inmemory"))) {
            assertThat(files.map(file -> file.getFileName().toString()).collect(Collectors.toList()))
                    .containsExactly("BandRelations.java", "MusicianRelations.java");
        }
    }

    @Test
    void theDiagramExampleSaysWhereTheDiagramIsAndShowsOneClasssDiagram() {
        String output = run();
        assertThat(output).contains("== Diagram of the model ==\n");
        assertThat(output).contains("META-INF/relate/model.mmd -> a Mermaid classDiagram of 49 classes, 28"
                + " relationships and 1 subclass arrow, on the class path");
        assertThat(output).contains("META-INF/relate/model/dev.relate.examples.onetomany.Parent.mmd:\n"
                + "    classDiagram\n");
        assertThat(output).contains("    `dev.relate.examples.onetomany.Parent` \"0..1\" -- \"*\""
                + " `dev.relate.examples.onetomany.Child` : children / parent\n");
        // LonelyChild's one-way end is LonelyChild's, drawn in its own diagram and the model's, not Parent's
        assertThat(output.substring(output.indexOf("== Diagram of the model =="))).doesNotContain("LonelyChild");
    }
}
