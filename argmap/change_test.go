package argmap_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// aspects prints what each aspect of a map is made of, item by item, so
// that a test can see which aspects and which items an edit changed.
func aspects(m *argmap.Map) map[argmap.Aspect]map[string]string {
	out := map[argmap.Aspect]map[string]string{
		argmap.Logic: {}, argmap.Content: {}, argmap.Geometry: {}, argmap.Document: {}, argmap.Structure: {},
	}
	// The structure: the graph's shape item by item, and the roles derived
	// from it (a role may change on items the edit did not name).
	for id, r := range m.Roles() {
		out[argmap.Structure]["role "+id.String()] = string(r)
	}
	for _, c := range m.Claims {
		k := c.ID.String()
		out[argmap.Structure][k] = fmt.Sprint(c.Proposal != nil)
		out[argmap.Logic][k] = string(c.Assessment)
		out[argmap.Content][k] = fmt.Sprintf("%q %+v %+v", c.Text, c.Anchor, c.Annotations)
		out[argmap.Geometry][k] = fmt.Sprintf("%v %v", c.Pos, c.Pinned)
	}
	for _, a := range m.Arguments {
		k := a.ID.String()
		out[argmap.Structure][k] = fmt.Sprintf("%v %v %s %v", a.Premises, a.Target, a.Polarity, a.Proposal != nil)
		out[argmap.Logic][k] = fmt.Sprintf("%v %v %s %s", a.Premises, a.Target, a.Polarity, a.Scheme)
		out[argmap.Content][k] = fmt.Sprintf("%+v", a.Annotations)
	}
	for _, ch := range m.Challenges {
		out[argmap.Logic][ch.ID.String()] = fmt.Sprintf("%+v", *ch)
	}
	out[argmap.Document]["meta"] = fmt.Sprintf("%+v", m.Meta)
	for _, s := range m.Sources {
		out[argmap.Document][s.ID.String()] = fmt.Sprintf("%+v", *s)
	}
	return out
}

// checkScope returns what a change left out: an aspect or an item that
// differs between before and after; nil when nothing.
func checkScope(what string, c argmap.Change, before, after map[argmap.Aspect]map[string]string) error {
	names := map[argmap.Aspect]string{argmap.Logic: "logic", argmap.Content: "content", argmap.Geometry: "geometry",
		argmap.Document: "document", argmap.Structure: "structure"}
	for a, b := range before {
		x := after[a]
		var diff []string
		for k, v := range b {
			if w, ok := x[k]; !ok || w != v {
				diff = append(diff, k)
			}
		}
		for k := range x {
			if _, ok := b[k]; !ok {
				diff = append(diff, k)
			}
		}
		if len(diff) == 0 {
			continue
		}
		slices.Sort(diff)
		if !c.Has(a) {
			return fmt.Errorf("%s changed the %s of %s, but its scope %+v leaves it out", what, names[a], strings.Join(diff, ", "), c)
		}
		if a == argmap.Structure && !c.Has(argmap.Logic) {
			return fmt.Errorf("%s reports structure without logic: %+v", what, c)
		}
		// Roles are recomputed as a whole: the IDs need not name every
		// item whose structure or role changed (the logic names the edited ones).
		if c.IDs == nil || a == argmap.Document || a == argmap.Structure {
			continue
		}
		for _, k := range diff {
			if !slices.ContainsFunc(c.IDs, func(id argmap.ID) bool { return id.String() == k }) {
				return fmt.Errorf("%s changed the %s of %s, but its scope names only %v", what, names[a], k, c.IDs)
			}
		}
	}
	return nil
}

