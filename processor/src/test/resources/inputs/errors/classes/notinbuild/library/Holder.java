package test.errors;

/** Compiled first, into a library that the erroneous inputs are compiled against. */
public class Holder {
    ErroneousBackrefNotInBuild item;
}
