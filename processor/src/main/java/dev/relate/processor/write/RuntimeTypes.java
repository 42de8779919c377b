package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import dev.relate.runtime.AcyclicOneToManyEnd;
import dev.relate.runtime.AssociationObjectTable;
import dev.relate.runtime.Associations;
import dev.relate.runtime.CollectionEnd;
import dev.relate.runtime.LinkTable;
import dev.relate.runtime.LiveCollection;
import dev.relate.runtime.LiveList;
import dev.relate.runtime.LiveNavigableSet;
import dev.relate.runtime.LiveSet;
import dev.relate.runtime.LiveSortedSet;
import dev.relate.runtime.ManyToManyEnd;
import dev.relate.runtime.ManyToManyMapEnd;
import dev.relate.runtime.ManyToManyMapInverseEnd;
import dev.relate.runtime.OneToManyEnd;
import dev.relate.runtime.OneToManyMapEnd;
import dev.relate.runtime.OneToOneEnd;
import dev.relate.runtime.OneWayCollectionEnd;
import dev.relate.runtime.OneWayScalarEnd;
import dev.relate.runtime.PositionedOneToManyEnd;
import dev.relate.runtime.RelateFingerprint;
import dev.relate.runtime.TableColumn;
import dev.relate.runtime.Views;

/**
 * The runtime classes generated code names, by type: renaming or moving one breaks the processor's
 * build. The methods generated code calls on them are {@link RuntimeHooks}.
 */
final class RuntimeTypes {
    private RuntimeTypes() {
    }

    static final ClassName ONE_TO_MANY_END = ClassName.get(OneToManyEnd.class);
    static final ClassName ONE_TO_MANY_MAP_END = ClassName.get(OneToManyMapEnd.class);
    static final ClassName ACYCLIC_ONE_TO_MANY_END = ClassName.get(AcyclicOneToManyEnd.class);
    static final ClassName POSITIONED_ONE_TO_MANY_END = ClassName.get(PositionedOneToManyEnd.class);
    static final ClassName ONE_WAY_COLLECTION_END = ClassName.get(OneWayCollectionEnd.class);
    static final ClassName ONE_TO_ONE_END = ClassName.get(OneToOneEnd.class);
    static final ClassName ONE_WAY_SCALAR_END = ClassName.get(OneWayScalarEnd.class);
    static final ClassName MANY_TO_MANY_END = ClassName.get(ManyToManyEnd.class);
    static final ClassName MANY_TO_MANY_MAP_END = ClassName.get(ManyToManyMapEnd.class);
    static final ClassName MANY_TO_MANY_MAP_INVERSE_END = ClassName.get(ManyToManyMapInverseEnd.class);
    static final ClassName LINK_TABLE = ClassName.get(LinkTable.class);
    static final ClassName ASSOCIATIONS = ClassName.get(Associations.class);
    static final ClassName ASSOCIATION_OBJECT_TABLE = ClassName.get(AssociationObjectTable.class);
    static final ClassName TABLE_COLUMN = ClassName.get(TableColumn.class);
    static final ClassName VIEWS = ClassName.get(Views.class);
    static final ClassName COLLECTION_END = ClassName.get(CollectionEnd.class);
    static final ClassName LIVE_COLLECTION = ClassName.get(LiveCollection.class);
    static final ClassName LIVE_LIST = ClassName.get(LiveList.class);
    static final ClassName LIVE_SET = ClassName.get(LiveSet.class);
    static final ClassName LIVE_SORTED_SET = ClassName.get(LiveSortedSet.class);
    static final ClassName LIVE_NAVIGABLE_SET = ClassName.get(LiveNavigableSet.class);
    static final ClassName RELATE_FINGERPRINT = ClassName.get(RelateFingerprint.class);
}
