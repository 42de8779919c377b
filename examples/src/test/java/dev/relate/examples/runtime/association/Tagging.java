package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;

/** An association object whose ends are both inherited from {@link BaseTagging}. */
@AssociationObject
class Tagging extends BaseTagging {
}
