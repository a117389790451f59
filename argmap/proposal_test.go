package argmap_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

var proposedAt = time.Date(2026, 12, 1, 23, 0, 0, 0, time.UTC)

// suggested is a small map and the suggestions on it:
//
//	main claim T ← accepted reason R (pro)
//	pending objection O → T (claim O, argument oa, challenge och), by "assistant"
//	pending reason S → T (claim S, argument sa), by "suggester"
//	pending undercutter U → the accepted reason's argument (claim U, argument ua, challenge uch), by "suggester"
type suggested struct {
	m                  *argmap.Map
	t, r, ra           argmap.ID
	o, oa, och         argmap.ID
	s, sa              argmap.ID
	u, ua, uch         argmap.ID
	plain, withPending []byte // the map before the suggestions, and with them
}

func newSuggested(t *testing.T) *suggested {
	t.Helper()
	ids := argmaptest.IDs("proposal")
	mint := argmap.Mint{IDs: ids, Clock: argmaptest.Clock(proposedAt)}

	x := &suggested{m: argmap.New("Suggestions")}
	m := x.m
	x.t, x.r, x.ra = ids(), ids(), ids()
	m.Claims = []*argmap.Claim{
		{ID: x.t, Text: "The thesis", Pos: argmap.Point{X: 0, Y: 0}},
		{ID: x.r, Text: "An accepted reason", Pos: argmap.Point{X: 0, Y: 200}},
	}
	m.Arguments = []*argmap.Argument{{ID: x.ra, Premises: []argmap.ID{x.r}, Target: x.t, Polarity: argmap.Pro}}
	m.Reindex()
	x.plain = snapshot(t, m)

	assistant := argmap.Proposal{By: "assistant", Time: proposedAt, Note: "from the second paragraph"}
	suggester := argmap.Proposal{By: "suggester", Time: proposedAt}
	e, o, oa := argmap.ObjectTo(mint, m, x.t, "A suggested objection", "assistant", "")
	x.o, x.oa = o, oa
	do := func(e argmap.Edit) {
		t.Helper()
		if err := e.Apply(m); err != nil {
			t.Fatal(err)
		}
	}
	do(argmap.Propose(assistant, e))
	x.och = m.Challenges[len(m.Challenges)-1].ID
	e, x.s, x.sa = argmap.SupportClaim(ids, m, x.t, "A suggested reason")
	do(argmap.Propose(suggester, e))
	e, x.u, x.ua = argmap.UndercutArg(mint, m, x.ra, "A suggested undercutter", "suggester", "")
	do(argmap.Propose(suggester, e))
	x.uch = m.Challenges[len(m.Challenges)-1].ID
	x.withPending = snapshot(t, m)
	return x
}

// proposals fingerprints every proposal mark of m, so that the laws below
// hold whatever the file format records.
func proposals(m *argmap.Map) string {
	var b bytes.Buffer
	for _, id := range m.Pending() {
		p := m.ProposalOf(id)
		fmt.Fprintf(&b, "%s %s %s %q;", id, p.By, p.Time.Format(time.RFC3339), p.Note)
	}
	return b.String()
}

// state is what the undo laws compare: the encoded map and its proposals.
func state(t *testing.T, m *argmap.Map) string {
	t.Helper()
	return string(snapshot(t, m)) + "\n" + proposals(m)
}

