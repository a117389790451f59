package compare

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// base builds a small map: thesis ← r1, r2 (linked) pro; thesis ← o con.
func base(t *testing.T) (*argmap.Map, map[string]argmap.ID) {
	t.Helper()
	ids := argmap.DeterministicIDs("compare")
	n := map[string]argmap.ID{}
	m := argmap.New("Model")
	texts := map[string]string{
		"thesis": "India is Russia's trump card against the Western plan",
		"r1":     "A US-led Asian alliance would be aimed at China",
		"r2":     "India cannot resist China without American help",
		"o":      "The NAIPTO alliance is still only a concept",
	}
	for _, k := range []string{"thesis", "r1", "r2", "o"} {
		n[k] = ids()
		m.Claims = append(m.Claims, &argmap.Claim{ID: n[k], Text: texts[k]})
	}
	n["A"], n["B"] = ids(), ids()
	m.Arguments = []*argmap.Argument{
		{ID: n["A"], Premises: []argmap.ID{n["r1"], n["r2"]}, Target: n["thesis"], Polarity: argmap.Pro},
		{ID: n["B"], Premises: []argmap.ID{n["o"]}, Target: n["thesis"], Polarity: argmap.Con},
	}
	m.Reindex()
	return m, n
}

func do(t *testing.T, m *argmap.Map, edits ...argmap.Edit) {
	t.Helper()
	for _, e := range edits {
		if err := e.Apply(m); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiff(t *testing.T) {
	t.Parallel()
	a, n := base(t)
	if d := Diff(a, a.Clone()); len(d) != 0 {
		t.Fatalf("a map differs from its copy: %v", d)
	}
	b := a.Clone()
	newC := argmap.NewID()
	do(t, b,
		argmap.SetText(n["r1"], "An American-led alliance in Asia would target China"),
		argmap.Remove(n["B"]),
		argmap.AddClaim(&argmap.Claim{ID: newC, Text: "Russia wants India and China united"}),
		argmap.AddArgument(&argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{newC}, Target: n["thesis"], Polarity: argmap.Pro}),
	)
	var lines []string
	for _, c := range Diff(a, b) {
		lines = append(lines, c.String())
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		`~ claim "A US-led Asian alliance would be aimed at China": text → "An American-led alliance in Asia would target China"`,
		`+ claim "Russia wants India and China united"`,
		`- argument con: "The NAIPTO alliance is still only a concept" → "India is Russia's trump card against the Western …"`,
		`+ argument pro: "Russia wants India and China united" → "India is Russia's trump card against the Western …"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diff lacks %s\ngot:\n%s", want, got)
		}
	}
	if len(lines) != 4 {
		t.Errorf("want 4 changes, got %d:\n%s", len(lines), got)
	}
}

// A student's map built apart (new IDs) with reworded claims matches the
// model by text, and its structure is found.
func TestAssessParaphrasedStudent(t *testing.T) {
	t.Parallel()
	model, _ := base(t)
	ids := argmap.DeterministicIDs("student")
	s := argmap.New("Student")
	texts := []string{
		"Russia's strongest card against the West's plan is India",
		"The target of an American-led alliance in Asia would be China",
		"Without the United States, India could not properly resist China",
		"NATO will collapse soon", // extra, and the objection is missing
	}
	for _, tx := range texts {
		s.Claims = append(s.Claims, &argmap.Claim{ID: ids(), Text: tx})
	}
	s.Arguments = []*argmap.Argument{
		{ID: ids(), Premises: []argmap.ID{s.Claims[1].ID}, Target: s.Claims[0].ID, Polarity: argmap.Pro},
		{ID: ids(), Premises: []argmap.ID{s.Claims[2].ID}, Target: s.Claims[0].ID, Polarity: argmap.Con}, // wrong polarity
	}
	s.Reindex()
	g := Assess(model, s, "ana")
	if len(g.Found) != 3 || len(g.Missed) != 1 || len(g.Extra) != 1 {
		t.Fatalf("found %d missed %d extra %d", len(g.Found), len(g.Missed), len(g.Extra))
	}
	if g.Missed[0].Text != "The NAIPTO alliance is still only a concept" {
		t.Errorf("missed %q", g.Missed[0].Text)
	}
	if g.Links != 1 || g.AllLink != 3 || len(g.Wrong) != 1 {
		t.Errorf("links %d/%d wrong %d", g.Links, g.AllLink, len(g.Wrong))
	}
	// Claims: the thesis and r1 in place, r2 found but misplaced (its only
	// relation has the wrong polarity): 40*(1+1+0.25)/4 = 22.5; relations
	// 60*1/3 = 20; one wrong polarity costs half a relation, 30/3 = 10.
	if g.Score != 32.5 || g.Placed != 2 {
		t.Errorf("score %.1f placed %d, want 32.5 and 2", g.Score, g.Placed)
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, model, []Grade{g}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| ana | 32.5 | 3/4 | 2 | 1 | 1 | 1/3 | 1 |", "NATO will collapse soon", "## ana — 32.5",
		"wrong polarity: \"India cannot resist China without American help\" supports", "missing: \"The NAIPTO alliance"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestMergeClean(t *testing.T) {
	t.Parallel()
	b, n := base(t)
	ours, theirs := b.Clone(), b.Clone()
	added := argmap.NewID()
	do(t, ours, argmap.SetText(n["r1"], "ours r1"), argmap.AddTag(ours, n["thesis"], "ours"))
	do(t, theirs, argmap.SetText(n["r2"], "theirs r2"), argmap.AddTag(theirs, n["thesis"], "theirs"),
		argmap.AddClaim(&argmap.Claim{ID: added, Text: "theirs new"}),
		argmap.AddArgument(&argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{added}, Target: n["o"], Polarity: argmap.Con}),
		argmap.Move([]argmap.ID{n["o"]}, []argmap.Point{{X: 10, Y: 20}}, true))
	m, cs := Merge(b, ours, theirs)
	if len(cs) != 0 {
		t.Fatalf("conflicts in a clean merge: %v", cs)
	}
	if m.Claim(n["r1"]).Text != "ours r1" || m.Claim(n["r2"]).Text != "theirs r2" || m.Claim(added) == nil {
		t.Error("independent edits were not both kept")
	}
	if !slices.Equal(m.Claim(n["thesis"]).Tags, []string{"ours", "theirs"}) {
		t.Errorf("tags %v", m.Claim(n["thesis"]).Tags)
	}
	if m.Claim(n["o"]).Pos != (argmap.Point{X: 10, Y: 20}) || len(m.Arguments) != 3 {
		t.Error("theirs' move or argument lost")
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
}

func TestMergeConflicts(t *testing.T) {
	t.Parallel()
	b, n := base(t)
	ours, theirs := b.Clone(), b.Clone()
	do(t, ours, argmap.SetText(n["r1"], "ours r1"), argmap.Remove(n["o"]), argmap.SetPolarity(n["A"], argmap.Con))
	do(t, theirs, argmap.SetText(n["r1"], "theirs r1"), argmap.SetText(n["o"], "theirs o"), argmap.SetPolarity(n["A"], argmap.Pro))
	m, cs := Merge(b, ours, theirs)
	fields := map[string]bool{}
	for _, c := range cs {
		fields[c.Kind+"/"+c.Field] = true
	}
	if !fields["claim/text"] || !fields["claim/deleted"] || len(cs) != 2 {
		t.Fatalf("conflicts %v", cs)
	}
	if m.Claim(n["r1"]).Text != "ours r1" || !slices.Contains(m.Claim(n["r1"]).Tags, ConflictTag) {
		t.Error("text conflict: ours kept and marked")
	}
	if c := m.Claim(n["o"]); c == nil || c.Text != "theirs o" {
		t.Error("a claim deleted by ours and edited by theirs must be kept")
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	// Resolve the text conflict by taking theirs; the mark goes.
	var text MapConflict
	for _, c := range Conflicts(m) {
		if c.Field == "text" {
			text = c
		}
	}
	e, err := Resolve(m, text, true)
	if err != nil {
		t.Fatal(err)
	}
	do(t, m, e)
	if c := m.Claim(n["r1"]); c.Text != "theirs r1" || slices.Contains(c.Tags, ConflictTag) {
		t.Errorf("after resolve: %q %v", c.Text, c.Tags)
	}
	if len(Conflicts(m)) != 1 {
		t.Errorf("one conflict should remain: %v", Conflicts(m))
	}
}

// An argument theirs added on a claim ours deleted brings the claim back.
func TestMergeRestoresUsedClaim(t *testing.T) {
	t.Parallel()
	b, n := base(t)
	ours, theirs := b.Clone(), b.Clone()
	do(t, ours, argmap.Remove(n["o"]))
	x := argmap.NewID()
	do(t, theirs, argmap.AddClaim(&argmap.Claim{ID: x, Text: "rebuttal"}),
		argmap.AddArgument(&argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{x}, Target: n["o"], Polarity: argmap.Con}))
	m, cs := Merge(b, ours, theirs)
	if m.Claim(n["o"]) == nil || len(cs) != 1 || cs[0].Field != "deleted" {
		t.Fatalf("claim not restored: conflicts %v", cs)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
}

func TestExercise(t *testing.T) {
	t.Parallel()
	model, n := base(t)
	blank := Exercise(model, BlankClaims)
	if !blank.Meta.Exercise || blank.Claim(n["thesis"]).Text != model.Claim(n["thesis"]).Text || blank.Claim(n["r1"]).Text != Blank {
		t.Fatal("blank exercise: thesis kept, others blank")
	}
	if len(blank.Arguments) != len(model.Arguments) || model.Claim(n["r1"]).Text == Blank {
		t.Fatal("blank exercise keeps the structure and leaves the model alone")
	}
	if ps := argmap.Validate(blank); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	// A student fills in one claim: the comparison finds it by ID; the
	// claims left blank earn nothing (they earned full marks before).
	do(t, blank, argmap.SetText(n["r1"], "Any American alliance in Asia targets China"))
	if g := Assess(model, blank, "s"); len(g.Found) != 2 || g.Links != 1 || len(g.Missed) != 2 || g.Uncertain != 0 {
		t.Errorf("found %d links %d missed %d uncertain %d", len(g.Found), g.Links, len(g.Missed), g.Uncertain)
	}
	// A claim filled in with something else is paired by its ID, flagged
	// for the teacher to look at.
	do(t, blank, argmap.SetText(n["r2"], "My cat likes fish"))
	if g := Assess(model, blank, "s"); g.Uncertain != 1 {
		t.Errorf("uncertain %d, want the cat claim", g.Uncertain)
	}
	hidden := Exercise(model, HideClaims)
	if len(hidden.Claims) != 1 || len(hidden.Arguments) != 0 {
		t.Errorf("hidden exercise keeps only the thesis: %d claims %d args", len(hidden.Claims), len(hidden.Arguments))
	}
}
