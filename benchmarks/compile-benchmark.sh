#!/usr/bin/env bash
# The compile-time benchmark of relate (docs/performance.md).
#
# For each N it writes a synthetic model of N pairs. The "full" model (the default): each pair a
# Left and a Right class and a Link association class, related in every way relate knows:
# one-to-many, one-to-one, many-to-many with a secondary table, and the association object (with its
# table). The "pairs" model (-m pairs, issue 17's): each pair a Left and a Right class with a
# one-to-many, every fourth pair a many-to-many in memory too (no table). Then it times, side by side:
#
#   processor       javac with relate on the annotated model (what a user's build does)
#   as source       javac -proc:none on the same model plus the helpers relate wrote, as plain
#                   sources: the same code without the processor, so the difference is what the
#                   processor itself costs
#   replay          javac with a processor that only writes the files relate wrote, read from disk
#                   (dev.relate.benchmarks.ReplayProcessor): what javac itself costs for any
#                   processor that generates these files (its extra rounds, its filer), so that
#                   processor - replay is relate's own work
#   hand-written    javac -proc:none on the same classes with hand-written helpers instead
#                   (Hibernate user guide style, keeping both ends in sync; no views, no tables)
#   timed           javac with relate run through dev.relate.benchmarks.TimedProcessors, which
#                   measures, from inside javac, the CPU time of javac's thread (and the wall-clock
#                   time) spent in relate's init() and process(): relate's own time, measured
#                   directly rather than as processor - replay
#
# and prints, per N, the best CPU time (and the wall-clock time) of each, the processor's overhead,
# the ratio to hand-written code, relate's time measured inside javac and its share of the timed
# run, the generated lines per pair, and how each time grows with N. Last, without timing anything,
# it counts the lines relate writes per pair for each kind of pair (a one-to-many, a many-to-many in
# memory, a many-to-many with a table), by kind of file and of line, beside the lines of the
# hand-written helpers of the same pair.
#
# Usage: benchmarks/compile-benchmark.sh [-m full|pairs] [-r RUNS] [-w WORKDIR] [-L] N [N ...]
#   -m MODEL    the model: full (default) or pairs
#   -r RUNS     runs of each compilation per N; the best is reported (default 3)
#   -w WORKDIR  where models and classes go (default: benchmarks/target/compile-benchmark/work)
#   -x          time only the processor and the hand-written helpers (the ratio, its growth with N
#               and the lines per pair), leaving out replay, as source and timed: 2 compilations per
#               run instead of 5, for large N on a busy machine
#   -F          with -m pairs: also time the floor of any processor, javac on the annotated model
#               with a processor that writes nothing but the hand-written helpers, moved into one
#               file a pair (static methods, as a processor would write them; ReplayProcessor), and
#               the same files compiled as plain sources: what javac charges for helpers of the
#               hand-written size that a processor writes, whoever writes them; and the same helpers
#               in a file a class (setParent in Right<i>Helpers), as relate lays out its files
#   -L          leave out the count of lines per kind of pair
#
# The processor path and class path come from the Maven build, which writes them to
# benchmarks/target/compile-benchmark/ (`mvn -B -q -pl benchmarks -am package -DskipTests`);
# RELATE_PROCESSOR_PATH and RELATE_CLASSPATH override them, and RELATE_REPLAY_PATH the path of the
# replaying and the timing processors (default: benchmarks/target/classes). javac is $JAVA_HOME/bin/javac, or the
# one on the PATH. JAVAC_OPTS adds options to every javac run (default: -J-Xmx6g).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=3
model=full
line_counts=yes
ratio_only=""
floor=""
work="$here/target/compile-benchmark/work"

usage() {
    echo "usage: $0 [-m full|pairs] [-r RUNS] [-w WORKDIR] [-x] [-F] [-L] N [N ...]" >&2
    exit 2
}

while getopts "m:r:w:LxFh" option; do
    case "$option" in
        L) line_counts="" ;;
        F) floor=yes ;;
        x) ratio_only=yes ;;
        m) model="$OPTARG" ;;
        r) runs="$OPTARG" ;;
        w) work="$OPTARG" ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || usage
[[ "$model" == full || "$model" == pairs ]] || { echo "not a model: $model (full or pairs)" >&2; exit 2; }
[[ -z "$floor" || "$model" == pairs ]] || { echo "-F needs -m pairs" >&2; exit 2; }
for n in "$@" "$runs"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "not a positive number: $n" >&2; exit 2; }
done

read_path() { # the path in variable $1, else the one in file $2
    local value="${!1:-}"
    if [[ -z "$value" ]]; then
        if [[ ! -s "$2" ]]; then
            echo "missing $2: build the benchmarks module first (mvn -B -q -pl benchmarks -am package -DskipTests)," >&2
            echo "or set $1" >&2
            exit 1
        fi
        value="$(< "$2")"
    fi
    printf '%s' "$value"
}
classpath="$(read_path RELATE_CLASSPATH "$here/target/compile-benchmark/class-path.txt")"
processorpath="$(read_path RELATE_PROCESSOR_PATH "$here/target/compile-benchmark/processor-path.txt"):$classpath"
replaypath="${RELATE_REPLAY_PATH:-$here/target/classes}"
if [[ ( ! -f "$replaypath/dev/relate/benchmarks/ReplayProcessor.class" \
        || ! -f "$replaypath/dev/relate/benchmarks/TimedProcessors.class" ) && "$replaypath" != *.jar ]]; then
    echo "missing dev.relate.benchmarks.ReplayProcessor or TimedProcessors in $replaypath: build the benchmarks module first" >&2
    echo "(mvn -B -q -pl benchmarks -am package -DskipTests), or set RELATE_REPLAY_PATH" >&2
    exit 1
