package argmap

import (
	"slices"
	"testing"
)

// navMap is a small map: a root with two reasons (r2 also has a reason of
// its own), an objection to the root, an undercutter of the first reason's
// argument, and an unrelated claim.
//
//	root ← r1 (a1, pro)      ← u  (a4, con, on argument a1)
//	root ← r2 (a2, pro) ← r3 (a3, pro)
//	root ← o  (a5, con)
//	lone
func navMap(t *testing.T) (*Map, map[string]ID) {
	t.Helper()
	ids := DeterministicIDs("nav")
	n := map[string]ID{}
	m := New("nav")
	for _, name := range []string{"root", "r1", "r2", "r3", "u", "o", "lone"} {
		n[name] = ids()
		m.Claims = append(m.Claims, &Claim{ID: n[name], Text: "Claim " + name})
	}
	arg := func(name, prem string, target ID, pol Polarity) {
		n[name] = ids()
		m.Arguments = append(m.Arguments, &Argument{ID: n[name], Premises: []ID{n[prem]}, Target: target, Polarity: pol})
	}
	arg("a1", "r1", n["root"], Pro)
	arg("a2", "r2", n["root"], Pro)
	arg("a3", "r3", n["r2"], Pro)
	arg("a4", "u", n["a1"], Con)
	arg("a5", "o", n["root"], Con)
	m.Claims[2].Comments = []Comment{{Text: "Needs a SOURCE"}}
	m.Claims[5].Tags = []string{"économie"}
	m.Reindex()
	if ps := Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	return m, n
}

func names(n map[string]ID, set map[ID]bool) []string {
	var out []string
	for name, id := range n {
		if set[id] {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

func TestNeighbourhood(t *testing.T) {
	t.Parallel()
	m, n := navMap(t)
	for _, tc := range []struct {
		from  string
		steps int
		want  []string
	}{
		{"r3", 0, []string{"r3"}},
		{"r3", 1, []string{"a3", "r2", "r3"}},
		{"r3", 2, []string{"a2", "a3", "r2", "r3", "root"}},
		{"r3", 3, []string{"a1", "a2", "a3", "a5", "o", "r1", "r2", "r3", "root"}},
		{"r1", 1, []string{"a1", "r1", "root"}},
		{"r1", 2, []string{"a1", "a2", "a4", "a5", "o", "r1", "r2", "root", "u"}},
		{"a1", 0, []string{"a1", "r1", "root"}},
		{"lone", 5, []string{"lone"}},
		{"root", -1, []string{"root"}},
	} {
		got := names(n, Neighbourhood(m, n[tc.from], tc.steps))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Neighbourhood(%s, %d) = %v, want %v", tc.from, tc.steps, got, tc.want)
		}
	}
	if got := Neighbourhood(m, NilID, 3); len(got) != 0 {
		t.Errorf("Neighbourhood of an unknown ID = %v, want empty", got)
	}
}

func TestBranch(t *testing.T) {
	t.Parallel()
	m, n := navMap(t)
	set := func(ids []ID) map[ID]bool {
		s := map[ID]bool{}
		for _, id := range ids {
			s[id] = true
		}
		return s
	}
	for _, tc := range []struct {
		from string
		want []string
	}{
		{"root", []string{"a1", "a2", "a3", "a4", "a5", "o", "r1", "r2", "r3", "u"}},
		{"r2", []string{"a3", "r3"}},
		{"r3", nil},
		{"a1", []string{"a4", "u"}},
	} {
		got := names(n, set(Branch(m, n[tc.from])))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Branch(%s) = %v, want %v", tc.from, got, tc.want)
		}
	}
	// A cycle back to the claim stops there: r3 is objected to by root,
	// whose branch holds r2 again.
	m.Arguments = append(m.Arguments, &Argument{ID: DeterministicIDs("cyc")(), Premises: []ID{n["root"]}, Target: n["r3"], Polarity: Con})
	m.Reindex()
	if got := names(n, set(Branch(m, n["r2"]))); !slices.Equal(got, []string{"a1", "a2", "a3", "a4", "a5", "o", "r1", "r3", "root", "u"}) {
		t.Errorf("Branch(r2) with a cycle = %v", got)
	}
}

func TestSearch(t *testing.T) {
	t.Parallel()
	m, n := navMap(t)
	m.Arguments[0].Scheme = "expert-opinion"
	for _, tc := range []struct {
		q      string
		want   []string
		fields []string
	}{
		{"claim r", []string{"root", "r1", "r2", "r3"}, []string{"text", "text", "text", "text"}},
		{"CLAIM R1", []string{"r1"}, []string{"text"}},
		{"source", []string{"r2"}, []string{"comment"}},
		{"ÉCONOMIE", []string{"o"}, []string{"tag"}},
		{"expert", []string{"a1"}, []string{"scheme"}},
		{"   ", nil, nil},
		{"nothing like it", nil, nil},
	} {
		hits := Search(m, tc.q)
		var got, fields []string
		for _, h := range hits {
			for name, id := range n {
				if id == h.ID {
					got = append(got, name)
				}
			}
			fields = append(fields, h.Field)
		}
		if !slices.Equal(got, tc.want) || !slices.Equal(fields, tc.fields) {
			t.Errorf("Search(%q) = %v %v, want %v %v", tc.q, got, fields, tc.want, tc.fields)
		}
	}
}

// TestJunctionPoints: an argument sits midway between its premises' centre
// and its target; an undercutter midway to the argument it attacks.
func TestJunctionPoints(t *testing.T) {
	t.Parallel()
	p1 := &Claim{ID: NewID(), Pos: Point{X: 0, Y: 100}}
	p2 := &Claim{ID: NewID(), Pos: Point{X: 100, Y: 100}}
	c := &Claim{ID: NewID(), Pos: Point{X: 50, Y: 0}}
	u := &Claim{ID: NewID(), Pos: Point{X: 150, Y: 50}}
	a := &Argument{ID: NewID(), Premises: []ID{p1.ID, p2.ID}, Target: c.ID, Polarity: Pro}
	// The undercutter comes first: it is placed after what it attacks.
	cut := &Argument{ID: NewID(), Premises: []ID{u.ID}, Target: a.ID, Polarity: Con}
	m := &Map{Claims: []*Claim{p1, p2, c, u}, Arguments: []*Argument{cut, a}}
	m.Reindex()
	at := JunctionPoints(m)
	for id, want := range map[ID]Point{c.ID: {X: 50, Y: 0}, a.ID: {X: 50, Y: 50}, cut.ID: {X: 100, Y: 50}} {
		if at[id] != want {
			t.Errorf("%v at %v, want %v", id, at[id], want)
		}
	}
}
