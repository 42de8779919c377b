package golden.entitymethods;

public class Warehouse {
}