func TestPendingQueries(t *testing.T) {
	t.Parallel()
	x := newSuggested(t)
	m := x.m
	want := []argmap.ID{x.o, x.s, x.u, x.oa, x.sa, x.ua, x.och, x.uch}
	if got := m.Pending(); !slices.Equal(got, want) {
		t.Errorf("Pending = %v, want %v", got, want)
	}
	if got := m.PendingBy("assistant"); !slices.Equal(got, []argmap.ID{x.o, x.oa, x.och}) {
		t.Errorf("PendingBy(assistant) = %v", got)
	}
	if got := m.ProposalSources(); !slices.Equal(got, []string{"assistant", "suggester"}) {
		t.Errorf("ProposalSources = %v", got)
	}
	if p := m.ProposalOf(x.o); p == nil || p.By != "assistant" || p.Note != "from the second paragraph" || !p.Time.Equal(proposedAt) {
		t.Errorf("ProposalOf(objection) = %+v", p)
	}
	if m.ProposalOf(x.t) != nil || m.ProposalOf(argmap.NilID) != nil {
		t.Error("an accepted or unknown item has a proposal")
	}
	if !m.HasPending() || argmap.New("").HasPending() {
		t.Error("HasPending wrong")
	}
	// Every proposal is its own copy: clearing one leaves the others.
	if m.Claim(x.o).Proposal == m.Argument(x.oa).Proposal {
		t.Error("Propose shares one Proposal between items")
	}
	v := m.Accepted()
	if v == m || v.HasPending() || len(v.Claims) != 2 || len(v.Arguments) != 1 || len(v.Challenges) != 0 {
		t.Errorf("Accepted: %d claims, %d arguments, %d challenges", len(v.Claims), len(v.Arguments), len(v.Challenges))
	}
	if got := snapshot(t, v); !bytes.Equal(got, x.plain) {
		t.Errorf("the accepted view differs from the map before the suggestions:\n%s\nwant\n%s", got, x.plain)
	}
	if state(t, m) != string(x.withPending)+"\n"+proposals(m) {
		t.Error("Accepted changed the map")
	}
	plain := argmap.New("plain")
	if plain.Accepted() != plain {
		t.Error("Accepted copies a map without suggestions")
	}
}

