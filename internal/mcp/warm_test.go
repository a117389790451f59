package mcp

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/uuid"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/outline"
)

// cold is what evaluate and outline answer for the map in the file at
// path, evaluated from scratch.
func cold(t *testing.T, path string) (EvaluateOut, string) {
	t.Helper()
	m := shown(reread(t, path))
	out, err := evaluate(context.Background(), m, "grounded", func() *eval.Labelling { return eval.Evaluate(m) })
	if err != nil {
		t.Fatal(err)
	}
	// As the client reads it: through JSON.
	data, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	var back EvaluateOut
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return back, string(outline.Build(m.WithoutPrivate()).Markdown())
}

// TestEvaluateWarmMatchesCold: the server's evaluator, kept in step with
// its history, answers evaluate and outline as a cold evaluation of the
// file does, after each of a sequence of proposals, a refused one, saves
// by the user (which the server reads again) and a proposal undone and
// built again around a save at the worst moment.
func TestEvaluateWarmMatchesCold(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs, srv := connectServer(t, f.path)
	userEdit := func(edits ...argmap.Edit) {
		m := reread(t, f.path)
		h := argmap.NewHistory(m)
		for _, e := range edits {
			if err := h.Do(e); err != nil {
				t.Fatal(err)
			}
		}
		if err := native.WriteFile(f.path, m); err != nil {
			t.Fatal(err)
		}
	}
	var p Proposed
	var undercut, late string
	var counts []EvalCounts
	steps := []struct {
		name string
		do   func()
	}{
		{"as served", func() {}},
		{"a claim proposed", func() {
			callOK(t, cs, "propose_claim", map[string]any{"text": "Buses are cheaper"}, &p)
		}},
		{"an argument proposed", func() {
			callOK(t, cs, "propose_argument", map[string]any{"premises": []string{p.Claims[0]}, "new_premises": []string{"Fares fall"}, "target": f.poor.S, "polarity": "con"}, &p)
		}},
		{"an objection proposed", func() {
			callOK(t, cs, "propose_objection", map[string]any{"target": f.aPollute.S, "text": "Electric cars do not pollute"}, &p)
			undercut = p.Claims[0]
		}},
		{"a critical question proposed", func() {
			callOK(t, cs, "propose_critical_question", map[string]any{"argument": f.aExperts.S, "question": 1}, &p)
		}},
		{"a proposal refused", func() {
			callErr(t, cs, "propose_objection", map[string]any{"target": argmap.NewID().String(), "text": "x"})
		}},
		{"the user accepts all and rejects a claim", func() {
			userEdit(argmap.AcceptAll("test-assistant"), argmap.Assess(f.poor.ID, argmap.Rejected))
		}},
		{"an objection to the undercutter proposed", func() {
			callOK(t, cs, "propose_objection", map[string]any{"target": undercut, "text": "Their power plants do"}, &p)
		}},
		{"a save at the worst moment", func() {
			srv.doc.beforeWrite = func() {
				srv.doc.beforeWrite = nil
				userEdit(argmap.AcceptAll("test-assistant"), argmap.Assess(f.pollute.ID, argmap.Accepted))
			}
			callOK(t, cs, "propose_claim", map[string]any{"text": "Trams too"}, &p)
			late = p.Claims[0]
		}},
		{"the late claim accepted and objected to", func() {
			userEdit(argmap.Accept(uuid.MustParse(late)))
			callOK(t, cs, "propose_objection", map[string]any{"target": late, "text": "Trams are slow"}, &p)
		}},
	}
	for _, st := range steps {
		st.do()
		wantEval, wantOutline := cold(t, f.path)
		var gotEval EvaluateOut
		callOK(t, cs, "evaluate", map[string]any{"semantics": "grounded"}, &gotEval)
		counts = append(counts, gotEval.Counts)
		if !reflect.DeepEqual(gotEval, wantEval) {
			t.Errorf("%s: evaluate answers\n%+v\nwant, as evaluated cold,\n%+v", st.name, gotEval, wantEval)
		}
		var gotOutline OutlineOut
		callOK(t, cs, "outline", nil, &gotOutline)
		if gotOutline.Markdown != wantOutline {
			t.Errorf("%s: outline\n%s\nwant, as evaluated cold,\n%s", st.name, gotOutline.Markdown, wantOutline)
		}
	}
	// The sequence did change what stands: the check is not of a map
	// that kept its first labels.
	if reflect.DeepEqual(counts[0], counts[len(counts)-1]) {
		t.Errorf("the labels counted %+v at the start and at the end: the edits changed nothing that stands", counts[0])
	}
}

// BenchmarkEvaluateTool is the evaluate tool's work on a generated map of
// 2,000 claims, cold (eval.Evaluate at every call, as before) and warm
// (the server's evaluator), with nothing changed between calls
// ("again") and after a proposal each time ("proposed": a pending claim
// added and taken back through the history, as a refused save does).
func BenchmarkEvaluateTool(b *testing.B) {
	path := b.TempDir() + "/gen.argmap.json"
	if err := native.WriteFile(path, gen.Tree(2000, 1)); err != nil {
		b.Fatal(err)
	}
	d, err := load(testFormats(), path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, how := range []struct {
		name     string
		grounded func() *eval.Labelling
	}{
		{"cold", func() *eval.Labelling { return eval.Evaluate(shown(d.m)) }},
		{"warm", d.ev.Labels},
	} {
		for _, propose := range []bool{false, true} {
			name := how.name + "/again"
			if propose {
				name = how.name + "/proposed"
			}
			b.Run(name, func(b *testing.B) {
				p := argmap.Proposal{By: "bench"}
				for b.Loop() {
					if propose {
						if err := d.h.Do(argmap.Propose(p, argmap.AddClaim(&argmap.Claim{ID: argmap.NewID(), Text: "x"}))); err != nil {
							b.Fatal(err)
						}
					}
					if _, err := evaluate(ctx, shown(d.m), "grounded", how.grounded); err != nil {
						b.Fatal(err)
					}
					if propose {
						d.h.Undo()
					}
				}
			})
		}
	}
}