// TestChangeScopeIsSound: for random edits, undos and redos, whatever
// aspect of whatever item differs afterwards is in the Change the history
// reports. (Consumers skip work on that promise: the editor evaluates
// again only when the logic changed, and redraws one card when only its
// content did.)
func TestChangeScopeIsSound(t *testing.T) {
	t.Parallel()
	for seed := range 30 {
		r := rand.New(rand.NewPCG(uint64(seed), 3))
		ids := argmap.DeterministicIDs(fmt.Sprint("scope", seed))
		m := gen.Tree(25, int64(seed))
		h := argmap.NewHistory(m)
		var got argmap.Change
		calls := 0
		h.OnChange = func(c argmap.Change) { got = c; calls++ }
		for step := range 80 {
			before := aspects(m)
			calls = 0
			what := ""
			switch r.IntN(6) {
			case 0:
				what = "undo"
				h.Undo()
			case 1:
				what = "redo"
				h.Redo()
			default:
				e := randomEdit(r, m, ids)
				what = e.Label()
				_ = h.Do(e)
			}
			if calls == 0 {
				continue // nothing applied
			}
			if err := checkScope(fmt.Sprintf("seed %d step %d: %s", seed, step, what), got, before, aspects(m)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// underReported is an edit that changes the structure but says it changed
// only the logic of its item: what TestChangeScopeIsSound must catch.
type underReported struct {
	argmap.Edit
	id argmap.ID
}

func (e underReported) Scope() argmap.Change {
	return argmap.Change{Aspects: argmap.Logic, IDs: []argmap.ID{e.id}}
}

// TestCheckScopeCatchesUnreportedStructure: the soundness check fails an
// edit that changes premises, targets or polarities without reporting
// Structure (consumers would keep stale roles), and passes the same edits
// as the history reports them.
func TestCheckScopeCatchesUnreportedStructure(t *testing.T) {
	t.Parallel()
	m := gen.Tree(12, 2)
	a := m.Arguments[len(m.Arguments)-1]
	other := m.Claims[0].ID
	flip := argmap.Con
	if a.Polarity == argmap.Con {
		flip = argmap.Pro
	}
	for _, tc := range []struct {
		name string
		edit argmap.Edit
	}{
		{"polarity", argmap.SetPolarity(a.ID, flip)},
		{"target", argmap.SetTarget(a.ID, other)},
		{"premise", argmap.AddPremise(a.ID, other)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, under := range []bool{false, true} {
				m := m.Clone()
				h := argmap.NewHistory(m)
				var got argmap.Change
				h.OnChange = func(c argmap.Change) { got = c }
				e := tc.edit
				if under {
					e = underReported{Edit: tc.edit, id: a.ID}
				}
				before := aspects(m)
				if err := h.Do(e); err != nil {
					t.Fatal(err)
				}
				err := checkScope(tc.name, got, before, aspects(m))
				switch {
				case under && (err == nil || !strings.Contains(err.Error(), "structure")):
					t.Errorf("an edit reporting %+v passed the check, or failed it for another reason: %v", got, err)
				case !under && err != nil:
					t.Error(err)
				}
				h.Undo()
			}
		})
	}
}

// TestChangeScopes pins the scope of each kind of edit: what consumers
// may skip.
func TestChangeScopes(t *testing.T) {
	t.Parallel()
	m := gen.Tree(5, 1)
	c, a := m.Claims[1], m.Arguments[0]
	ids := argmap.DeterministicIDs("scopes")
	for _, tc := range []struct {
		name string
		edit argmap.Edit
		want argmap.Aspect
		one  bool // the scope names exactly the edited item
	}{
		{"text", argmap.SetText(c.ID, "new text"), argmap.Content, true},
		{"tag", argmap.AddTag(m, c.ID, "t"), argmap.Content, true},
		{"colour of an argument", argmap.SetColor(m, a.ID, "#00ff00"), argmap.Content, true},
		{"assessment", argmap.Assess(c.ID, argmap.Rejected), argmap.Logic, true},
		{"scheme", argmap.SetScheme(a.ID, "expert-opinion"), argmap.Logic, true},
		{"move", argmap.Move([]argmap.ID{c.ID}, []argmap.Point{{X: 5, Y: 5}}, false), argmap.Geometry, true},
		{"pin", argmap.SetPinned([]argmap.ID{c.ID}, true), argmap.Geometry, true},
		{"polarity", argmap.SetPolarity(a.ID, argmap.Con), argmap.Structure | argmap.Logic, true},
		{"details", argmap.SetMeta(argmap.Meta{Title: "T"}), argmap.Document, false},
		{"add claim", argmap.AddClaim(&argmap.Claim{ID: ids(), Text: "x"}), argmap.Structure | argmap.Logic | argmap.Content | argmap.Geometry, true},
		{"delete", argmap.Remove(c.ID), argmap.Everything, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := argmap.NewHistory(m)
			var got argmap.Change
			h.OnChange = func(c argmap.Change) { got = c }
			if err := h.Do(tc.edit); err != nil {
				t.Fatal(err)
			}
			if got.Aspects != tc.want {
				t.Errorf("aspects %b, want %b", got.Aspects, tc.want)
			}
			if tc.one && len(got.IDs) != 1 {
				t.Errorf("IDs %v, want the one edited item", got.IDs)
			}
			var undone argmap.Change
			h.OnChange = func(c argmap.Change) { undone = c }
			h.Undo()
			if undone.Aspects != got.Aspects {
				t.Errorf("undo reports %b, the edit %b", undone.Aspects, got.Aspects)
			}
		})
	}
}