// TestSuggestionEdits applies each edit on suggestions, checks what it
// leaves pending and on the map, and the undo law: revert gives the same
// bytes, redo the same as the first apply.
func TestSuggestionEdits(t *testing.T) {
	t.Parallel()
	type want struct {
		pending []string // names of the items still pending
		gone    []string // names of the items no longer on the map
		text    string   // the text of the objection, when it is on the map
	}
	for _, tc := range []struct {
		name string
		edit func(x *suggested) argmap.Edit
		want want
	}{
		{"accept claim", func(x *suggested) argmap.Edit { return argmap.Accept(x.s) },
			want{pending: []string{"o", "u", "oa", "sa", "ua", "och", "uch"}, text: "A suggested objection"}},
		{"accept argument takes its premise", func(x *suggested) argmap.Edit { return argmap.Accept(x.sa) },
			want{pending: []string{"o", "u", "oa", "ua", "och", "uch"}, text: "A suggested objection"}},
		{"accept objection takes its claim and record", func(x *suggested) argmap.Edit { return argmap.Accept(x.oa) },
			want{pending: []string{"s", "u", "sa", "ua", "uch"}, text: "A suggested objection"}},
		{"accept challenge", func(x *suggested) argmap.Edit { return argmap.Accept(x.och) },
			want{pending: []string{"s", "u", "sa", "ua", "uch"}, text: "A suggested objection"}},
		{"edit then accept", func(x *suggested) argmap.Edit { return argmap.AcceptEdited(x.o, "An edited objection") },
			want{pending: []string{"s", "u", "oa", "sa", "ua", "och", "uch"}, text: "An edited objection"}},
		{"reject claim takes its argument and challenge", func(x *suggested) argmap.Edit { return argmap.Reject(x.o) },
			want{pending: []string{"s", "u", "sa", "ua", "uch"}, gone: []string{"o", "oa", "och"}}},
		{"reject argument takes its unused premise", func(x *suggested) argmap.Edit { return argmap.Reject(x.sa) },
			want{pending: []string{"o", "u", "oa", "ua", "och", "uch"}, gone: []string{"s", "sa"}, text: "A suggested objection"}},
		{"reject challenge takes its objection", func(x *suggested) argmap.Edit { return argmap.Reject(x.och) },
			want{pending: []string{"s", "u", "sa", "ua", "uch"}, gone: []string{"o", "oa", "och"}}},
		{"accept all from one source", func(x *suggested) argmap.Edit { return argmap.AcceptAll("suggester") },
			want{pending: []string{"o", "oa", "och"}, text: "A suggested objection"}},
		{"reject all from one source", func(x *suggested) argmap.Edit { return argmap.RejectAll("assistant") },
			want{pending: []string{"s", "u", "sa", "ua", "uch"}, gone: []string{"o", "oa", "och"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newSuggested(t)
			m := x.m
			names := map[argmap.ID]string{x.o: "o", x.oa: "oa", x.och: "och", x.s: "s", x.sa: "sa", x.u: "u", x.ua: "ua", x.uch: "uch"}
			before := state(t, m)
			e := tc.edit(x)
			if err := e.Apply(m); err != nil {
				t.Fatal(err)
			}
			var pending []string
			for _, id := range m.Pending() {
				pending = append(pending, names[id])
			}
			if !slices.Equal(pending, tc.want.pending) {
				t.Errorf("pending %v, want %v", pending, tc.want.pending)
			}
			var gone []string
			for _, id := range []argmap.ID{x.o, x.oa, x.och, x.s, x.sa, x.u, x.ua, x.uch} {
				if m.Claim(id) == nil && m.Argument(id) == nil && m.Challenge(id) == nil {
					gone = append(gone, names[id])
				}
			}
			if !slices.Equal(gone, tc.want.gone) {
				t.Errorf("gone %v, want %v", gone, tc.want.gone)
			}
			if c := m.Claim(x.o); c != nil && c.Text != tc.want.text {
				t.Errorf("objection text %q, want %q", c.Text, tc.want.text)
			}
			if m.Claim(x.t) == nil || m.Argument(x.ra) == nil || m.Claim(x.r) == nil {
				t.Error("an accepted item went")
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Errorf("invalid map: %v", ps.Err())
			}
			after := state(t, m)
			e.Revert(m)
			if got := state(t, m); got != before {
				t.Errorf("revert did not restore the map:\n%s\nwant\n%s", got, before)
			}
			if err := e.Apply(m); err != nil {
				t.Fatalf("redo: %v", err)
			}
			if got := state(t, m); got != after {
				t.Error("redo differs from the first apply")
			}
			// Through a History, the edit is one undo step.
			y := newSuggested(t)
			h := argmap.NewHistory(y.m)
			if err := h.Do(tc.edit(y)); err != nil {
				t.Fatal(err)
			}
			if h.Len() != 1 || !h.Undo() || state(t, y.m) != before {
				t.Errorf("not one undo step (%d entries)", h.Len())
			}
		})
	}
}

func TestSuggestionEditErrors(t *testing.T) {
	t.Parallel()
	x := newSuggested(t)
	for _, tc := range []struct {
		name string
		edit argmap.Edit
		is   error
	}{
		{"accept accepted claim", argmap.Accept(x.t), argmap.ErrNotPending},
		{"reject accepted claim", argmap.Reject(x.r), argmap.ErrNotPending},
		{"reject accepted argument", argmap.Reject(x.ra), argmap.ErrNotPending},
		{"accept unknown", argmap.Accept(argmap.DeterministicIDs("nothing")()), argmap.ErrNotFound},
		{"reject unknown", argmap.Reject(argmap.DeterministicIDs("nothing")()), argmap.ErrNotFound},
		{"edit accepted", argmap.AcceptEdited(x.t, "changed"), argmap.ErrNotPending},
		{"accept nothing", argmap.Accept(), nil},
		{"accept all from nobody", argmap.AcceptAll("nobody"), nil},
		{"reject all from nobody", argmap.RejectAll("nobody"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := state(t, x.m)
			err := tc.edit.Apply(x.m)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v, want %v", err, tc.is)
			}
			if state(t, x.m) != before {
				t.Error("a failed edit changed the map")
			}
		})
	}
}

// labels is every claim's and argument's label, by ID.
func labels(m *argmap.Map) map[argmap.ID]eval.Label {
	l := eval.Evaluate(m)
	out := map[argmap.ID]eval.Label{}
	for _, c := range m.Claims {
		out[c.ID] = l.Claim(c.ID)
	}
	for _, a := range m.Arguments {
		out[a.ID] = l.Argument(a.ID)
	}
	return out
}

