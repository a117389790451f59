package layout

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"pgregory.net/rapid"
)

// small builds a map from claims named by text and arguments written as
// "premise,premise>target" (pro) or "premise!target" (con); a target "@N"
// is the N-th argument (an undercutter).
func small(t testing.TB, claims []string, args []string) *argmap.Map {
	t.Helper()
	ids := argmap.DeterministicIDs("small")
	m := argmap.New("small")
	byText := map[string]argmap.ID{}
	for _, c := range claims {
		id := ids()
		byText[c] = id
		m.Claims = append(m.Claims, &argmap.Claim{ID: id, Text: c})
	}
	for _, spec := range args {
		pol, sep := argmap.Pro, ">"
		if i := indexOf(spec, "!"); i >= 0 {
			pol, sep = argmap.Con, "!"
		}
		i := indexOf(spec, sep)
		a := &argmap.Argument{ID: ids(), Polarity: pol}
		for _, p := range splitComma(spec[:i]) {
			a.Premises = append(a.Premises, byText[p])
		}
		if tgt := spec[i+1:]; tgt[0] == '@' {
			a.Target = m.Arguments[int(tgt[1]-'0')].ID
		} else {
			a.Target = byText[tgt]
		}
		m.Arguments = append(m.Arguments, a)
	}
	m.Reindex()
	return m
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// row returns the claims laid out on the same row as id, left to right.
func row(m *argmap.Map, pos map[argmap.ID]argmap.Point, text string) []string {
	var y float64
	for _, c := range m.Claims {
		if c.Text == text {
			y = pos[c.ID].Y
		}
	}
	type item struct {
		x    float64
		text string
	}
	var items []item
	for _, c := range m.Claims {
		if pos[c.ID].Y == y {
			items = append(items, item{pos[c.ID].X, c.Text})
		}
	}
	for i := range items { // insertion sort: tiny rows
		for j := i; j > 0 && items[j].x < items[j-1].x; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.text
	}
	return out
}

func TestRolesPlaced(t *testing.T) {
	t.Parallel()
	// R is supported by the linked pair A+B and by C; D objects to R; U
	// undercuts the inference A+B → R; E supports C.
	m := small(t, []string{"R", "C", "D", "A", "B", "U", "E"},
		[]string{"A,B>R", "C>R", "D!R", "U!@0", "E>C"})
	pos := Layout(m, nil, Options{})
	got := row(m, pos, "A")
	want := []string{"A", "B", "U", "C", "D"}
	if len(got) != len(want) {
		t.Fatalf("row of A = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("row of A = %v, want %v (co-premises together, the undercutter beside them, the objection after the reasons)", got, want)
		}
	}
	if r := row(m, pos, "R"); len(r) != 1 {
		t.Errorf("top row = %v, want only R", r)
	}
	if e, c := pos[m.Claims[6].ID], pos[m.Claims[1].ID]; e.Y <= c.Y || e.X != c.X {
		t.Errorf("E at %v should be straight below C at %v", e, c)
	}
}

func TestAttackCycleKeepsRanks(t *testing.T) {
	t.Parallel()
	// X and Y attack each other; both hang below R.
	m := small(t, []string{"R", "A", "X", "Y"}, []string{"A>R", "X!R", "Y!A", "X!Y", "Y!X"})
	pos := Layout(m, nil, Options{})
	r, x := pos[m.Claims[0].ID], pos[m.Claims[2].ID]
	if x.Y <= r.Y {
		t.Errorf("objection X at %v not below R at %v", x, r)
	}
	if bad := overlaps(m, pos, EstimateSize(m)); len(bad) > 0 {
		t.Error(bad)
	}
}

func TestPlaceNewMovesNobodyOverlapsNobody(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Tree(rapid.IntRange(1, 120).Draw(t, "n"), rapid.Int64Range(0, 1000).Draw(t, "seed"))
		pinSome(m, rapid.SampledFrom([]int{0, 3}).Draw(t, "pin"), 3000)
		if err := Tidy(m, nil, Options{}).Apply(m); err != nil {
			t.Fatal(err)
		}
		before := positions(m)
		ids := argmap.DeterministicIDs("new")
		c := &argmap.Claim{ID: ids(), Text: "a new reason with a few words in it"}
		target := m.Claims[rapid.IntRange(0, len(m.Claims)-1).Draw(t, "target")]
		if err := argmap.AddClaim(c).Apply(m); err != nil {
			t.Fatal(err)
		}
		if err := argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: target.ID, Polarity: argmap.Pro}).Apply(m); err != nil {
			t.Fatal(err)
		}
		c.Pos = PlaceNew(m, c.ID, nil)
		for _, o := range m.Claims {
			if o != c && o.Pos != before[o.ID] {
				t.Fatalf("%q moved", o.Text)
			}
		}
		if bad := overlaps(m, positions(m), EstimateSize(m)); len(bad) > 0 {
			t.Fatalf("the new card overlaps: %v", bad)
		}
		if c.Pos.Y <= target.Pos.Y {
			t.Fatalf("new premise at %v is not below its conclusion at %v", c.Pos, target.Pos)
		}
	})
}

func TestPlaceNewNextToNeighbours(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"R", "A", "B"}, []string{"A>R"})
	if err := Tidy(m, nil, Options{}).Apply(m); err != nil {
		t.Fatal(err)
	}
	// B becomes a second reason for R: it goes right of A, on A's row.
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.DeterministicIDs("x")(), Premises: []argmap.ID{m.Claims[2].ID}, Target: m.Claims[0].ID, Polarity: argmap.Pro})
	m.Reindex()
	a := m.Claims[1].Pos
	b := PlaceNew(m, m.Claims[2].ID, nil)
	if b.Y != a.Y || b.X <= a.X || b.X-a.X > 400 {
		t.Errorf("B placed at %v, want just right of A at %v", b, a)
	}
	// A lone claim goes right of the map, at the top.
	lone := &argmap.Claim{ID: argmap.DeterministicIDs("y")(), Text: "lone"}
	m.Claims = append(m.Claims, lone)
	m.Reindex()
	p := PlaceNew(m, lone.ID, nil)
	if p.X <= a.X {
		t.Errorf("a lone claim placed at %v, want right of the map", p)
	}
}

func TestTidySelection(t *testing.T) {
	t.Parallel()
	m := gen.Tree(200, 5)
	if err := Tidy(m, nil, Options{}).Apply(m); err != nil {
		t.Fatal(err)
	}
	// Scramble a subtree-ish selection, then tidy just it.
	var sel []argmap.ID
	for i, c := range m.Claims {
		if i >= 20 && i < 60 {
			sel = append(sel, c.ID)
			c.Pos = argmap.Point{X: float64(i%7) * 50, Y: float64(i%5) * 40}
		}
	}
	before := positions(m)
	if err := TidySelection(m, sel, nil, Options{}).Apply(m); err != nil {
		t.Fatal(err)
	}
	in := map[argmap.ID]bool{}
	for _, id := range sel {
		in[id] = true
	}
	for _, c := range m.Claims {
		if !in[c.ID] && c.Pos != before[c.ID] {
			t.Fatalf("%q is not selected but moved", c.Text)
		}
	}
	if bad := overlaps(m, positions(m), EstimateSize(m)); len(bad) > 0 {
		t.Fatalf("overlaps after TidySelection: %v", bad[:1])
	}
}
