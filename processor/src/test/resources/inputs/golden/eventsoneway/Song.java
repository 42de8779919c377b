package golden.eventsoneway;

public class Song {
}