// TestEvaluationLeavesSuggestionsOut: a pending objection changes no label
// (and has none); accepting it changes them.
func TestEvaluationLeavesSuggestionsOut(t *testing.T) {
	t.Parallel()
	m := argmap.New("eval")
	ids := argmap.DeterministicIDs("eval")
	thesis, reason, ra := ids(), ids(), ids()
	m.Claims = []*argmap.Claim{{ID: thesis, Text: "Thesis"}, {ID: reason, Text: "Reason"}}
	m.Arguments = []*argmap.Argument{{ID: ra, Premises: []argmap.ID{reason}, Target: thesis, Polarity: argmap.Pro}}
	m.Reindex()
	before := labels(m)
	if before[thesis] != eval.In {
		t.Fatalf("thesis %v before, want IN", before[thesis])
	}
	e, obj, oa := argmap.ObjectTo(argmap.Mint{IDs: ids}, m, thesis, "Objection", "assistant", "")
	h := argmap.NewHistory(m)
	if err := h.Do(argmap.Propose(argmap.Proposal{By: "assistant"}, e)); err != nil {
		t.Fatal(err)
	}
	l := eval.Evaluate(m)
	for id, want := range before {
		if got := l.Label(id); got != want {
			t.Errorf("%v: %v with a pending objection, want %v", id, got, want)
		}
	}
	for i, c := range m.Claims {
		if got, want := l.ClaimAt(i), before[c.ID]; got != want {
			t.Errorf("ClaimAt(%d) = %v, want %v", i, got, want)
		}
	}
	for j, a := range m.Arguments {
		if got, want := l.ArgumentAt(j), before[a.ID]; got != want {
			t.Errorf("ArgumentAt(%d) = %v, want %v", j, got, want)
		}
	}
	if l.Claim(obj) != eval.Unlabelled || l.Argument(oa) != eval.Unlabelled {
		t.Errorf("the pending objection is labelled %v / %v", l.Claim(obj), l.Argument(oa))
	}
	if c := l.ClaimCounts(); c.In != 2 || c.Out != 0 {
		t.Errorf("counts %+v with a pending objection", c)
	}
	if err := h.Do(argmap.Accept(oa)); err != nil {
		t.Fatal(err)
	}
	after := labels(m)
	if after[thesis] != eval.Out || after[obj] != eval.In || after[oa] != eval.In {
		t.Errorf("accepted: thesis %v, objection %v/%v; want OUT, IN/IN", after[thesis], after[obj], after[oa])
	}
	h.Undo()
	if got := labels(m)[thesis]; got != eval.In {
		t.Errorf("undo of accept: thesis %v, want IN", got)
	}
}

