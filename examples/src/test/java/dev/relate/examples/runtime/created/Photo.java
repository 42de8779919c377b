package dev.relate.examples.runtime.created;

import dev.relate.ManyToOneRel;

/** The scalar end of {@code Album.photos} and of {@code Diary.photos}, whose setters throw while the trap is armed. */
class Photo {
    final String title;

    @ManyToOneRel(backPopulates = "photos")
    private Album album;

    @ManyToOneRel(backPopulates = "photos")
    Diary diary;

    Photo(String title) {
        this.title = title;
    }

    Album getAlbum() {
        return album;
    }

    void setAlbum(Album album) {
        Trap.check("Photo.setAlbum");
        this.album = album;
    }
}
