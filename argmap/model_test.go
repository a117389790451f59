package argmap_test

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// small builds: main ← (p1 + p2 linked) pro; main ← o con; o ← r con;
// u undercuts the linked argument.
func small(t *testing.T) (*argmap.Map, map[string]argmap.ID) {
	t.Helper()
	b := argmaptest.NewBuilder("small", "Small")
	n := map[string]argmap.ID{}
	for _, k := range []string{"main", "p1", "p2", "o", "r", "u", "lone"} {
		n[k] = b.Claim("claim " + k)
	}
	n["A"] = b.Pro(n["main"], n["p1"], n["p2"])
	n["B"] = b.Con(n["main"], n["o"])
	n["C"] = b.Con(n["o"], n["r"])
	n["D"] = b.Con(n["A"], n["u"])
	return b.Map(), n
}

func TestRoles(t *testing.T) {
	t.Parallel()
	m, n := small(t)
	roles := m.Roles()
	want := map[string]argmap.Role{
		"main": argmap.RoleMain, "p1": argmap.RolePremise, "p2": argmap.RolePremise,
		"o": argmap.RoleObjection, "r": argmap.RoleRebuttal, "u": argmap.RoleUndercutter,
		"lone": argmap.RoleOrphan, "A": argmap.RoleSupport, "B": argmap.RoleAttack, "D": argmap.RoleUndercutter,
	}
	for k, w := range want {
		if got := roles[n[k]]; got != w {
			t.Errorf("role of %s = %q, want %q", k, got, w)
		}
	}
}

func TestRemoveCascades(t *testing.T) {
	t.Parallel()
	tests := []struct {
		remove       string
		claims, args int
		premisesOfA  int
	}{
		{"main", 6, 1, 0}, // A, B and the undercutter D of A fall; C stays (o ← r)
		{"p1", 6, 4, 1},   // A keeps p2
		{"o", 6, 2, 2},    // B and C fall
		{"A", 7, 2, 0},    // D falls with A
		{"lone", 6, 4, 2}, // nothing hangs on it
		{"u", 6, 3, 2},    // D loses its only premise
		{"r", 6, 3, 2},    // C loses its only premise
		{"p2", 6, 4, 1},   // A keeps p1
		{"B", 7, 3, 2},    // only B
		{"C", 7, 3, 2},    // only C
		{"D", 7, 3, 2},    // only D
	}
	for _, tc := range tests {
		m, n := small(t)
		h := argmap.NewHistory(m)
		if err := h.Do(argmap.Remove(n[tc.remove])); err != nil {
			t.Fatalf("remove %s: %v", tc.remove, err)
		}
		if len(m.Claims) != tc.claims || len(m.Arguments) != tc.args {
			t.Errorf("remove %s: %d claims, %d arguments; want %d, %d", tc.remove, len(m.Claims), len(m.Arguments), tc.claims, tc.args)
		}
		if a := m.Argument(n["A"]); a != nil && len(a.Premises) != tc.premisesOfA {
			t.Errorf("remove %s: A has %d premises, want %d", tc.remove, len(a.Premises), tc.premisesOfA)
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Errorf("remove %s: invalid after: %v", tc.remove, ps.Err())
		}
		h.Undo()
		if len(m.Claims) != 7 || len(m.Arguments) != 4 || len(m.Argument(n["A"]).Premises) != 2 {
			t.Errorf("remove %s: undo did not bring all back", tc.remove)
		}
	}
}

