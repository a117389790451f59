package mcp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/native"
	"github.com/google/uuid"
)

// reread reads the map the server saved.
func reread(t *testing.T, path string) *argmap.Map {
	t.Helper()
	m, err := native.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// mustPending checks that every ID names a pending suggestion of the
// test's client on the map.
func mustPending(t *testing.T, m *argmap.Map, ids ...string) {
	t.Helper()
	for _, s := range ids {
		id := uuid.MustParse(s)
		p := m.ProposalOf(id)
		if p == nil {
			t.Errorf("%s is not pending in the saved file", s)
			continue
		}
		if p.By != "test-assistant" {
			t.Errorf("%s was proposed by %q, want the client's name", s, p.By)
		}
	}
}

func TestProposeClaim(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs, s := connectServer(t, f.path)
	var out Proposed
	callOK(t, cs, "propose_claim", map[string]any{"text": "Buses get faster", "note": "from ¶3"}, &out)
	if len(out.Claims) != 1 || !out.Pending || out.By != "test-assistant" || out.SavedBytes != len(readBytes(t, f.path)) {
		t.Fatalf("propose_claim = %+v", out)
	}
	m := reread(t, f.path)
	mustPending(t, m, out.Claims[0])
	c := m.Claim(uuid.MustParse(out.Claims[0]))
	if c.Text != "Buses get faster" || c.Proposal.Note != "from ¶3" || len(m.Claims) != 5 {
		t.Errorf("saved claim %+v of %d", c, len(m.Claims))
	}
	if !s.doc.h.CanUndo() || s.doc.h.UndoLabel() != "Add Claim" {
		t.Errorf("the change is not in the history: undo %q", s.doc.h.UndoLabel())
	}
	// get_map marks it; evaluate and the exports leave it out.
	var v MapView
	callOK(t, cs, "get_map", map[string]any{"claim": out.Claims[0]}, &v)
	if !v.Claims[0].Pending || v.Claims[0].By != "test-assistant" {
		t.Errorf("get_map shows %+v", v.Claims[0])
	}
	var e EvaluateOut
	callOK(t, cs, "evaluate", nil, &e)
	if len(e.Claims) != 4 {
		t.Errorf("evaluate counts the suggestion: %d claims", len(e.Claims))
	}
	var x ExportOut
	callOK(t, cs, "export", map[string]any{"format": "argdown"}, &x)
	if strings.Contains(x.Text, "Buses") {
		t.Errorf("the export holds the suggestion:\n%s", x.Text)
	}
}

func TestProposeArgument(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	var out Proposed
	callOK(t, cs, "propose_argument", map[string]any{
		"premises":     []string{f.pollute.S[:8]},
		"new_premises": []string{"Dirty air makes people ill"},
		"target":       f.thesis.S,
		"polarity":     "pro",
	}, &out)
	if out.Argument == "" || len(out.Claims) != 1 || len(out.Premises) != 2 || out.Premises[0] != f.pollute.S || out.Premises[1] != out.Claims[0] {
		t.Fatalf("propose_argument = %+v", out)
	}
	m := reread(t, f.path)
	mustPending(t, m, out.Argument, out.Claims[0])
	if m.ProposalOf(f.pollute.ID) != nil {
		t.Error("the existing premise became a suggestion")
	}
	a := m.Argument(uuid.MustParse(out.Argument))
	if a.Target != f.thesis.ID || a.Polarity != argmap.Pro || len(a.Premises) != 2 {
		t.Errorf("saved argument %+v", a)
	}
	// A con argument on an argument (an undercutter), with a scheme.
	var u Proposed
	callOK(t, cs, "propose_argument", map[string]any{
		"new_premises": []string{"The experts are paid by the city"}, "target": f.aExperts.S, "polarity": "con",
	}, &u)
	m = reread(t, f.path)
	mustPending(t, m, u.Argument, u.Claims[0])
	if a := m.Argument(uuid.MustParse(u.Argument)); a.Target != f.aExperts.ID || a.Polarity != argmap.Con {
		t.Errorf("undercutter %+v", a)
	}
	var sc Proposed
	callOK(t, cs, "propose_argument", map[string]any{
		"premises": []string{f.experts.S}, "target": f.poor.S, "polarity": "con", "scheme": "expert-opinion",
	}, &sc)
	if a := reread(t, f.path).Argument(uuid.MustParse(sc.Argument)); a.Scheme != "expert-opinion" {
		t.Errorf("scheme %q", a.Scheme)
	}
}

func TestProposeObjection(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	for _, tc := range []struct {
		target ID3
		kind   argmap.ChallengeKind
	}{{f.pollute, argmap.Object}, {f.aPollute, argmap.Undercut}} {
		var out Proposed
		callOK(t, cs, "propose_objection", map[string]any{"target": tc.target.S, "text": "Electric cars do not", "note": "counter-example"}, &out)
		if len(out.Claims) != 1 || out.Argument == "" || out.Challenge == "" {
			t.Fatalf("propose_objection(%s) = %+v", tc.kind, out)
		}
		m := reread(t, f.path)
		mustPending(t, m, out.Claims[0], out.Argument, out.Challenge)
		ch := m.Challenge(uuid.MustParse(out.Challenge))
		if ch.Kind != tc.kind || ch.Target != tc.target.ID || ch.Argument.String() != out.Argument || ch.Author != "test-assistant" || ch.Note != "counter-example" {
			t.Errorf("challenge %+v", ch)
		}
		if a := m.Argument(uuid.MustParse(out.Argument)); a.Polarity != argmap.Con || a.Target != tc.target.ID {
			t.Errorf("objection's argument %+v", a)
		}
	}
}

func TestProposeCriticalQuestion(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	var v MapView
	callOK(t, cs, "get_map", nil, &v)
	qs := v.Arguments[1].Questions
	last := len(qs) - 1
	var out Proposed
	callOK(t, cs, "propose_critical_question", map[string]any{"argument": f.aExperts.S, "question": last}, &out)
	if out.Challenge == "" || out.Question != qs[last] {
		t.Fatalf("propose_critical_question = %+v, questions %q", out, qs)
	}
	m := reread(t, f.path)
	mustPending(t, m, out.Challenge)
	if ch := m.Challenge(uuid.MustParse(out.Challenge)); ch.Kind != argmap.CriticalQuestion || ch.Target != f.aExperts.ID || ch.Question != last {
		t.Errorf("challenge %+v", ch)
	}
	// Pending, it does not undercut the argument: the evaluation is the
	// one before.
	var e EvaluateOut
	callOK(t, cs, "evaluate", nil, &e)
	before := eval.Evaluate(reread(t, f.path).Accepted())
	for _, c := range e.Claims {
		if c.Label != before.Claim(uuid.MustParse(c.ID)).String() {
			t.Errorf("claim %s: %s", c.Text, c.Label)
		}
	}
}

// TestProposeErrors: every bad request is a tool error that says what was
// wrong, and the file keeps its bytes.
func TestProposeErrors(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	long := strings.Repeat("é", argmap.MaxText+1)
	unknown := "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
	for _, tc := range []struct {
		name, tool string
		args       map[string]any
		want       string
	}{
		{"claim without text", "propose_claim", map[string]any{}, "text"},
		{"blank claim", "propose_claim", map[string]any{"text": " \n"}, "a claim needs a text"},
		{"claim over the limit", "propose_claim", map[string]any{"text": long}, "100001 characters; the limit is 100000"},
		{"note over the limit", "propose_claim", map[string]any{"text": "ok", "note": long}, "note: 100001 characters"},
		{"unknown target", "propose_argument", map[string]any{"premises": []string{f.pollute.S}, "target": unknown, "polarity": "pro"}, "target: no claim or argument has the ID"},
		{"unknown premise", "propose_argument", map[string]any{"premises": []string{unknown}, "target": f.thesis.S, "polarity": "pro"}, "premises[0]: no claim has the ID"},
		{"argument as premise", "propose_argument", map[string]any{"premises": []string{f.aPoor.S}, "target": f.thesis.S, "polarity": "pro"}, "premises[0]: no claim has the ID"},
		{"premise concludes itself", "propose_argument", map[string]any{"premises": []string{f.pollute.S, f.thesis.S}, "target": f.thesis.S, "polarity": "pro"}, "premises[1]: " + f.thesis.S + " is the target: a claim cannot be a premise of its own conclusion"},
		{"premise twice", "propose_argument", map[string]any{"premises": []string{f.pollute.S, f.pollute.S[:8]}, "target": f.thesis.S, "polarity": "pro"}, "is a premise twice"},
		{"no premise", "propose_argument", map[string]any{"target": f.thesis.S, "polarity": "con"}, "at least one premise"},
		{"bad polarity", "propose_argument", map[string]any{"premises": []string{f.pollute.S}, "target": f.thesis.S, "polarity": "maybe"}, `polarity "maybe": pro or con`},
		{"unknown scheme", "propose_argument", map[string]any{"premises": []string{f.pollute.S}, "target": f.thesis.S, "polarity": "pro", "scheme": "vibes"}, `scheme "vibes": not in Argmap's catalogue (expert-opinion`},
		{"new premise over the limit", "propose_argument", map[string]any{"new_premises": []string{"fine", long}, "target": f.thesis.S, "polarity": "pro"}, "new_premises[1]: 100001 characters"},
		{"objection to nothing", "propose_objection", map[string]any{"target": unknown, "text": "No"}, "target: no claim or argument has the ID"},
		{"objection without text", "propose_objection", map[string]any{"target": f.thesis.S, "text": ""}, "a claim needs a text"},
		{"objection over the limit", "propose_objection", map[string]any{"target": f.thesis.S, "text": long}, "the limit is 100000"},
		{"question of no scheme", "propose_critical_question", map[string]any{"argument": f.aPollute.S, "question": 0}, "has no scheme with critical questions"},
		{"question out of range", "propose_critical_question", map[string]any{"argument": f.aExperts.S, "question": 99}, "question 99: the scheme of argument"},
		{"negative question", "propose_critical_question", map[string]any{"argument": f.aExperts.S, "question": -1}, "question -1"},
		{"question of a claim", "propose_critical_question", map[string]any{"argument": f.thesis.S, "question": 0}, "argument: no argument has the ID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := readBytes(t, f.path)
			msg := callErr(t, cs, tc.tool, tc.args)
			if !strings.Contains(msg, tc.want) {
				t.Errorf("%s: %q, want it to say %q", tc.tool, clip(msg), tc.want)
			}
			if !bytes.Equal(before, readBytes(t, f.path)) {
				t.Error("a refused request changed the file")
			}
		})
	}
}