// TestSuggestionProperties: on random maps with random suggestions,
// every edit on suggestions obeys the undo law, nothing accepted hangs on
// a suggestion after Accept, the evaluation of a map is that of its
// accepted view, and accepting everything evaluates as the whole map did
// with the marks cleared by hand.
func TestSuggestionProperties(t *testing.T) {
	t.Parallel()
	for seed := range 30 {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		ids := argmap.DeterministicIDs(fmt.Sprint("prop", seed))
		m := gen.Tree(20, int64(seed))
		by := []string{"suggester", "assistant", "merge"}
		pick := func() argmap.ID { return m.Claims[r.IntN(len(m.Claims))].ID }
		for step := range 40 {
			var e argmap.Edit
			p := argmap.Proposal{By: by[r.IntN(len(by))], Time: proposedAt}
			pending := m.Pending()
			some := func() argmap.ID {
				if len(pending) == 0 || r.IntN(10) == 0 {
					return pick() // sometimes an accepted item: the edit must fail cleanly
				}
				return pending[r.IntN(len(pending))]
			}
			switch r.IntN(8) {
			case 0, 1:
				c := &argmap.Claim{ID: ids(), Text: fmt.Sprint("suggested ", step)}
				a := &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: pick(), Polarity: []argmap.Polarity{argmap.Pro, argmap.Con}[r.IntN(2)]}
				e = argmap.Propose(p, argmap.Batch("suggest", argmap.AddClaim(c), argmap.AddArgument(a)))
			case 2:
				e = argmap.Propose(p, argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{pick()}, Target: pick(), Polarity: argmap.Con}))
			case 3:
				e = argmap.Accept(some())
			case 4:
				e = argmap.Reject(some())
			case 5:
				e = argmap.AcceptEdited(some(), "edited")
			case 6:
				e = argmap.AcceptAll(by[r.IntN(len(by))])
			default:
				e = argmap.RejectAll(by[r.IntN(len(by))])
			}
			before := state(t, m)
			if err := e.Apply(m); err != nil {
				if state(t, m) != before {
					t.Fatalf("seed %d step %d: failed %q (%v) changed the map", seed, step, e.Label(), err)
				}
				continue
			}
			after := state(t, m)
			e.Revert(m)
			if state(t, m) != before {
				t.Fatalf("seed %d step %d: revert of %q did not restore the map", seed, step, e.Label())
			}
			if err := e.Apply(m); err != nil || state(t, m) != after {
				t.Fatalf("seed %d step %d: redo of %q: %v", seed, step, e.Label(), err)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("seed %d step %d: %q left an invalid map: %v", seed, step, e.Label(), ps.Err())
			}
			// The evaluation is that of the accepted view, evaluated
			// afresh (a copy: no memo shared with the map's).
			v := m.Accepted()
			l, lv := eval.Evaluate(m), eval.Evaluate(v.Clone())
			for _, c := range m.Claims {
				want := lv.Claim(c.ID)
				if got := l.Claim(c.ID); got != want {
					t.Fatalf("seed %d step %d: claim %v is %v, its accepted view %v", seed, step, c.ID, got, want)
				}
				if c.Pending() && want != eval.Unlabelled {
					t.Fatalf("seed %d step %d: a pending claim is labelled", seed, step)
				}
			}
		}
		// Accepting everything gives the labels of the map with its marks
		// cleared by hand.
		cleared := m.Clone()
		for _, c := range cleared.Claims {
			c.Proposal = nil
		}
		for _, a := range cleared.Arguments {
			a.Proposal = nil
		}
		for _, ch := range cleared.Challenges {
			ch.Proposal = nil
		}
		if ids := m.Pending(); len(ids) > 0 {
			if err := argmap.Accept(ids...).Apply(m); err != nil {
				t.Fatal(err)
			}
		}
		if m.HasPending() {
			t.Fatalf("seed %d: pending after accepting all", seed)
		}
		want, got := labels(cleared), labels(m)
		for id, w := range want {
			if got[id] != w {
				t.Fatalf("seed %d: %v is %v after accepting all, want %v", seed, id, got[id], w)
			}
		}
	}
}

// TestProposalFile: suggestions are written in format version 3 (a golden
// file, checked against the JSON Schema by assets), read back the same,
// and a map without any is still written in the oldest version that holds
// it; an older version's file may not hold "proposed".
func TestProposalFile(t *testing.T) {
	t.Parallel()
	x := newSuggested(t)
	data := snapshot(t, x.m)
	goldenFile(t, "proposals", data)
	if !bytes.Contains(data, []byte(`"version": 3,`)) || !bytes.Contains(data, []byte(`"proposed": {`)) {
		t.Errorf("suggestions not written as version 3:\n%s", data)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if proposals(back) != proposals(x.m) {
		t.Errorf("proposals read back:\n%s\nwant\n%s", proposals(back), proposals(x.m))
	}
	if again := snapshot(t, back); !bytes.Equal(again, data) {
		t.Error("encode(decode(encode(m))) differs")
	}
	// Accepting everything or rejecting everything leaves a version 1 map.
	for name, e := range map[string]argmap.Edit{"accepted": argmap.Accept(x.m.Pending()...), "rejected": argmap.Reject(x.m.Pending()...)} {
		m := back.Clone()
		if err := e.Apply(m); err != nil {
			t.Fatal(err)
		}
		if got := snapshot(t, m); !bytes.Contains(got, []byte(`"version": 1,`)) || bytes.Contains(got, []byte(`"proposed"`)) {
			t.Errorf("%s: not written as version 1:\n%s", name, got)
		}
	}
	if got := snapshot(t, x.m.Accepted()); !bytes.Equal(got, x.plain) {
		t.Error("the accepted view is not the map before the suggestions")
	}

	const id = "00000000-0000-4000-8000-000000000001"
	claim := func(version, proposed string) string {
		return `{"format": "argmap", "version": ` + version + `, "map": {"claims": [{"id": "` + id +
			`", "text": "a", "pos": {"x": 0, "y": 0}, "proposed": ` + proposed + `}]}}`
	}
	for _, tc := range []struct {
		name, in, err string
	}{
		{"version 1 refuses it", claim("1", `{"by": "suggester"}`), `map.claims[0]`},
		{"version 2 refuses it", claim("2", `{"by": "suggester"}`), `map.claims[0]`},
		{"version 3 reads it", claim("3", `{"by": "suggester", "time": "2026-12-01T23:00:00Z", "note": "n"}`), ""},
		{"bad time", claim("3", `{"by": "suggester", "time": "tonight"}`), `map.claims[0].proposed.time`},
		{"unknown key", claim("3", `{"by": "suggester", "score": 1}`), `map.claims[0].proposed`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := native.Decode([]byte(tc.in))
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				p := m.Claims[0].Proposal
				if p == nil || p.By != "suggester" || p.Note != "n" || !p.Time.Equal(proposedAt) {
					t.Errorf("proposal %+v", p)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want one naming %s", err, tc.err)
			}
		})
	}
}