func TestHistoryLabelsMergeAndDirty(t *testing.T) {
	t.Parallel()
	m, n := small(t)
	h := argmap.NewHistory(m)
	if h.Dirty() || h.CanUndo() {
		t.Fatal("a new history is clean and empty")
	}
	for _, text := range []string{"a", "ab", "abc"} {
		if err := h.DoMerge(argmap.SetText(n["p1"], text), "text:p1"); err != nil {
			t.Fatal(err)
		}
	}
	if h.Len() != 1 || h.UndoLabel() != "Edit Text" || !h.Dirty() {
		t.Fatalf("typing should merge into one entry: len %d label %q", h.Len(), h.UndoLabel())
	}
	h.MarkSaved()
	if h.Dirty() {
		t.Fatal("dirty right after save")
	}
	// After a save, typing starts a new entry so that undo returns to the save.
	_ = h.DoMerge(argmap.SetText(n["p1"], "abcd"), "text:p1")
	if h.Len() != 2 || !h.Dirty() {
		t.Fatalf("len %d dirty %v", h.Len(), h.Dirty())
	}
	h.Undo()
	if h.Dirty() || m.Claim(n["p1"]).Text != "abc" {
		t.Fatalf("undo to the save point: dirty %v text %q", h.Dirty(), m.Claim(n["p1"]).Text)
	}
	if h.RedoLabel() != "Edit Text" {
		t.Fatalf("redo label %q", h.RedoLabel())
	}
	// One gesture: a group becomes one entry with the group's label.
	h.Begin("Move Claims")
	_ = h.Do(argmap.Move([]argmap.ID{n["p1"]}, []argmap.Point{{X: 5}}, true))
	_ = h.Do(argmap.Move([]argmap.ID{n["p2"]}, []argmap.Point{{X: 6}}, true))
	h.End()
	if h.UndoLabel() != "Move Claims" || h.CanRedo() {
		t.Fatalf("group label %q, redo %v", h.UndoLabel(), h.CanRedo())
	}
	h.Undo()
	if m.Claim(n["p1"]).Pos.X != 0 || m.Claim(n["p2"]).Pinned {
		t.Fatal("undo of the group did not restore positions and pins")
	}
	// A failing edit leaves history and map alone.
	if err := h.Do(argmap.SetText(argmap.NewID(), "x")); err == nil {
		t.Fatal("edit of an unknown claim should fail")
	}
	if h.Len() != 1 {
		t.Fatalf("failed edit recorded: len %d", h.Len())
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(m *argmap.Map, n map[string]argmap.ID)
		want   string
		sev    argmap.Severity
	}{
		{"valid", func(*argmap.Map, map[string]argmap.ID) {}, "", argmap.SeverityError},
		{"dangling premise", func(m *argmap.Map, n map[string]argmap.ID) { m.Arguments[0].Premises[1] = argmap.NewID() },
			"map.arguments[0].premises[1]: unknown claim", argmap.SeverityError},
		{"dangling target", func(m *argmap.Map, n map[string]argmap.ID) { m.Arguments[1].Target = argmap.NewID() },
			"map.arguments[1].target: unknown claim or argument", argmap.SeverityError},
		{"duplicate ID", func(m *argmap.Map, n map[string]argmap.ID) { m.Claims[2].ID = m.Claims[1].ID },
			"map.claims[2].id: duplicate ID", argmap.SeverityError},
		{"own premise", func(m *argmap.Map, n map[string]argmap.ID) { m.Arguments[0].Premises[0] = n["main"] },
			"map.arguments[0].premises[0]: the conclusion is one of its own premises", argmap.SeverityError},
		{"empty text", func(m *argmap.Map, n map[string]argmap.ID) { m.Claims[3].Text = "  " },
			"map.claims[3].text: empty text", argmap.SeverityError},
		{"bad polarity", func(m *argmap.Map, n map[string]argmap.ID) { m.Arguments[2].Polarity = "maybe" },
			"map.arguments[2].polarity", argmap.SeverityError},
		{"no premises", func(m *argmap.Map, n map[string]argmap.ID) { m.Arguments[2].Premises = nil },
			"map.arguments[2].premises: an argument needs", argmap.SeverityError},
		{"circular", func(m *argmap.Map, n map[string]argmap.ID) {
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{n["main"]}, Target: n["p1"], Polarity: argmap.Pro})
		}, "circular reasoning", argmap.SeverityWarning},
		{"orphan", func(*argmap.Map, map[string]argmap.ID) {}, "orphan", argmap.SeverityWarning},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, n := small(t)
			tc.mutate(m, n)
			m.Reindex()
			ps := argmap.Validate(m)
			if tc.want == "" {
				if ps.HasErrors() {
					t.Fatalf("unexpected errors: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if strings.Contains(p.String(), tc.want) && p.Severity == tc.sev {
					return
				}
			}
			t.Fatalf("no %v problem %q in %v", tc.sev, tc.want, ps)
		})
	}
}
