package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random sequences of operations on a many-to-many whose two list ends both store their order in
 * the association table ({@code Chart.hits}, {@code Hit.charts}): links made and removed from either
 * end, lists sorted, shuffled, swapped and replaced through the live views. After each round the
 * graph is saved with {@code saveLinks} (replacing the rows of the last round) and loaded into fresh
 * objects, and every list of both ends comes back as it was, in its order; the rows hold each
 * link's index in both lists. Then the loaded graph is loaded once more, which changes nothing.
 *
 * <p>The seed is fixed, so every run makes the same sequences.
 */
class OrderColumnPropertyTest {
    private static final int CHARTS = 4;
    private static final int HITS = 9;
    private static final int KINDS = 8;

    /** One step: what to do, two numbers that choose its objects and indexes, and a seed for the rest. */
    record Op(int kind, int a, int b, int seed) {
    }

    @Provide
    Arbitrary<List<List<Op>>> rounds() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 1 << 16)).as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 120, seed = "2026120615", shrinking = ShrinkingMode.BOUNDED)
    void bothListsComeBackInTheirOrder(@ForAll("rounds") List<List<Op>> rounds) throws SQLException {
        List<Chart> charts = new ArrayList<>();
        for (int i = 0; i < CHARTS; i++) {
            charts.add(new Chart(100 + i));
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < HITS; i++) {
            // ids in the opposite order of creation, so that the order of the ids is no list's order
            hits.add(new Hit(HITS - i));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
            PrChartHitTable.createTable(connection);
            for (List<Op> round : rounds) {
                for (Op op : round) {
                    step(charts, hits, op);
                    Invariants.assertManyToMany("pr_chart_hit", charts, hits, c -> c.hits, h -> h.charts);
                }
                int rows = PrChartHitTable.saveLinks(connection, hits);
                assertWithMessage("rows").that(rows).isEqualTo(hits.stream().mapToInt(h -> h.charts.size()).sum());

                List<Chart> freshCharts = new ArrayList<>();
                charts.forEach(chart -> freshCharts.add(new Chart(chart.id)));
                List<Hit> freshHits = new ArrayList<>();
                hits.forEach(hit -> freshHits.add(new Hit(hit.id)));
                // the given objects in another order than the rows: loading does not follow it
                Collections.reverse(freshHits);
                PrChartHitTable.loadLinks(connection, freshHits, freshCharts);
                Collections.reverse(freshHits);
                for (int i = 0; i < CHARTS; i++) {
                    assertWithMessage("%s.hits", charts.get(i)).that(ids(freshCharts.get(i).hits, h -> h.id))
                            .isEqualTo(ids(charts.get(i).hits, h -> h.id));
                }
                for (int i = 0; i < HITS; i++) {
                    assertWithMessage("%s.charts", hits.get(i)).that(ids(freshHits.get(i).charts, c -> c.id))
                            .isEqualTo(ids(hits.get(i).charts, c -> c.id));
                }
                assertWithMessage("links made by loading again")
                        .that(PrChartHitTable.loadLinks(connection, freshHits, freshCharts)).isEqualTo(0);
                for (int i = 0; i < CHARTS; i++) {
                    assertWithMessage("%s.hits after loading again", charts.get(i))
                            .that(ids(freshCharts.get(i).hits, h -> h.id)).isEqualTo(ids(charts.get(i).hits, h -> h.id));
                }
            }
        }
    }

    private static void step(List<Chart> charts, List<Hit> hits, Op op) {
        Chart chart = charts.get(op.a() % CHARTS);
        Hit hit = hits.get(op.b() % HITS);
        Random random = new Random(op.seed());
        switch (op.kind()) {
            case 0, 1 -> ChartRelations.addToHits(chart, hit);
            case 2 -> {
                List<Chart> view = HitRelations.charts(hit);
                if (!view.contains(chart)) {
                    view.add(random.nextInt(view.size() + 1), chart);
                }
            }
            case 3 -> HitRelations.removeFromCharts(hit, chart);
            case 4 -> Collections.shuffle(ChartRelations.hits(chart), random);
            case 5 -> Collections.shuffle(HitRelations.charts(hit), random);
            case 6 -> {
                List<Hit> chosen = new ArrayList<>(hits);
                Collections.shuffle(chosen, random);
                ChartRelations.setHits(chart, chosen.subList(0, random.nextInt(HITS + 1)));
            }
            default -> {
                List<Hit> view = ChartRelations.hits(chart);
                if (view.size() > 1) {
                    Collections.swap(view, random.nextInt(view.size()), random.nextInt(view.size()));
                }
            }
        }
    }

    private static <T> List<Long> ids(List<T> list, Function<T, Long> id) {
        return list.stream().map(id).collect(Collectors.toList());
    }
}
