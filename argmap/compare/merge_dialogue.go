package compare

import (
	"reflect"

	"github.com/argmap/argmap/argmap"
)

// dialogue merges the dialogue layer (argmap.Dialogue). It is what a
// corpus said, imported whole, and nothing edits it but the removals that
// cut its anchors, so it merges as one value: the side that changed it
// from base wins, ours when both did (with a conflict). Anchors to what
// the merged map no longer has are then cut, as a removal cuts them.
func (mg *merger) dialogue(base, ours, theirs *argmap.Map) {
	d := ours.Dialogue
	switch {
	case reflect.DeepEqual(ours.Dialogue, base.Dialogue):
		d = theirs.Dialogue
	case !reflect.DeepEqual(theirs.Dialogue, base.Dialogue) && !reflect.DeepEqual(theirs.Dialogue, ours.Dialogue):
		mg.conflict("map", argmap.NilID, "dialogue", "", "", "the dialogue changed both ways: ours kept")
	}
	mg.out.Dialogue = d.Clone().Pruned(mg.out)
}
