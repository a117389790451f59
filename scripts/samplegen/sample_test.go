package main

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
)

// committed is the sample map as the repository embeds it.
const committed = "../../assets/sample.argmap.json"

// TestCommittedSample checks the committed sample map: it decodes,
// validates, and keeps every promise of the sample (see checkSample).
func TestCommittedSample(t *testing.T) {
	data, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	m, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	checkSample(t, m)
}

// TestRegenerate re-runs the generator on the article and compares its
// output with the committed bytes: the sample must be reproducible, and
// must be regenerated (go run ./scripts/samplegen) when content.go changes.
func TestRegenerate(t *testing.T) {
	readArticle(t)
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := generate(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the generator's output differs from %s: run `go run ./scripts/samplegen` from the repository root", committed)
	}
}

func TestRun(t *testing.T) {
	readArticle(t)
	var out, errb bytes.Buffer
	if code := run([]string{"-article", articlePath, "-o", "-"}, &out, &errb); code != 0 {
		t.Fatalf("run = %d: %s", code, errb.String())
	}
	want, _ := os.ReadFile(committed)
	if !bytes.Equal(out.Bytes(), want) {
		t.Error("run -o - wrote something other than the committed sample")
	}
	for _, args := range [][]string{{"extra"}, {"-nosuchflag"}} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run %q = %d, want 2", args, code)
		}
	}
	if code := run([]string{"-article", "no/such/file", "-o", "-"}, &out, &errb); code != 1 {
		t.Errorf("a missing article gave %d, want 1", code)
	}
}

