package golden.onetoonerel;

public class Badge {
}