fi
timedpath="$replaypath:$processorpath"

javac="javac"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    javac="$JAVA_HOME/bin/javac"
fi
read -r -a javac_opts <<< "${JAVAC_OPTS:--J-Xmx6g}"
common=(--release 8 -encoding UTF-8 -nowarn -Xlint:none -implicit:none "${javac_opts[@]}")

# ---------------------------------------------------------------------------------------------
# The model. @I@ is the pair's number and @P@ its package; a package holds 100 pairs.

IFS= read -r -d '' LEFT <<'EOF' || true
package @P@;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class Left@I@ {
    long id;

    @OneToManyRel(backPopulates = "parent")
    List<Right@I@> children = new ArrayList<>();

    @OneToManyRel(uselist = false, backPopulates = "partner")
    Right@I@ partner;

    @ManyToManyRel(secondary = "left@I@_right@I@", backPopulates = "lefts")
    Set<Right@I@> rights = new LinkedHashSet<>();

    @OneToManyRel(backPopulates = "left")
    List<Link@I@> links = new ArrayList<>();
}
EOF

IFS= read -r -d '' RIGHT <<'EOF' || true
package @P@;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class Right@I@ {
    long id;

    @ManyToOneRel(backPopulates = "children")
    Left@I@ parent;

    @ManyToOneRel(backPopulates = "partner")
    Left@I@ partner;

    @ManyToManyRel(secondary = "left@I@_right@I@", backPopulates = "rights")
    Set<Left@I@> lefts = new LinkedHashSet<>();

    @OneToManyRel(backPopulates = "right")
    List<Link@I@> links = new ArrayList<>();
}
EOF

IFS= read -r -d '' LINK <<'EOF' || true
package @P@;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

@AssociationObject(table = "link@I@")
public class Link@I@ {
    @ManyToOneRel(backPopulates = "links")
    Left@I@ left;

    @ManyToOneRel(backPopulates = "links")
    Right@I@ right;

    String note;
}
EOF

# The same classes with hand-written helpers that keep both ends in sync, as the Hibernate user
# guide writes them, plus what relate also guarantees (a move leaves the old owner, a one-to-one
# clears the old partners, nothing is held twice).

IFS= read -r -d '' HAND_LEFT <<'EOF' || true
package @P@;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class Left@I@ {
    long id;
    List<Right@I@> children = new ArrayList<>();
    Right@I@ partner;
    Set<Right@I@> rights = new LinkedHashSet<>();
    List<Link@I@> links = new ArrayList<>();

    public void addChild(Right@I@ child) {
        if (child.parent == this) {
            return;
        }
        if (child.parent != null) {
            child.parent.children.remove(child);
        }
        children.add(child);
        child.parent = this;
    }

    public void removeChild(Right@I@ child) {
        if (child.parent == this) {
            children.remove(child);
            child.parent = null;
        }
    }

    public void setPartner(Right@I@ partner) {
        if (this.partner == partner) {
            return;
        }
        if (this.partner != null) {
            this.partner.partner = null;
        }
        if (partner != null) {
            if (partner.partner != null) {
                partner.partner.partner = null;
            }
            partner.partner = this;
        }
        this.partner = partner;
    }

    public void addRight(Right@I@ right) {
        if (rights.add(right)) {
            right.lefts.add(this);
        }
    }

    public void removeRight(Right@I@ right) {
        if (rights.remove(right)) {
            right.lefts.remove(this);
        }
    }

    public Link@I@ link(Right@I@ right, String note) {
        Link@I@ link = new Link@I@(this, right, note);
        links.add(link);
        right.links.add(link);
        return link;
    }

    public Link@I@ find(Right@I@ right) {
        for (Link@I@ link : links) {
            if (link.right == right) {
                return link;
            }
        }
        return null;
    }

    public void unlink(Right@I@ right) {
        for (Iterator<Link@I@> it = links.iterator(); it.hasNext(); ) {
            Link@I@ link = it.next();
            if (link.right == right) {
                it.remove();
                right.links.remove(link);
                link.left = null;
                link.right = null;
            }
        }
    }
}
EOF

IFS= read -r -d '' HAND_RIGHT <<'EOF' || true
package @P@;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class Right@I@ {
    long id;
    Left@I@ parent;
    Left@I@ partner;
    Set<Left@I@> lefts = new LinkedHashSet<>();
    List<Link@I@> links = new ArrayList<>();

    public void setParent(Left@I@ parent) {
        if (parent != null) {
            parent.addChild(this);
        } else if (this.parent != null) {
            this.parent.removeChild(this);
        }
    }

    public void setPartner(Left@I@ partner) {
        if (partner != null) {
            partner.setPartner(this);
        } else if (this.partner != null) {
            this.partner.setPartner(null);
        }
    }

    public void addLeft(Left@I@ left) {
        left.addRight(this);
    }

    public void removeLeft(Left@I@ left) {
        left.removeRight(this);
    }
}
EOF

IFS= read -r -d '' HAND_LINK <<'EOF' || true
package @P@;

public class Link@I@ {
    Left@I@ left;
    Right@I@ right;
    String note;

    Link@I@(Left@I@ left, Right@I@ right, String note) {
        this.left = left;
        this.right = right;
        this.note = note;
    }
}
EOF