// decodeCommitted reads the committed sample map.
func decodeCommitted(t *testing.T) *argmap.Map {
	t.Helper()
	data, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	m, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestVerdicts states what the sample map concludes, as the coach's note
// in content.go argues it: the thesis falls because its unstated premise
// (Moscow can keep India out of the West's camp) falls to the article's own
// concession; the concessions and the documented facts stand; the hedged
// predictions that rest on the author's word fall to their questions; and
// the critic's sharpest point (India's refusal serves India) is an open
// undercutter that stands.
func TestVerdicts(t *testing.T) {
	m := decodeCommitted(t)
	l := eval.Evaluate(m)
	claim := func(key string) *argmap.Claim {
		c := m.Claim(id("claim", key))
		if c == nil {
			t.Fatalf("no claim %q in the sample", key)
		}
		return c
	}
	tests := []struct {
		key    string
		want   eval.Label
		reason string // a claim whose text the reason must quote, or ""
	}{
		{"trump-card", eval.Out, "russia-pulls"},  // the thesis falls on its unstated premise
		{"russia-pulls", eval.Out, "needs-us"},    // … which the article's own concession defeats
		{"only-concept", eval.In, ""},             // the concessions stand
		{"needs-us", eval.In, ""},                 //
		{"russia-blocks", eval.In, "nato-threat"}, // Moscow will oppose the plans: on its view of NATO
		{"india-decides", eval.Out, "overreach"},  // "every strategy" overreaches
		{"wont-join", eval.In, "avoid-conflict"},  // India likely stays out…
		{"conflation", eval.In, "autonomy"},       // … for its own sake
		{"far-fetched", eval.In, ""},              // the rivalry stands, its objection is undercut
		{"us-wants-india", eval.Out, ""},          // "personal opinion… likely"
		{"targets-china", eval.Out, ""},           // "undoubtedly"
		{"quad-pact", eval.Out, ""},               // one think tank's paper is not a plan
		{"imperialism", eval.Out, ""},             // reported or adopted? unanswered
		{"crises", eval.Out, ""},                  // unsupported
		{"split-strength", eval.In, "tied-down"},  // true, but its good side is asked about
		{"nato-threat", eval.In, ""},              // Moscow's view, reported
	}
	for _, tt := range tests {
		c := claim(tt.key)
		if got := l.Claim(c.ID); got != tt.want {
			t.Errorf("%s is %s, want %s: %s", tt.key, got, tt.want, l.Reason(c.ID))
		}
		if tt.reason != "" && !slices.Contains(l.Because(c.ID), id("claim", tt.reason)) {
			t.Errorf("%s: the reason %q does not name %q", tt.key, l.Reason(c.ID), tt.reason)
		}
	}
	// Documented facts stand: every accepted claim is IN.
	for _, c := range m.Claims {
		if c.Assessment == argmap.Accepted && l.Claim(c.ID) != eval.In {
			t.Errorf("the accepted claim %q is %s: %s", c.Text, l.Claim(c.ID), l.Reason(c.ID))
		}
	}
	if n := l.ClaimCounts().Undec; n != 0 {
		t.Errorf("%d claims undecided: the sample should decide", n)
	}
	// The conflation undercutter is there, open, and stands.
	var conflation *argmap.Challenge
	for _, ch := range m.Challenges {
		if ch.ID == id("challenge", "conflation") {
			conflation = ch
		}
	}
	switch {
	case conflation == nil:
		t.Fatal("no conflation challenge")
	case conflation.Kind != argmap.Undercut || conflation.Status != argmap.Open:
		t.Errorf("the conflation challenge is %s and %s, want an open undercut", conflation.Kind, conflation.Status)
	case conflation.Target != id("argument", "refusal") || conflation.Argument != id("argument", "uc-conflation"):
		t.Error("the conflation challenge does not undercut the step from India's refusal to Moscow's pull")
	}
	if !l.Applicable(id("argument", "uc-conflation")) || l.Argument(id("argument", "refusal")) != eval.Out {
		t.Errorf("the conflation undercutter does not stand, or the step it undercuts still applies")
	}
}

// TestDrawing draws the committed map as the canvas does (scene.Build, with
// monospace metrics that make cards wider-texted and taller than any real
// font) and checks the hand layout: no two cards overlap, no line passes
// behind a card it does not join, and no card sits under the bar of linked
// premises, where it would read as one of them.
func TestDrawing(t *testing.T) {
	m := decodeCommitted(t)
	s := scene.Build(m, scene.Mono, scene.DefaultOptions)
	name := map[argmap.ID]string{}
	for _, c := range claims {
		name[id("claim", c.key)] = c.key
	}
	for i, a := range s.Cards {
		for _, b := range s.Cards[i+1:] {
			if a.Box.Intersects(b.Box) {
				t.Errorf("cards %q and %q overlap", name[a.ID], name[b.ID])
			}
		}
	}
	const clearance = 6 // map units a line keeps from a card it passes
	for _, e := range s.Edges {
		own := map[argmap.ID]bool{e.Target: true}
		var prem []scene.Rect
		for _, p := range e.Premises {
			own[p] = true
			prem = append(prem, s.Card(p).Box)
		}
		for _, k := range s.Cards {
			if own[k.ID] {
				continue
			}
			for _, sg := range e.Segs {
				if segmentHitsBox(sg, k.Box.Inset(clearance)) {
					t.Errorf("a line of %s (from %q) passes behind the card %q", e.ID, name[e.Premises[0]], name[k.ID])
					break
				}
			}
			// Under a bracket: between the first and last premise, in their row.
			if e.Joined && len(prem) > 1 {
				lo, hi := prem[0].Center().X, prem[0].Center().X
				for _, b := range prem {
					lo, hi = min(lo, b.Center().X), max(hi, b.Center().X)
				}
				c := k.Box.Center()
				if c.X > lo && c.X < hi && c.Y > prem[0].Y && c.Y < prem[0].Y+prem[0].H && e.Junction.Y < prem[0].Y {
					t.Errorf("the card %q lies under the bar of %s", name[k.ID], e.ID)
				}
			}
		}
	}
}

// segmentHitsBox reports whether the segment passes through the box
// (Liang–Barsky clipping).
func segmentHitsBox(sg scene.Seg, r scene.Rect) bool {
	t0, t1 := 0.0, 1.0
	a := [2]float64{sg.A.X, sg.A.Y}
	d := [2]float64{sg.B.X - sg.A.X, sg.B.Y - sg.A.Y}
	lo := [2]float64{r.X, r.Y}
	hi := [2]float64{r.X + r.W, r.Y + r.H}
	for axis := range 2 {
		if d[axis] == 0 {
			if a[axis] < lo[axis] || a[axis] > hi[axis] {
				return false
			}
			continue
		}
		u0, u1 := (lo[axis]-a[axis])/d[axis], (hi[axis]-a[axis])/d[axis]
		if u0 > u1 {
			u0, u1 = u1, u0
		}
		t0, t1 = max(t0, u0), min(t1, u1)
		if t0 > t1 {
			return false
		}
	}
	return true
}
