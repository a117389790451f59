package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Matching pairs the claims of map A with those of map B.
type Matching struct {
	AtoB map[argmap.ID]argmap.ID
	BtoA map[argmap.ID]argmap.ID
	// ByText counts the pairs found by text similarity rather than by ID.
	ByText int
}

// Match pairs claims by ID first (maps that share ancestry), then the rest
// by text similarity (maps built apart), best pairs first.
func Match(a, b *argmap.Map) Matching {
	mt := Matching{AtoB: map[argmap.ID]argmap.ID{}, BtoA: map[argmap.ID]argmap.ID{}}
	var restA, restB []*argmap.Claim
	for _, c := range a.Claims {
		if b.Claim(c.ID) != nil {
			mt.AtoB[c.ID], mt.BtoA[c.ID] = c.ID, c.ID
		} else {
			restA = append(restA, c)
		}
	}
	for _, c := range b.Claims {
		if _, ok := mt.BtoA[c.ID]; !ok {
			restB = append(restB, c)
		}
	}
	if len(restA) == 0 || len(restB) == 0 {
		return mt
	}
	pb := make([]profile, len(restB))
	for j, c := range restB {
		pb[j] = newProfile(c.Text)
	}
	var ps []pair
	for i, c := range restA {
		pa := newProfile(c.Text)
		for j := range restB {
			if s := similarity(pa, pb[j]); s >= Threshold {
				ps = append(ps, pair{i, j, s})
			}
		}
	}
	for i, j := range greedy(ps, Threshold) {
		mt.AtoB[restA[i].ID], mt.BtoA[restB[j].ID] = restB[j].ID, restA[i].ID
		mt.ByText++
	}
	return mt
}

// Change is one difference between two maps.
type Change struct {
	Op   byte   // '+' added in B, '-' removed from A, '~' changed
	Kind string // "claim" or "argument"
	A, B argmap.ID
	Text string // a readable line describing it
}

// Diff lists what B adds, removes and changes relative to A, claims first,
// then arguments (matched by their mapped premises, target and polarity).
func Diff(a, b *argmap.Map) []Change {
	mt := Match(a, b)
	var out []Change
	for _, c := range a.Claims {
		id, ok := mt.AtoB[c.ID]
		if !ok {
			out = append(out, Change{Op: '-', Kind: "claim", A: c.ID, Text: fmt.Sprintf("claim %q", c.Text)})
			continue
		}
		if d := claimChanges(c, b.Claim(id)); d != "" {
			out = append(out, Change{Op: '~', Kind: "claim", A: c.ID, B: id, Text: fmt.Sprintf("claim %q: %s", c.Text, d)})
		}
	}
	for _, c := range b.Claims {
		if _, ok := mt.BtoA[c.ID]; !ok {
			out = append(out, Change{Op: '+', Kind: "claim", B: c.ID, Text: fmt.Sprintf("claim %q", c.Text)})
		}
	}
	am := matchArguments(a, b, mt)
	used := map[argmap.ID]bool{}
	for _, x := range a.Arguments {
		y, ok := am[x.ID]
		if !ok {
			out = append(out, Change{Op: '-', Kind: "argument", A: x.ID, Text: "argument " + describe(a, x)})
			continue
		}
		used[y] = true
		if d := argumentChanges(x, b.Argument(y)); d != "" {
			out = append(out, Change{Op: '~', Kind: "argument", A: x.ID, B: y, Text: "argument " + describe(a, x) + ": " + d})
		}
	}
	for _, y := range b.Arguments {
		if !used[y.ID] {
			out = append(out, Change{Op: '+', Kind: "argument", B: y.ID, Text: "argument " + describe(b, y)})
		}
	}
	return out
}

// String is the change as a line of `argmap diff`.
func (c Change) String() string { return string(c.Op) + " " + c.Text }