# The "pairs" model (issue 17's): each pair a Left and a Right class with a one-to-many between
# them, and every fourth pair also a many-to-many kept in memory (no secondary table). pair_class
# writes one class of a pair; $1: Left or Right, $2: what the pair holds ("o2m", "m2m",
# "m2m-table", or "o2m m2m": any of them, separated by spaces), $3: "annotated" or "hand", $4: the
# pair's number, $5: its package. The hand-written classes carry the helpers that a Hibernate user
# writes (add and remove on one side, the setter on the other, each keeping both ends in sync).

pair_class() {
    local side="$1" holds=" $2 " variant="$3" i="$4" pkg="$5" o2m="" m2m="" table=""
    [[ "$holds" == *" o2m "* ]] && o2m=1
    [[ "$holds" == *" m2m "* || "$holds" == *" m2m-table "* ]] && m2m=1
    [[ "$holds" == *" m2m-table "* ]] && table="secondary = \"left${i}_right${i}\", "
    local other=Right
    [[ "$side" == Right ]] && other=Left
    printf 'package %s;\n\n' "$pkg"
    if [[ "$variant" == annotated ]]; then
        [[ -n "$m2m" ]] && echo "import dev.relate.ManyToManyRel;"
        [[ -n "$o2m" && "$side" == Right ]] && echo "import dev.relate.ManyToOneRel;"
        [[ -n "$o2m" && "$side" == Left ]] && echo "import dev.relate.OneToManyRel;"
    fi
    [[ -n "$o2m" && "$side" == Left ]] && echo "import java.util.ArrayList;"
    [[ -n "$m2m" ]] && echo "import java.util.LinkedHashSet;"
    [[ -n "$o2m" && "$side" == Left ]] && echo "import java.util.List;"
    [[ -n "$m2m" ]] && echo "import java.util.Set;"
    printf '\npublic class %s%s {\n    long id;\n' "$side" "$i"
    if [[ "$variant" == annotated ]]; then
        if [[ -n "$o2m" && "$side" == Left ]]; then
            printf '\n    @OneToManyRel(backPopulates = "parent")\n    List<Right%s> children = new ArrayList<>();\n' "$i"
        elif [[ -n "$o2m" ]]; then
            printf '\n    @ManyToOneRel(backPopulates = "children")\n    Left%s parent;\n' "$i"
        fi
        if [[ -n "$m2m" && "$side" == Left ]]; then
            printf '\n    @ManyToManyRel(%sbackPopulates = "lefts")\n    Set<Right%s> rights = new LinkedHashSet<>();\n' \
                "$table" "$i"
        elif [[ -n "$m2m" ]]; then
            printf '\n    @ManyToManyRel(%sbackPopulates = "rights")\n    Set<Left%s> lefts = new LinkedHashSet<>();\n' \
                "$table" "$i"
        fi
        echo "}"
        return
    fi
    [[ -n "$o2m" && "$side" == Left ]] && printf '    List<Right%s> children = new ArrayList<>();\n' "$i"
    [[ -n "$o2m" && "$side" == Right ]] && printf '    Left%s parent;\n' "$i"
    [[ -n "$m2m" && "$side" == Left ]] && printf '    Set<Right%s> rights = new LinkedHashSet<>();\n' "$i"
    [[ -n "$m2m" && "$side" == Right ]] && printf '    Set<Left%s> lefts = new LinkedHashSet<>();\n' "$i"
    if [[ -n "$o2m" && "$side" == Left ]]; then
        printf '%s\n' "" \
            "    public void addChild(Right$i child) {" \
            "        if (child.parent != this) {" \
            "            if (child.parent != null) {" \
            "                child.parent.children.remove(child);" \
            "            }" \
            "            children.add(child);" \
            "            child.parent = this;" \
            "        }" \
            "    }" \
            "" \
            "    public void removeChild(Right$i child) {" \
            "        if (child.parent == this) {" \
            "            children.remove(child);" \
            "            child.parent = null;" \
            "        }" \
            "    }"
    elif [[ -n "$o2m" ]]; then
        printf '%s\n' "" \
            "    public void setParent(Left$i parent) {" \
            "        if (parent != null) {" \
            "            parent.addChild(this);" \
            "        } else if (this.parent != null) {" \
            "            this.parent.removeChild(this);" \
            "        }" \
            "    }"
    fi
    if [[ -n "$m2m" && "$side" == Left ]]; then
        printf '%s\n' "" \
            "    public void addRight(Right$i right) {" \
            "        if (rights.add(right)) {" \
            "            right.lefts.add(this);" \
            "        }" \
            "    }" \
            "" \
            "    public void removeRight(Right$i right) {" \
            "        if (rights.remove(right)) {" \
            "            right.lefts.remove(this);" \
            "        }" \
            "    }"
    elif [[ -n "$m2m" ]]; then
        printf '%s\n' "" \
            "    public void addLeft(Left$i left) {" \
            "        left.addRight(this);" \
            "    }" \
            "" \
            "    public void removeLeft(Left$i left) {" \
            "        left.removeRight(this);" \
            "    }"
    fi
    echo "}"
}

