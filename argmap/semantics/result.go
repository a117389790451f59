package semantics

import (
	"context"
	"fmt"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Result is the preferred semantics of a map, claim by claim.
type Result struct {
	// Extensions is the number of preferred extensions found.
	Extensions int
	// Complete is false when the search stopped early; then Credulous and
	// Sceptical are sound but may miss claims: a credulous claim was found
	// in an admissible set, a sceptical one is in the grounded extension.
	Complete bool
	// Nodes is the number of search nodes visited.
	Nodes int

	count    map[argmap.ID]int // in how many extensions found each claim is
	grounded map[argmap.ID]bool
}

// Preferred computes which claims of m are credulously accepted (In in some
// preferred labelling of the map) and which sceptically (In in all), by
// reducing the map to a framework (Reduce) and searching it. The search
// stops when ctx is done or opt.MaxNodes is spent, and says so in Complete.
// It reads m only while reducing it, before the search: to keep a UI live,
// run it in a goroutine on m.Clone() with a deadline.
func Preferred(ctx context.Context, m *argmap.Map, opt Options) *Result {
	r := Reduce(m)
	ext := r.Framework.Preferred(ctx, opt)
	res := &Result{
		Extensions: len(ext.Sets),
		Complete:   ext.Complete,
		Nodes:      ext.Nodes,
		count:      make(map[argmap.ID]int, len(r.Claims)),
		grounded:   make(map[argmap.ID]bool, len(ext.Grounded)),
	}
	for _, id := range r.Claims {
		res.count[id] = 0 // known claims; Label answers Unlabelled for others
	}
	for _, x := range ext.Grounded {
		if int(x) < len(r.Claims) {
			res.grounded[r.Claims[x]] = true
		}
	}
	for _, set := range ext.Sets {
		for _, x := range set {
			if int(x) < len(r.Claims) {
				res.count[r.Claims[x]]++
			}
		}
	}
	return res
}

// Credulous reports whether the claim is In in some preferred labelling.
func (r *Result) Credulous(id argmap.ID) bool { return r.count[id] > 0 || r.grounded[id] }

// Sceptical reports whether the claim is In in every preferred labelling.
func (r *Result) Sceptical(id argmap.ID) bool {
	if !r.Complete {
		return r.grounded[id]
	}
	return r.Extensions > 0 && r.count[id] == r.Extensions
}

// Label sums up a claim in the three labels of the grounded view: In when
// sceptically accepted, Undec when credulously but not sceptically
// accepted, Out when in no preferred labelling; Unlabelled for an ID that
// is no claim of the map.
func (r *Result) Label(id argmap.ID) eval.Label {
	if _, ok := r.count[id]; !ok {
		return eval.Unlabelled
	}
	switch {
	case r.Sceptical(id):
		return eval.In
	case r.Credulous(id):
		return eval.Undec
	}
	return eval.Out
}

// Reason explains Label in one line, or is "" for an unknown ID.
func (r *Result) Reason(id argmap.ID) string {
	var s string
	switch r.Label(id) {
	case eval.Unlabelled:
		return ""
	case eval.In:
		s = "IN: stands in every coherent position (sceptically accepted)"
	case eval.Undec:
		s = "UNDEC: stands in some coherent positions but not all (credulously accepted)"
		if r.Complete {
			s = fmt.Sprintf("UNDEC: stands in %d of %d coherent positions (credulously accepted)", r.count[id], r.Extensions)
		}
	default:
		s = "OUT: stands in no coherent position"
	}
	if !r.Complete {
		s += "; the search stopped early"
	}
	return s
}
