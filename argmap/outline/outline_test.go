package outline

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

func TestGolden(t *testing.T) {
	t.Parallel()
	for name, m := range map[string]*argmap.Map{"small": argmaptest.Small(), "unicode": argmaptest.Unicode(), "empty": argmap.New("")} {
		t.Run(name, func(t *testing.T) {
			got, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			argmaptest.Golden(t, filepath.Join("testdata", name+".md"), got)
		})
	}
}

func TestBuild(t *testing.T) {
	t.Parallel()
	o := Build(argmaptest.Small())
	if len(o.Theses) != 1 || len(o.Loose) != 0 || len(o.Open) != 1 {
		t.Fatalf("theses %d, loose %d, open %d", len(o.Theses), len(o.Loose), len(o.Open))
	}
	main := o.Theses[0]
	if len(main.Reasons) != 2 || len(main.Objections) != 2 {
		t.Fatalf("reasons %d, objections %d", len(main.Reasons), len(main.Objections))
	}
	if n := len(main.Reasons[0].Premises); n != 2 {
		t.Errorf("linked reason has %d premises", n)
	}
	if u := main.Reasons[1].Inference; len(u) != 1 || u[0].Kind != Undercut {
		t.Errorf("undercut of the expert reason: %+v", u)
	}
	parking := main.Objections[0]
	if parking.Kind != Objection || len(parking.Premises[0].Objections) != 1 || parking.Premises[0].Objections[0].Kind != Rebuttal {
		t.Errorf("objection with rebuttal: %+v", parking.Premises[0])
	}
}

func TestOrder(t *testing.T) {
	t.Parallel()
	out, _ := Encode(argmaptest.Small())
	s := string(out)
	order := []string{"## Main claim", "### Reasons", "Cycling", "Undercut", "### Objections", "Shops", "**Rebuttal:** `IN` Most shoppers", "Buses", "## Open challenges", "What about the buses?"}
	last := -1
	for _, w := range order {
		i := strings.Index(s, w)
		if i < 0 || i < last {
			t.Fatalf("%q missing or out of order in:\n%s", w, s)
		}
		last = i
	}
	if strings.Contains(s, "Census data") {
		t.Error("an answered challenge is listed as open")
	}
}

// A map with a cycle of attacks, an orphan, a shared premise: every claim
// is written, none twice in full, and the writer terminates.
func TestCyclesAndOrphans(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("outline/cycle")
	m := argmap.New("cycle")
	a := &argmap.Claim{ID: ids(), Text: "A"}
	b := &argmap.Claim{ID: ids(), Text: "B"}
	c := &argmap.Claim{ID: ids(), Text: "C"}
	d := &argmap.Claim{ID: ids(), Text: "D"}
	lone := &argmap.Claim{ID: ids(), Text: "Lone"}
	m.Claims = []*argmap.Claim{a, b, c, d, lone}
	m.Arguments = []*argmap.Argument{
		{ID: ids(), Premises: []argmap.ID{a.ID}, Target: b.ID, Polarity: argmap.Con},
		{ID: ids(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Con},
		{ID: ids(), Premises: []argmap.ID{d.ID}, Target: c.ID, Polarity: argmap.Pro},
		{ID: ids(), Premises: []argmap.ID{d.ID}, Target: a.ID, Polarity: argmap.Pro},
	}
	m.Reindex()
	out, _ := Encode(m)
	s := string(out)
	for _, w := range []string{"A", "B", "C", "D", "## Other claims\n\n- `IN` Lone", "_(discussed above)_"} {
		if !strings.Contains(s, w) {
			t.Errorf("missing %q in:\n%s", w, s)
		}
	}
}

func TestUnicodeSurvives(t *testing.T) {
	t.Parallel()
	out, _ := Encode(argmaptest.Unicode())
	for _, s := range []string{argmaptest.Turkish, argmaptest.Cyrillic} {
		if !strings.Contains(string(out), s) {
			t.Errorf("%q not found unchanged in:\n%s", s, out)
		}
	}
}

func TestGeneratedMapTerminates(t *testing.T) {
	t.Parallel()
	m := gen.Tree(2000, 3)
	out, _ := Encode(m)
	for _, c := range m.Claims {
		if !bytes.Contains(out, []byte(strings.Split(c.Text, "\n")[0])) {
			t.Fatalf("claim %q not in the outline", c.Text)
		}
	}
}

// Every claim shows its label, as the evaluation gives it.
func TestLabels(t *testing.T) {
	t.Parallel()
	m := argmaptest.Small()
	out, _ := Encode(m)
	l := eval.Evaluate(m)
	for _, c := range m.Claims {
		want := "`" + l.Claim(c.ID).String() + "` " + strings.Split(c.Text, "\n")[0]
		if !strings.Contains(string(out), want) {
			t.Errorf("%q not in the outline:\n%s", want, out)
		}
	}
}

// An open critical question is written out with the argument's claims in
// the scheme's slots, never with "{A}".
func TestCriticalQuestionWorded(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("outline/cq")
	m := argmap.New("cq")
	a := &argmap.Claim{ID: ids(), Text: "The study says lanes cut accidents."}
	b := &argmap.Claim{ID: ids(), Text: "Lanes cut accidents."}
	arg := &argmap.Argument{ID: ids(), Premises: []argmap.ID{a.ID}, Target: b.ID, Polarity: argmap.Pro, Scheme: "expert-opinion"}
	m.Claims = []*argmap.Claim{b, a}
	m.Arguments = []*argmap.Argument{arg}
	m.Challenges = []*argmap.Challenge{{ID: ids(), Kind: argmap.CriticalQuestion, Target: arg.ID, Question: 4, Status: argmap.Open}}
	m.Reindex()
	out, _ := Encode(m)
	want := "asking: Do other experts in the field agree with the claim “Lanes cut accidents”"
	if !strings.Contains(string(out), want) || strings.ContainsAny(string(out), "{}") {
		t.Errorf("want %q and no braces in:\n%s", want, out)
	}
}
