package dev.relate.examples.runtime.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.List;

/** The right class of the association {@link Exhibit}, validated and listened to; its list starts {@code null}. */
class Artist {
    final String name;
    final Recorder recorder;
    @OneToManyRel(backPopulates = "artist")
    List<Exhibit> exhibits;

    Artist(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("exhibits")
    void checkExhibit(Exhibit exhibit, boolean linking) {
        recorder.validate(this, exhibit.gallery, linking);
    }

    @OnChange("exhibits")
    void exhibitsChanged(Exhibit exhibit, boolean linked) {
        recorder.changed(this, exhibit.gallery, linked, exhibits.contains(exhibit) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