// TestProposeOnTopOfUserWork: the user saved the map in the app after the
// server read it; a suggestion is added to the user's version, which keeps
// all of its own work.
func TestProposeOnTopOfUserWork(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs, srv := connectServer(t, f.path)
	userSave := func(text string) argmap.ID {
		m := reread(t, f.path)
		c := &argmap.Claim{ID: argmap.NewID(), Text: text}
		m.Claims = append(m.Claims, c)
		m.Reindex()
		if err := native.WriteFile(f.path, m); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	mine := userSave("The user's own claim")
	var out Proposed
	callOK(t, cs, "propose_claim", map[string]any{"text": "A suggestion"}, &out)
	m := reread(t, f.path)
	if c := m.Claim(mine); c == nil || c.Pending() {
		t.Fatalf("the user's claim was lost or made pending: %+v", c)
	}
	mustPending(t, m, out.Claims[0])

	// The user saves again at the worst moment: after the server built its
	// change, before it wrote it. The server builds it again on top.
	var late argmap.ID
	srv.doc.beforeWrite = func() {
		srv.doc.beforeWrite = nil
		late = userSave("Saved at the worst moment")
	}
	callOK(t, cs, "propose_claim", map[string]any{"text": "Another suggestion"}, &out)
	m = reread(t, f.path)
	if late == argmap.NilID || m.Claim(late) == nil || m.Claim(mine) == nil {
		t.Fatalf("the user's late save was lost (%d claims)", len(m.Claims))
	}
	mustPending(t, m, out.Claims[0])
	if len(m.Claims) != 4+2+2 {
		t.Errorf("%d claims, want the fixture's 4, the user's 2 and 2 suggestions", len(m.Claims))
	}
}

// TestProposeNotNative: a map in another tool's format is served for
// reading; a proposal is refused rather than rewrite the user's file.
func TestProposeNotNative(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "car.argdown")
	src := []byte("[Tax]: Cities should tax cars.\n  <+ Cars pollute the air.\n")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cs := connect(t, path)
	var v MapView
	callOK(t, cs, "get_map", nil, &v)
	if len(v.Claims) != 2 {
		t.Fatalf("read %d claims from Argdown", len(v.Claims))
	}
	if msg := callErr(t, cs, "propose_claim", map[string]any{"text": "Buses"}); !strings.Contains(msg, "not in Argmap's native format") {
		t.Errorf("propose on Argdown: %q", msg)
	}
	if !bytes.Equal(src, readBytes(t, path)) {
		t.Error("the Argdown file changed")
	}
}

// TestKeepsPending: a save that would read back with fewer suggestions
// (an encoder that drops the mark), or a change that added accepted items,
// is refused.
func TestKeepsPending(t *testing.T) {
	t.Parallel()
	m := argmap.New("t")
	c := &argmap.Claim{ID: argmap.NewID(), Text: "a"}
	if err := argmap.Propose(argmap.Proposal{By: "x"}, argmap.AddClaim(c)).Apply(m); err != nil {
		t.Fatal(err)
	}
	good, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := keepsPending(0, m, good); err != nil {
		t.Errorf("a suggestion saved as one: %v", err)
	}
	plain := m.Clone()
	plain.Claims[0].Proposal = nil
	lost, err := native.Encode(plain)
	if err != nil {
		t.Fatal(err)
	}
	if err := keepsPending(0, m, lost); err != errNotKept {
		t.Errorf("a file without the mark: %v, want errNotKept", err)
	}
	if err := keepsPending(0, plain, lost); err == nil || !strings.Contains(err.Error(), "accepted items") {
		t.Errorf("an accepted claim added: %v", err)
	}
}