// matchArguments pairs arguments by ID, then by structure: same polarity,
// target matched and premise sets matched.
func matchArguments(a, b *argmap.Map, mt Matching) map[argmap.ID]argmap.ID {
	out := map[argmap.ID]argmap.ID{}
	taken := map[argmap.ID]bool{}
	for _, x := range a.Arguments {
		if b.Argument(x.ID) != nil {
			out[x.ID] = x.ID
			taken[x.ID] = true
		}
	}
	key := func(m *argmap.Map, x *argmap.Argument, mapID func(argmap.ID) argmap.ID) string {
		ps := make([]string, len(x.Premises))
		for i, p := range x.Premises {
			ps[i] = mapID(p).String()
		}
		slices.Sort(ps)
		return string(x.Polarity) + ">" + mapID(x.Target).String() + "<" + strings.Join(ps, ",")
	}
	ident := func(id argmap.ID) argmap.ID { return id }
	// Arguments as targets (undercutters) map through the argument pairing
	// found so far; claims through the claim matching.
	mapA := func(id argmap.ID) argmap.ID {
		if y, ok := mt.AtoB[id]; ok {
			return y
		}
		if y, ok := out[id]; ok {
			return y
		}
		return argmap.NilID
	}
	byKey := map[string][]argmap.ID{}
	for _, y := range b.Arguments {
		if !taken[y.ID] {
			k := key(b, y, ident)
			byKey[k] = append(byKey[k], y.ID)
		}
	}
	for _, x := range a.Arguments {
		if _, ok := out[x.ID]; ok {
			continue
		}
		k := key(a, x, mapA)
		if ys := byKey[k]; len(ys) > 0 {
			out[x.ID] = ys[0]
			byKey[k] = ys[1:]
		}
	}
	return out
}

func claimChanges(x, y *argmap.Claim) string {
	var d []string
	if x.Text != y.Text {
		d = append(d, fmt.Sprintf("text → %q", y.Text))
	}
	if x.Assessment != y.Assessment {
		d = append(d, fmt.Sprintf("assessment %s → %s", or(string(x.Assessment), "none"), or(string(y.Assessment), "none")))
	}
	if !slices.Equal(x.Tags, y.Tags) {
		d = append(d, fmt.Sprintf("tags [%s] → [%s]", strings.Join(x.Tags, " "), strings.Join(y.Tags, " ")))
	}
	if len(x.Comments) != len(y.Comments) {
		d = append(d, fmt.Sprintf("%d → %d comments", len(x.Comments), len(y.Comments)))
	}
	if x.Color != y.Color {
		d = append(d, fmt.Sprintf("colour %s → %s", or(x.Color, "default"), or(y.Color, "default")))
	}
	return strings.Join(d, "; ")
}

func argumentChanges(x, y *argmap.Argument) string {
	var d []string
	if x.Scheme != y.Scheme {
		d = append(d, fmt.Sprintf("scheme %s → %s", or(x.Scheme, "none"), or(y.Scheme, "none")))
	}
	if len(x.Comments) != len(y.Comments) {
		d = append(d, fmt.Sprintf("%d → %d comments", len(x.Comments), len(y.Comments)))
	}
	return strings.Join(d, "; ")
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// describe renders an argument as `pro: "p1" + "p2" → "target"`.
func describe(m *argmap.Map, a *argmap.Argument) string {
	ps := make([]string, len(a.Premises))
	for i, p := range a.Premises {
		ps[i] = quoteText(m, p)
	}
	return fmt.Sprintf("%s: %s → %s", a.Polarity, strings.Join(ps, " + "), quoteText(m, a.Target))
}

func quoteText(m *argmap.Map, id argmap.ID) string {
	if c := m.Claim(id); c != nil {
		return fmt.Sprintf("%q", clip(c.Text))
	}
	if a := m.Argument(id); a != nil {
		return "(the inference " + describe(m, a) + ")"
	}
	return id.String()[:8]
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 50 {
		return s
	}
	return string(r[:49]) + "…"
}
