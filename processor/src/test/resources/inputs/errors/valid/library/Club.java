package test.valid.library;

/** Inherits its end from a class of a library, compiled and checked by relate in another build. */
public class Club extends LibraryClub {
}
