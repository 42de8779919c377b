package test.errors.b;

public class Topic {
    int id;
}
