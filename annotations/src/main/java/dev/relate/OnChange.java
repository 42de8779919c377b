package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of the class that owns a relationship end as that end's listener
 * (SQLAlchemy's {@code append} and {@code remove} attribute events, EMF's notifications): relate's
 * generated code calls it after each link and each unlink of the end, through every helper, live
 * view, move, detach and association table, once per change.
 *
 * <pre>{@code
 * class Team {
 *     @OneToManyRel(backPopulates = "team")
 *     List<Player> players = new ArrayList<>();
 *     int joined;
 *
 *     @OnChange("players")
 *     void playersChanged(Player player, boolean linked) {
 *         if (linked) {
 *             joined++;
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The method takes the object on the other side and {@code boolean linked}: {@code true} after a
 * link, {@code false} after an unlink. It returns {@code void}, is not private and not static, and
 * is visible from the package of the other class of the relationship. One end has at most one
 * listener. It runs when the whole operation has succeeded and both ends of every pair agree, in
 * the order of the changes; a move is an unlink seen by the old owner, then a link seen by the new
 * one. If it throws, the change stays, the other listeners of the operation still run, and the
 * first exception reaches the caller. It may call relate's helpers: their changes are operations of
 * their own, whose listeners run before it returns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnChange {
    /** The field of this class that is the end, {@code "players"}. */
    String value();
}
