package dev.relate.examples.runtime.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;

/** The scalar end of {@code Drawer.folders}, validated and listened to; {@code label} keys it there. */
class Folder {
    final String name;
    final Recorder recorder;
    String label;
    @ManyToOneRel(backPopulates = "folders")
    Drawer drawer;

    Folder(String name, String label, Recorder recorder) {
        this.name = name;
        this.label = label;
        this.recorder = recorder;
    }

    @Validates("drawer")
    void checkDrawer(Drawer other, boolean linking) {
        recorder.validate(this, other, linking);
    }

    @OnChange("drawer")
    void drawerChanged(Drawer other, boolean linked) {
        recorder.changed(this, other, linked, (drawer == other) == linked
                && other.folders.containsValue(this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