// TestAcceptedViewSharesTexts: the accepted view changes nothing of the
// map, and the reasons of a map with suggestions quote the claims' texts
// as they are when asked, as for any map (the app edits a text without
// evaluating again).
func TestAcceptedViewSharesTexts(t *testing.T) {
	t.Parallel()
	x := newSuggested(t)
	before := state(t, x.m)
	l := eval.Evaluate(x.m)
	if state(t, x.m) != before {
		t.Fatal("evaluating changed the map")
	}
	x.m.Claim(x.r).Text = "A reason, reworded"
	if got := l.Reason(x.t); !strings.Contains(got, "A reason, reworded") {
		t.Errorf("reason %q quotes the old text", got)
	}
}

// TestAcceptedMemo: a linked argument with a pending co-premise is
// evaluated without it, and with it once it is accepted, undone, redone:
// the memo of the accepted view never answers for a map it was not built
// from.
func TestAcceptedMemo(t *testing.T) {
	t.Parallel()
	m := argmap.New("memo")
	ids := argmap.DeterministicIDs("memo")
	thesis, p1, p2, obj, link, oa := ids(), ids(), ids(), ids(), ids(), ids()
	m.Claims = []*argmap.Claim{{ID: thesis, Text: "T"}, {ID: p1, Text: "P1"},
		{ID: p2, Text: "P2", Proposal: &argmap.Proposal{By: "s"}}, {ID: obj, Text: "O"}}
	m.Arguments = []*argmap.Argument{
		{ID: link, Premises: []argmap.ID{p1, p2}, Target: thesis, Polarity: argmap.Pro},
		{ID: oa, Premises: []argmap.ID{obj}, Target: p2, Polarity: argmap.Con}}
	m.Reindex()
	fresh := func() map[argmap.ID]eval.Label { return labels(m.Accepted().Clone()) }
	h := argmap.NewHistory(m)
	check := func(step string, thesisWant eval.Label) {
		t.Helper()
		got, want := labels(m), fresh()
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s: %v is %v, evaluated afresh %v", step, id, got[id], w)
			}
		}
		if got[thesis] != thesisWant {
			t.Errorf("%s: the thesis is %v, want %v", step, got[thesis], thesisWant)
		}
	}
	// Pending, P2 is left out of the link (and O's objection with it): T stands.
	check("pending", eval.In)
	if err := h.Do(argmap.Accept(p2)); err != nil {
		t.Fatal(err)
	}
	// Accepted, P2 falls to O, and the link with it: T needs support it lacks.
	check("accepted", eval.Out)
	h.Undo()
	check("undone", eval.In)
	h.Redo()
	check("redone", eval.Out)
}
