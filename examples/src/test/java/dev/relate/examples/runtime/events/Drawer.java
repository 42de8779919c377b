package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A map end keyed by each folder's label, with a validator and a listener; {@code Folder.drawer} has both too. */
class Drawer {
    final String name;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "drawer", key = "label")
    NavigableMap<String, Folder> folders = new TreeMap<>();

    Drawer(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("folders")
    void checkFolder(Folder folder, boolean linking) {
        recorder.validate(this, folder, linking);
    }

    @OnChange("folders")
    void foldersChanged(Folder folder, boolean linked) {
        recorder.changed(this, folder, linked, folders.containsValue(folder) == linked
                && (folder.drawer == this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
