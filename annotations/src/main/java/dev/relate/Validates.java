package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of the class that owns a relationship end as that end's validator
 * (SQLAlchemy's {@code @validates}): relate's generated code calls it before each link and each
 * unlink of the end, through every helper, live view, move, detach and association table. It may
 * refuse the change by throwing; the whole operation then changes nothing.
 *
 * <pre>{@code
 * class Team {
 *     @OneToManyRel(backPopulates = "team")
 *     List<Player> players = new ArrayList<>();
 *
 *     @Validates("players")
 *     void checkPlayer(Player player, boolean linking) {
 *         if (linking && players.size() >= 5) {
 *             throw new IllegalStateException("a team has at most five players");
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The method takes the object on the other side (a type the end's target class can be passed
 * as) and {@code boolean linking}: {@code true} before a link, {@code false} before an unlink. It
 * returns {@code void}, is not private and not static, and is visible from the package of the
 * other class of the relationship. One end has at most one validator. It runs before its pair
 * changes; in an operation on several elements ({@code addAll}, {@code setX}, {@code clear}) the
 * pairs before it in that operation may have changed already, and are put back if it refuses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Validates {
    /** The field of this class that is the end, {@code "players"}. */
    String value();
}
