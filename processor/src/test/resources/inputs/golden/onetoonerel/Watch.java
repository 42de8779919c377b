package golden.onetoonerel;

public class Watch {
    Person wearer;
}