# The floor of any processor (-F): the hand-written helpers of pair_class, as a processor would
# write them beside the annotated model: static methods of one class a pair, Left<i>Helpers, in one
# file, reading and writing the same package-private fields. $1: what the pair holds, $2: the pair's
# number, $3: its package.
floor_helpers() {
    local holds=" $1 " i="$2" pkg="$3"
    printf 'package %s;\n\npublic final class Left%sHelpers {\n    private Left%sHelpers() {\n    }\n' "$pkg" "$i" "$i"
    if [[ "$holds" == *" o2m "* ]]; then
        printf '%s\n' "" \
            "    public static void addChild(Left$i left, Right$i child) {" \
            "        if (child.parent != left) {" \
            "            if (child.parent != null) {" \
            "                child.parent.children.remove(child);" \
            "            }" \
            "            left.children.add(child);" \
            "            child.parent = left;" \
            "        }" \
            "    }" \
            "" \
            "    public static void removeChild(Left$i left, Right$i child) {" \
            "        if (child.parent == left) {" \
            "            left.children.remove(child);" \
            "            child.parent = null;" \
            "        }" \
            "    }" \
            "" \
            "    public static void setParent(Right$i child, Left$i parent) {" \
            "        if (parent != null) {" \
            "            addChild(parent, child);" \
            "        } else if (child.parent != null) {" \
            "            removeChild(child.parent, child);" \
            "        }" \
            "    }"
    fi
    if [[ "$holds" == *" m2m "* ]]; then
        printf '%s\n' "" \
            "    public static void addRight(Left$i left, Right$i right) {" \
            "        if (left.rights.add(right)) {" \
            "            right.lefts.add(left);" \
            "        }" \
            "    }" \
            "" \
            "    public static void removeRight(Left$i left, Right$i right) {" \
            "        if (left.rights.remove(right)) {" \
            "            right.lefts.remove(left);" \
            "        }" \
            "    }"
    fi
    echo "}"
}

