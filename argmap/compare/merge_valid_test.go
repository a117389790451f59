package compare

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// Each merge below made a map that Argmap then refused (issue 19, item 11);
// now the merged map passes Validate and CheckLimits, and the conflict is
// reported.
func TestMergeAlwaysValid(t *testing.T) {
	t.Parallel()
	long := func(c byte) string { return strings.Repeat(string(c), argmap.MaxText) }
	tests := []struct {
		name  string
		ours  func(m *argmap.Map, n map[string]argmap.ID)
		their func(m *argmap.Map, n map[string]argmap.ID)
		field string // the conflict expected
		check func(t *testing.T, m *argmap.Map, n map[string]argmap.ID)
	}{
		{"a claim and an argument with one ID",
			func(m *argmap.Map, n map[string]argmap.ID) {
				m.Claims = append(m.Claims, &argmap.Claim{ID: n["X"], Text: "ours' new claim"})
			},
			func(m *argmap.Map, n map[string]argmap.ID) {
				m.Arguments = append(m.Arguments, &argmap.Argument{ID: n["X"], Premises: []argmap.ID{n["o"]}, Target: n["r1"], Polarity: argmap.Con})
			},
			"id",
			func(t *testing.T, m *argmap.Map, n map[string]argmap.ID) {
				if m.Claim(n["X"]) == nil || len(m.Arguments) != 3 {
					t.Errorf("ours' claim and theirs' argument must both stay: %d arguments", len(m.Arguments))
				}
			}},
		{"a conflict on a text of the longest length",
			func(m *argmap.Map, n map[string]argmap.ID) { m.Claim(n["r1"]).Text = long('o') },
			func(m *argmap.Map, n map[string]argmap.ID) { m.Claim(n["r1"]).Text = long('t') },
			"text",
			func(t *testing.T, m *argmap.Map, n map[string]argmap.ID) {
				if m.Claim(n["r1"]).Text != long('o') {
					t.Error("ours' text must be kept")
				}
				cs := Conflicts(m)
				if len(cs) != 1 {
					t.Fatalf("want one conflict mark, got %d", len(cs))
				}
				if _, err := Resolve(m, cs[0], true); err == nil {
					t.Error("taking theirs from a mark that could not hold it must be refused")
				}
			}},
		{"a clean merge that concludes its own premise",
			func(m *argmap.Map, n map[string]argmap.ID) {
				m.Argument(n["B"]).Premises = append(m.Argument(n["B"]).Premises, n["r1"])
			},
			func(m *argmap.Map, n map[string]argmap.ID) { m.Argument(n["B"]).Target = n["r1"] },
			"target",
			func(t *testing.T, m *argmap.Map, n map[string]argmap.ID) {
				if b := m.Argument(n["B"]); b.Target != n["thesis"] || len(b.Premises) != 2 {
					t.Errorf("ours' inference must be kept whole: %v", b)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, n := base(t)
			n["X"] = argmap.NewID()
			ours, theirs := b.Clone(), b.Clone()
			tc.ours(ours, n)
			tc.their(theirs, n)
			ours.Reindex()
			theirs.Reindex()
			for _, side := range []*argmap.Map{ours, theirs} {
				if ps := argmap.Validate(side); ps.HasErrors() {
					t.Fatalf("each side must be valid: %v", ps.Err())
				}
			}
			m, cs := Merge(b, ours, theirs)
			if err := argmap.CheckLimits(m); err != nil {
				t.Fatal(err)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatal(ps.Err())
			}
			found := false
			for _, c := range cs {
				found = found || c.Field == tc.field
			}
			if !found {
				t.Fatalf("want a %s conflict, got %v", tc.field, cs)
			}
			tc.check(t, m, n)
		})
	}
}

// With no common ancestor (an empty base), both sides' claims are added; one
// ID with two texts is a conflict.
func TestMergeNoCommonAncestor(t *testing.T) {
	t.Parallel()
	ours, n := base(t)
	theirs := ours.Clone()
	theirs.Claim(n["r1"]).Text = "theirs' wording"
	extra := argmap.NewID()
	theirs.Claims = append(theirs.Claims, &argmap.Claim{ID: extra, Text: "theirs only"})
	theirs.Reindex()
	m, cs := Merge(argmap.New(""), ours, theirs)
	if m.Claim(extra) == nil || len(m.Claims) != 5 || len(m.Arguments) != 2 {
		t.Fatalf("claims %d arguments %d", len(m.Claims), len(m.Arguments))
	}
	if len(cs) != 1 || cs[0].Field != "text" {
		t.Fatalf("want one text conflict, got %v", cs)
	}
}

// Set merges of long lists (60,000 tags took 25 s) are linear; the result
// keeps ours' order, drops what theirs removed and adds what theirs added.
func TestMergeManyTags(t *testing.T) {
	t.Parallel()
	b, n := base(t)
	tags := make([]string, 60000)
	for i := range tags {
		tags[i] = "t" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i)
	}
	b.Claim(n["r1"]).Tags = tags
	ours, theirs := b.Clone(), b.Clone()
	ours.Claim(n["r1"]).Tags = append(ours.Claim(n["r1"]).Tags, "ours")
	theirs.Claim(n["r1"]).Tags = append(theirs.Claim(n["r1"]).Tags[1:], "theirs")
	m, cs := Merge(b, ours, theirs)
	got := m.Claim(n["r1"]).Tags
	if len(cs) != 0 || len(got) != 60001 || got[0] != tags[1] || got[len(got)-2] != "ours" || got[len(got)-1] != "theirs" {
		t.Fatalf("conflicts %v; %d tags, first %q, last %q", cs, len(got), got[0], got[len(got)-1])
	}
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}

// Should the merge still make a map Argmap refuses (here theirs brings a
// claim with no text, which its own file should not have held), ours is
// returned unchanged, with the reason as a conflict.
func TestMergeFallsBackToOurs(t *testing.T) {
	t.Parallel()
	b, _ := base(t)
	ours, theirs := b.Clone(), b.Clone()
	ours.Meta.Title = "ours"
	theirs.Claims = append(theirs.Claims, &argmap.Claim{ID: argmap.NewID(), Text: ""})
	theirs.Reindex()
	m, cs := Merge(b, ours, theirs)
	if m.Meta.Title != "ours" || len(m.Claims) != len(ours.Claims) {
		t.Fatalf("want ours unchanged, got %q with %d claims", m.Meta.Title, len(m.Claims))
	}
	if len(cs) == 0 || cs[len(cs)-1].Field != "invalid" || !strings.Contains(cs[len(cs)-1].Message, "empty text") {
		t.Fatalf("conflicts %v", cs)
	}
}
