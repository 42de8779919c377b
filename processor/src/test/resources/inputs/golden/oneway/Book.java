package golden.oneway;

public class Book {
}