write_floor() { # $1: directory, $2: N, $3: "one" (a file a pair) or "two" (a file a class); the
    # floor's helper files of the pairs model. With "two", setParent moves to Right<i>Helpers, as
    # relate writes each class's helpers in a file of its own.
    local dir="$1" n="$2" files="${3:-one}" i pkg holds text
    rm -rf "$dir"
    for ((i = 0; i < n; i++)); do
        pkg="bench.p$((i / 100))"
        ((i % 100 == 0)) && mkdir -p "$dir/${pkg//.//}"
        holds="o2m"
        ((i % 4 == 3)) && holds="o2m m2m"
        text="$(floor_helpers "$holds" "$i" "$pkg")"
        if [[ "$files" == one ]]; then
            printf '%s\n' "$text" > "$dir/${pkg//.//}/Left${i}Helpers.java"
            continue
        fi
        # the same methods, setParent (the last of the one-to-many's three) in a class of its own
        awk -v i="$i" -v pkg="$pkg" '
            /public static void setParent/ { inside = 1; print "package " pkg ";\n\npublic final class Right" i \
                "Helpers {\n    private Right" i "Helpers() {\n    }\n" > right }
            inside { line = $0; gsub(/addChild\(/, "Left" i "Helpers.addChild(", line);
                gsub(/removeChild\(/, "Left" i "Helpers.removeChild(", line); print line > right }
            !inside { print }
            inside && /^    }$/ { inside = 0; print "}" > right; getline; if ($0 != "") print }
        ' right="$dir/${pkg//.//}/Right${i}Helpers.java" <<< "$text" > "$dir/${pkg//.//}/Left${i}Helpers.java"
    done
}

write_model() { # $1: directory, $2: N, $3: "annotated" or "hand", $4: the model ("full", "pairs"
    # or, for a pairs model whose every pair holds the same, what pair_class's $2 takes)
    local dir="$1" n="$2" kind="$3" model="${4:-full}" i pkg text holds
    local -a templates names
    if [[ "$kind" == annotated ]]; then
        templates=("$LEFT" "$RIGHT" "$LINK")
    else
        templates=("$HAND_LEFT" "$HAND_RIGHT" "$HAND_LINK")
    fi
    names=(Left Right Link)
    rm -rf "$dir"
    for ((i = 0; i < n; i++)); do
        pkg="bench.p$((i / 100))"
        if ((i % 100 == 0)); then
            mkdir -p "$dir/${pkg//.//}"
        fi
        if [[ "$model" == full ]]; then
            for t in 0 1 2; do
                text="${templates[t]//@I@/$i}"
                printf '%s\n' "${text//@P@/$pkg}" > "$dir/${pkg//.//}/${names[t]}$i.java"
            done
            continue
        fi
        holds="$model"
        if [[ "$model" == pairs ]]; then
            holds="o2m"
            ((i % 4 == 3)) && holds="o2m m2m"
        fi
        pair_class Left "$holds" "$kind" "$i" "$pkg" > "$dir/${pkg//.//}/Left$i.java"
        pair_class Right "$holds" "$kind" "$i" "$pkg" > "$dir/${pkg//.//}/Right$i.java"
    done
}

# Counts the lines of the files given, as "total javadoc blank header nested code": javadoc and
# comments, blank lines, package and imports, the lines of nested classes (the end classes, a
# table's rows; their own comments and blank lines included), and the rest: the top-level class's
# declarations and its methods' signatures and bodies.
count_lines() {
    [[ $# -eq 0 ]] && { echo "0 0 0 0 0 0"; return; }
    awk '
        FNR == 1 { nested = 0 }
        { total++ }
        nested { n++; if ($0 ~ /^    }$/) nested = 0; next }
        /^    (public |protected |private )?(abstract )?(static )?(final )?(class|interface|enum|record) / {
            nested = 1; n++; next
        }
        /^[ \t]*(\/\*|\*|\/\/)/ { doc++; next }
        /^[ \t]*$/ { blank++; next }
        /^(package|import) / { header++; next }
        { code++ }
        END { printf "%d %d %d %d %d %d\n", total, doc, blank, header, n, code }
    ' "$@"
}

# Counts the lines of the helper methods of hand-written classes: from a method's first line to its
# closing brace, at the class's indentation.
helper_lines() {
    awk '/^    public / { inside = 1 } inside { n++ } /^    }$/ { inside = 0 } END { print n + 0 }' "$@"
}

sources() { # the .java files under the given directories, into an argument file
    local list="$1"
    shift
    find "$@" -name '*.java' | sort > "$list"
}

inside_ms() { # the figures TimedProcessors wrote to file $1, as "cpu-ms wall-ms"
    local cpu wall
    cpu="$(sed -n 's/^cpu-ns=//p' "$1" 2>/dev/null)"
    wall="$(sed -n 's/^wall-ns=//p' "$1" 2>/dev/null)"
    if [[ ! "$cpu" =~ ^[0-9]+$ || ! "$wall" =~ ^[0-9]+$ ]]; then
        echo "TimedProcessors reported no time in $1; see $work/javac.log" >&2
        exit 1
    fi
    echo "$((cpu / 1000000)) $((wall / 1000000))"
}

to_ms() { # "12.345" seconds -> 12345
    local whole="${1%[.,]*}" fraction="${1#*[.,]}"
    echo $((10#$whole * 1000 + 10#${fraction:0:3}))
}

time_javac() { # times one javac run; prints "cpu-ms wall-ms"; the arguments are javac's
    local report real user sys TIMEFORMAT="%R %U %S"
    if ! report="$( { time "$javac" "$@" > "$work/javac.log" 2>&1; } 2>&1 )"; then
        echo "javac failed:" >&2
        cat "$work/javac.log" >&2
        exit 1
    fi
    read -r real user sys <<< "$report"
    echo "$(($(to_ms "$user") + $(to_ms "$sys"))) $(to_ms "$real")"
}

# ---------------------------------------------------------------------------------------------

mkdir -p "$work"
work="$(cd "$work" && pwd)"
cpus="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")"
echo "relate compile-time benchmark: $("$javac" -version 2>&1), $cpus CPUs, best of $runs runs"
if [[ "$model" == full ]]; then
    echo "model full, each pair: Left, Right and Link classes; one-to-many, one-to-one, many-to-many (secondary), association object"
else
    echo "model pairs, each pair: Left and Right classes; a one-to-many, and every fourth pair a many-to-many too (in memory, no table)"
fi
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
echo "load average (1, 5, 15 min) at the start: $(loadavg)"
echo

declare -a results all_timed floor_results
for n in "$@"; do
    dir="$work/n$n"
    write_model "$dir/model" "$n" annotated "$model"
    write_model "$dir/hand" "$n" hand "$model"
    sources "$dir/model.txt" "$dir/model"
    sources "$dir/hand.txt" "$dir/hand"
    if [[ -n "$floor" ]]; then
        write_floor "$dir/floor" "$n" one
        write_floor "$dir/floor-two" "$n" two
        sources "$dir/floor-source.txt" "$dir/model" "$dir/floor"
    fi

    # the best of the runs, each as "cpu-ms wall-ms"
    best_processor="" best_replay="" best_source="" best_hand="" best_timed="" timed_runs=""
    best_floor="" best_floor_source="" best_floor_two=""
    better() { [[ -z "$2" || "${1%% *}" -lt "${2%% *}" ]]; }
    for ((run = 1; run <= runs; run++)); do
        rm -rf "$dir/out" && mkdir -p "$dir/out/processor" "$dir/out/generated" "$dir/out/source" "$dir/out/hand" \
            "$dir/out/replay" "$dir/out/replayed" "$dir/out/timed" "$dir/out/timed-generated"

        t="$(time_javac "${common[@]}" -processorpath "$processorpath" -cp "$classpath" \
            -s "$dir/out/generated" -d "$dir/out/processor" "@$dir/model.txt")"
        better "$t" "$best_processor" && best_processor="$t"

        # the hand-written helpers next, so that the two compilations of the ratio run close in time
        t="$(time_javac "${common[@]}" -proc:none -cp "$classpath" -d "$dir/out/hand" "@$dir/hand.txt")"
        better "$t" "$best_hand" && best_hand="$t"
        if [[ -n "$floor" ]]; then
            rm -rf "$dir/out/floor" "$dir/out/floor-written" "$dir/out/floor-source"
            mkdir -p "$dir/out/floor" "$dir/out/floor-written" "$dir/out/floor-source"
            # the hand-written helpers written by a processor that does nothing else
            t="$(time_javac "${common[@]}" -processorpath "$replaypath" -processor dev.relate.benchmarks.ReplayProcessor \
                -Arelate.replay="$dir/floor" -cp "$classpath" \
                -s "$dir/out/floor-written" -d "$dir/out/floor" "@$dir/model.txt")"
            better "$t" "$best_floor" && best_floor="$t"
            # the same helpers in a file a class, as relate lays out its helpers
            rm -rf "$dir/out/floor-two" "$dir/out/floor-two-written"
            mkdir -p "$dir/out/floor-two" "$dir/out/floor-two-written"
            t="$(time_javac "${common[@]}" -processorpath "$replaypath" -processor dev.relate.benchmarks.ReplayProcessor \
                -Arelate.replay="$dir/floor-two" -cp "$classpath" \
                -s "$dir/out/floor-two-written" -d "$dir/out/floor-two" "@$dir/model.txt")"
            better "$t" "$best_floor_two" && best_floor_two="$t"
            # the same files as plain sources beside the model
            t="$(time_javac "${common[@]}" -proc:none -cp "$classpath" -d "$dir/out/floor-source" "@$dir/floor-source.txt")"
            better "$t" "$best_floor_source" && best_floor_source="$t"
        fi
        if [[ -n "$ratio_only" ]]; then
            continue
        fi

        t="$(time_javac "${common[@]}" -processorpath "$replaypath" -processor dev.relate.benchmarks.ReplayProcessor \
            -Arelate.replay="$dir/out/generated" -cp "$classpath" \
            -s "$dir/out/replayed" -d "$dir/out/replay" "@$dir/model.txt")"
        better "$t" "$best_replay" && best_replay="$t"

        # relate again, timed from inside javac: "javac-cpu-ms javac-wall-ms relate-cpu-ms relate-wall-ms"
        t="$(time_javac "${common[@]}" -processorpath "$timedpath" -processor dev.relate.benchmarks.TimedProcessors \
            -Arelate.timing="$dir/out/timing.txt" -cp "$classpath" \
            -s "$dir/out/timed-generated" -d "$dir/out/timed" "@$dir/model.txt")"
        t="$t $(inside_ms "$dir/out/timing.txt")"
        better "$t" "$best_timed" && best_timed="$t"
        timed_runs="$timed_runs $(tr ' ' '/' <<< "$t")"

        sources "$dir/source.txt" "$dir/model" "$dir/out/generated"
        t="$(time_javac "${common[@]}" -proc:none -cp "$classpath" -d "$dir/out/source" "@$dir/source.txt")"
        better "$t" "$best_source" && best_source="$t"
    done

    model_files="$(wc -l < "$dir/model.txt")"
    generated_files="$(find "$dir/out/generated" -name '*.java' | wc -l)"
    if ((generated_files == 0)); then
        echo "relate generated nothing for N=$n; see $work/javac.log" >&2
        exit 1
    fi
    if [[ -n "$ratio_only" ]]; then
        # only processor and hand-written were timed; the others stand as zeros, never printed
        best_replay="0 0" best_source="0 0" best_timed="0 0 0 0"
    elif [[ "$(find "$dir/out/replayed" -name '*.java' | wc -l)" -ne "$generated_files" ]]; then
        echo "the replaying processor wrote a different number of files for N=$n; see $work/javac.log" >&2
        exit 1
    fi
    if [[ -z "$ratio_only" && "$(find "$dir/out/timed-generated" -name '*.java' | wc -l)" -ne "$generated_files" ]]; then
        echo "relate run through TimedProcessors wrote a different number of files for N=$n; see $work/javac.log" >&2
        exit 1
    fi
    # N, files, then cpu and wall of processor, as source, hand-written, replay and the timed run,
    # then relate's cpu and wall inside the timed run
    generated_lines="$(find "$dir/out/generated" -name '*.java' -exec cat {} + | wc -l)"
    results+=("$n $model_files $generated_files $best_processor $best_source $best_hand $best_replay $best_timed $generated_lines")
    if [[ -n "$floor" ]]; then
        if [[ "$(find "$dir/out/floor-written" -name '*.java' | wc -l)" -ne "$n" ]]; then
            echo "the replaying processor did not write the $n helper files of the floor for N=$n; see $work/javac.log" >&2
            exit 1
        fi
        if [[ "$(find "$dir/out/floor-two-written" -name '*.java' | wc -l)" -ne $((2 * n)) ]]; then
            echo "the replaying processor did not write the $((2 * n)) helper files of the floor in two files for N=$n" >&2
            exit 1
        fi
        floor_results+=("$n $best_processor $best_hand $best_floor $best_floor_source $best_floor_two")
    fi
    all_timed+=("$n$timed_runs")
done

# ---------------------------------------------------------------------------------------------
# The tables. CPU time is javac's user + system time, all its threads (JIT and GC included): unlike
# the wall-clock time it hardly changes when other programs share the machine. overhead = processor
# / as source - 1, split into javac = replay / as source - 1 (what generating these files costs
# through javac, whatever the processor) and relate = (processor - replay) / as source; relate share
# = (processor - replay) / processor, relate's own part of the build; × hand = processor / hand-written.
# timed = the timed run (relate through TimedProcessors) with the least CPU time, inside = relate's
# time inside init() and process() in that run, inside % = inside / timed.

tenths() { # $1 / $2 with one decimal
    local r=$(((${1} * 10 + ${2} / 2) / ${2}))
    printf '%d.%d' $((r / 10)) $((r % 10))
}
seconds() { printf '%d.%02d' $(($1 / 1000)) $((($1 % 1000) / 10)); }
ratio() { # $1 / $2 as x.xx
    local r=$(((${1} * 100 + ${2} / 2) / ${2}))
    printf '%d.%02d' $((r / 100)) $((r % 100))
}
percent() { # ($1 / $2 - 1) in percent, one decimal, signed
    local p=$((((${1} - ${2}) * 1000 + ${2} / 2) / ${2}))
    local sign=""
    if ((p < 0)); then
        sign="-"
        p=$((-p))
    fi
    printf '%s%d.%d %%' "$sign" $((p / 10)) $((p % 10))
}

table() { # $1: "cpu" or "wall"
    local field=0 n model_files generated_files pc pw sc sw hc hw rc rw tc tw ic iw lines p s h r t i
    [[ "$1" == wall ]] && field=1
    printf '%7s %8s %10s %11s %11s %11s %10s %9s %9s %9s %14s %8s %9s %11s %11s %9s %11s\n' \
        "N" "sources" "generated" "processor" "replay" "as source" "overhead" "javac" "relate" "relate %" \
        "hand-written" "× hand" "ms/pair" "timed" "inside" "inside %" "lines/pair"
    for row in "${results[@]}"; do
        read -r n model_files generated_files pc pw sc sw hc hw rc rw tc tw ic iw lines <<< "$row"
        if ((field == 0)); then p="$pc" s="$sc" h="$hc" r="$rc" t="$tc" i="$ic"; else p="$pw" s="$sw" h="$hw" r="$rw" t="$tw" i="$iw"; fi
        printf '%7s %8s %10s %9s s %9s s %9s s %10s %9s %9s %9s %12s s %8s %9s %9s s %9s s %9s %11s\n' "$n" "$model_files" \
            "$generated_files" "$(seconds "$p")" "$(seconds "$r")" "$(seconds "$s")" "$(percent "$p" "$s")" \
            "$(percent "$r" "$s")" "$(percent $((s + p - r)) "$s")" "$(percent $((p + p - r)) "$p")" \
            "$(seconds "$h")" "$(ratio "$p" "$h")" "$(ratio "$p" "$n")" \
            "$(seconds "$t")" "$(seconds "$i")" "$(percent $((t + i)) "$t")" "$(tenths "$lines" "$n")"
    done
}

echo "load average (1, 5, 15 min) at the end: $(loadavg)"
if [[ -n "$ratio_only" ]]; then
    echo
    echo "CPU time (user + system) and wall-clock time of each javac run, processor and hand-written only (-x):"
    printf '%7s %8s %10s %11s %14s %8s %11s %14s %8s %11s\n' "N" "sources" "generated" "processor" "hand-written" \
        "× hand" "processor" "hand-written" "× hand" "lines/pair"
    printf '%7s %8s %10s %11s %14s %8s %11s %14s %8s %11s\n' "" "" "" "CPU" "CPU" "CPU" "wall" "wall" "wall" ""
    for row in "${results[@]}"; do
        read -r n model_files generated_files pc pw _ _ hc hw _ _ _ _ _ _ lines <<< "$row"
        printf '%7s %8s %10s %9s s %12s s %8s %9s s %12s s %8s %11s\n' "$n" "$model_files" "$generated_files" \
            "$(seconds "$pc")" "$(seconds "$hc")" "$(ratio "$pc" "$hc")" "$(seconds "$pw")" "$(seconds "$hw")" \
            "$(ratio "$pw" "$hw")" "$(tenths "$lines" "$n")"
    done
    if ((${#results[@]} > 1)); then
        echo
        echo "growth of the CPU time (time ratio against the N ratio; 1.00 per step is linear):"
        previous=""
        for row in "${results[@]}"; do
            if [[ -n "$previous" ]]; then
                read -r n0 _ _ p0 _ _ _ h0 _ <<< "$previous"
                read -r n1 _ _ p1 _ _ _ h1 _ <<< "$row"
                printf '  N %s -> %s (x%s): processor x%s, hand-written x%s\n' "$n0" "$n1" "$(ratio "$n1" "$n0")" \
                    "$(ratio "$p1" "$p0")" "$(ratio "$h1" "$h0")"
            fi
            previous="$row"
        done
    fi
else
    echo
    echo "CPU time (user + system) of each javac run:"
    table cpu
    echo
    echo "wall-clock time of the same runs:"
    table wall

    echo
    echo "relate's own time inside init() and process(), each timed run: relate's CPU / javac's CPU (share), relate's wall-clock / javac's:"
    for line in "${all_timed[@]}"; do
        read -r -a fields <<< "$line"
        printf '  N %s:' "${fields[0]}"
        for ((k = 1; k < ${#fields[@]}; k++)); do
            IFS=/ read -r tc tw ic iw <<< "${fields[k]}"
            printf '  run %d: %s s / %s s (%s), %s s / %s s' "$k" "$(seconds "$ic")" "$(seconds "$tc")" \
                "$(percent $((tc + ic)) "$tc")" "$(seconds "$iw")" "$(seconds "$tw")"
            if ((k + 1 < ${#fields[@]})); then printf ';'; fi
        done
        echo
    done

    if ((${#results[@]} > 1)); then
        echo
        echo "growth of the CPU time (time ratio against the N ratio; 1.00 per step is linear):"
        previous=""
        for row in "${results[@]}"; do
            if [[ -n "$previous" ]]; then
                read -r n0 _ _ p0 _ s0 _ h0 _ r0 _ _ _ i0 _ <<< "$previous"
                read -r n1 _ _ p1 _ s1 _ h1 _ r1 _ _ _ i1 _ <<< "$row"
                printf '  N %s -> %s (x%s): processor x%s, as source x%s, hand-written x%s, processor minus as source x%s,\n' \
                    "$n0" "$n1" "$(ratio "$n1" "$n0")" "$(ratio "$p1" "$p0")" "$(ratio "$s1" "$s0")" "$(ratio "$h1" "$h0")" \
                    "$(ratio $((p1 > s1 ? p1 - s1 : 1)) $((p0 > s0 ? p0 - s0 : 1)))"
                printf '    of which javac (replay minus as source) x%s, relate (processor minus replay) x%s\n' \
                    "$(ratio $((r1 > s1 ? r1 - s1 : 1)) $((r0 > s0 ? r0 - s0 : 1)))" \
                    "$(ratio $((p1 > r1 ? p1 - r1 : 1)) $((p0 > r0 ? p0 - r0 : 1)))"
                printf '    relate inside init() and process() x%s\n' "$(ratio $((i1 > 0 ? i1 : 1)) $((i0 > 0 ? i0 : 1)))"
            fi
            previous="$row"
        done
    fi
fi

if [[ -n "$floor" ]]; then
    echo
    echo "the floor of any processor (-F): the hand-written helpers, one file a pair of static methods, CPU time:"
    echo "  written by a processor that does nothing else (floor), and compiled as plain sources beside the model;"
    echo "  floor, two files: the same helpers written in a file a class, as relate writes them"
    printf '%7s %11s %14s %11s %8s %14s %8s %15s %16s %8s\n' "N" "processor" "hand-written" "floor" "× hand" \
        "floor, source" "× hand" "processor÷floor" "floor, two files" "× hand"
    for row in "${floor_results[@]}"; do
        read -r n pc _ hc _ fc _ sc _ tc _ <<< "$row"
        printf '%7s %9s s %12s s %9s s %8s %12s s %8s %15s %14s s %8s\n' "$n" "$(seconds "$pc")" "$(seconds "$hc")" \
            "$(seconds "$fc")" "$(ratio "$fc" "$hc")" "$(seconds "$sc")" "$(ratio "$sc" "$hc")" "$(ratio "$pc" "$fc")" \
            "$(seconds "$tc")" "$(ratio "$tc" "$hc")"
    done
fi

# ---------------------------------------------------------------------------------------------
# Generated lines per pair, by what a pair holds and by kind of file: a model of $line_pairs pairs
# of each kind (a one-to-many; a many-to-many in memory; a many-to-many with a secondary table), relate
# run on it with -proc:only, and its files counted by count_lines and divided by the pairs; beside
# them, the lines of the hand-written helpers of the same pairs (helper_lines). No time is taken.

[[ -n "$line_counts" ]] || exit 0
line_pairs=10
kind_name() {
    case "$1" in
        o2m) echo "one-to-many" ;;
        m2m) echo "many-to-many" ;;
        m2m-table) echo "many-to-many, table" ;;
    esac
}
echo
echo "generated lines per pair, by what the pair holds and by kind of file ($line_pairs pairs of each; relate's lines / $line_pairs):"
printf '  %-20s %-22s %6s %7s %8s %6s %7s %7s %6s\n' "pair" "file kind" "files" "lines" "javadoc" "blank" "header" "nested" "code"
for kind in o2m m2m m2m-table; do
    d="$work/lines/$kind"
    write_model "$d/model" "$line_pairs" annotated "$kind"
    write_model "$d/hand" "$line_pairs" hand "$kind"
    sources "$d/model.txt" "$d/model"
    rm -rf "$d/generated" "$d/classes" && mkdir -p "$d/generated" "$d/classes"
    time_javac "${common[@]}" -proc:only -processorpath "$processorpath" -cp "$classpath" \
        -s "$d/generated" -d "$d/classes" "@$d/model.txt" > /dev/null
    for file_kind in "all .java" "Relations.java" "Table.java" "other .java" "diagrams (.mmd)"; do
        files=()
        case "$file_kind" in
            "all .java") mapfile -t files < <(find "$d/generated" -name '*.java' | sort) ;;
            "Relations.java") mapfile -t files < <(find "$d/generated" -name '*Relations.java' | sort) ;;
            "Table.java") mapfile -t files < <(find "$d/generated" -name '*Table.java' | sort) ;;
            "other .java") mapfile -t files < <(find "$d/generated" -name '*.java' ! -name '*Relations.java' \
                ! -name '*Table.java' | sort) ;;
            "diagrams (.mmd)") mapfile -t files < <(find "$d/generated" "$d/classes" -name '*.mmd' | sort) ;;
        esac
        if [[ "$file_kind" != "all .java" && ${#files[@]} -eq 0 ]]; then
            continue
        fi
        if [[ "$file_kind" == "all .java" && ${#files[@]} -eq 0 ]]; then
            echo "relate generated nothing for the $(kind_name "$kind") pairs; see $work/javac.log" >&2
            exit 1
        fi
        read -r total doc blank header nested code <<< "$(count_lines "${files[@]}")"
        printf '  %-20s %-22s %6s %7s %8s %6s %7s %7s %6s\n' "$(kind_name "$kind")" "$file_kind" \
            "$(tenths "${#files[@]}" "$line_pairs")" "$(tenths "$total" "$line_pairs")" \
            "$(tenths "$doc" "$line_pairs")" "$(tenths "$blank" "$line_pairs")" \
            "$(tenths "$header" "$line_pairs")" "$(tenths "$nested" "$line_pairs")" \
            "$(tenths "$code" "$line_pairs")"
    done
    mapfile -t files < <(find "$d/hand" -name '*.java' | sort)
    printf '  %-20s %-22s %6s %7s\n' "$(kind_name "$kind")" "hand-written helpers" "-" \
        "$(tenths "$(helper_lines "${files[@]}")" "$line_pairs")"
done
