package flow_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/flow"
)

// round builds a round in code, each claim named by a short label.
type round struct {
	t     *testing.T
	m     *argmap.Map
	ids   func() argmap.ID
	name  map[argmap.ID]string
	claim map[string]argmap.ID
	arg   map[string]argmap.ID // "from>to" → the argument
}

func newRound(t *testing.T, format string) *round {
	t.Helper()
	ids := argmaptest.IDs("flow/" + format)
	r := &round{t: t, m: argmap.New(format), ids: ids, name: map[argmap.ID]string{}, claim: map[string]argmap.ID{}, arg: map[string]argmap.ID{}}
	if err := argmap.SetRound(argmap.NewRound(ids, format)).Apply(r.m); err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *round) speech(name string) argmap.ID {
	for _, s := range r.m.Round.Speeches {
		if s.Name == name {
			return s.ID
		}
	}
	r.t.Fatalf("no speech %q", name)
	return argmap.NilID
}

// say adds claim label in speech; with a target ("label" of a claim, or
// "a>b" for the argument from a to b) it answers it with polarity pol.
func (r *round) say(speech, label, target string, pol argmap.Polarity) {
	r.t.Helper()
	c := &argmap.Claim{ID: r.ids(), Text: label}
	var e argmap.Edit
	if target == "" {
		c.Speech = r.speech(speech)
		e = argmap.AddClaim(c)
	} else {
		to, ok := r.claim[target]
		if !ok {
			to, ok = r.arg[target]
		}
		if !ok {
			r.t.Fatalf("no target %q", target)
		}
		a := &argmap.Argument{ID: r.ids(), Target: to, Polarity: pol}
		e = argmap.AddAnswer(c, r.speech(speech), a)
		r.arg[label+">"+target] = a.ID
	}
	if err := e.Apply(r.m); err != nil {
		r.t.Fatalf("%s %s: %v", speech, label, err)
	}
	r.claim[label] = c.ID
	r.name[c.ID] = label
}

// labels lists the labels of a set of claims, sorted.
func (r *round) labels(set map[argmap.ID]bool) string {
	var out []string
	for id, ok := range set {
		if ok {
			out = append(out, r.name[id])
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// sheet draws the grid as text: one line per row, cells separated by "|".
func (r *round) sheet(g flow.Grid) string {
	var b strings.Builder
	for row := range g.Rows {
		cells := make([]string, len(g.Columns))
		for col := range g.Columns {
			if id := g.At(col, row); id != argmap.NilID {
				cells[col] = r.name[id]
			}
		}
		fmt.Fprintln(&b, strings.TrimRight(strings.Join(cells, "|"), "|"))
	}
	return b.String()
}

// policyRound: the affirmative's plan and advantage; the negative's
// disadvantage and a case turn; a 2AC answer to the disadvantage only (the
// case turn is dropped); the exchange on the disadvantage continues to the
// 2AR.
func policyRound(t *testing.T) *round {
	r := newRound(t, "policy")
	con, pro := argmap.Con, argmap.Pro
	r.say("1AC", "plan", "", "")
	r.say("1AC", "adv", "plan", pro)
	r.say("1NC", "disad", "plan", con)
	r.say("1NC", "turn", "adv", con)
	r.say("1NC", "solvency", "adv>plan", con) // undercuts the inference adv → plan
	r.say("2AC", "nolink", "disad", con)
	r.say("2AC", "solves", "solvency", con)
	r.say("2NC", "link", "nolink", con)
	r.say("1AR", "nolink2", "link", con)
	r.say("2NR", "impact", "disad", pro)
	r.say("2AR", "outweighs", "impact", con)
	return r
}

func TestDroppedExtendedPolicy(t *testing.T) {
	t.Parallel()
	r := policyRound(t)
	// turn: the aff never answers it. solves (2AC): the neg never answers
	// it. nolink2 (1AR): the 2NR extends the disad instead. outweighs
	// (2AR): the neg does not speak again, so it cannot be dropped.
	if got, want := r.labels(flow.Dropped(r.m)), "nolink2 solves turn"; got != want {
		t.Errorf("dropped %q, want %q", got, want)
	}
	// plan: the 2AC answers the disad against it. adv: the 2AC answers the
	// undercut of its inference. disad: the 2NR's impact supports it.
	// nolink: the 1AR answers the link against it.
	if got, want := r.labels(flow.Extended(r.m)), "adv disad nolink plan"; got != want {
		t.Errorf("extended %q, want %q", got, want)
	}
}

func TestLayoutPolicy(t *testing.T) {
	t.Parallel()
	r := policyRound(t)
	g := flow.Layout(r.m)
	want := strings.Join([]string{
		"plan|disad|nolink|link||nolink2|impact|outweighs",
		"adv|turn",
		"|solvency|solves",
	}, "\n") + "\n"
	if got := r.sheet(g); got != want {
		t.Errorf("sheet:\n%s\nwant:\n%s", got, want)
	}
}

// bpRound: the four teams of British Parliamentary; the closing teams
// extend their benches.
func bpRound(t *testing.T) *round {
	r := newRound(t, "bp")
	con, pro := argmap.Con, argmap.Pro
	r.say("PM", "ban", "", "")
	r.say("PM", "pollution", "ban", pro)
	r.say("LO", "freedom", "ban", con)
	r.say("DPM", "buses", "freedom", con)
	r.say("DLO", "jobs", "ban", con)
	r.say("MG", "health", "ban", pro)
	r.say("MO", "cost", "buses", con)
	r.say("GW", "cheap", "cost", con)
	r.say("OW", "crowded", "buses", con)
	return r
}

func TestDroppedExtendedBP(t *testing.T) {
	t.Parallel()
	r := bpRound(t)
	for _, tc := range []struct{ name, got, want string }{
		// cheap (GW): the Opposition Whip answers buses, not it.
		{"dropped", r.labels(flow.Dropped(r.m)), "cheap health jobs pollution"},
		// ban: MG supports it, DPM answers LO's answer; buses: GW answers
		// MO's answer; freedom: MO answers DPM's answer to it.
		{"extended", r.labels(flow.Extended(r.m)), "ban buses freedom"},
		{"sheet", r.sheet(flow.Layout(r.m)), "ban|freedom|buses|jobs|health|cost|cheap|crowded\npollution\n"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

// TestLayoutStacks: answers to one claim stack in the rows below it, in
// map order; a claim answering nothing takes a fresh line; a later
// speech's new claim does not sit beside an earlier answer.
func TestLayoutStacks(t *testing.T) {
	t.Parallel()
	r := newRound(t, "ld")
	con := argmap.Con
	r.say("AC", "value", "", "")
	r.say("AC", "criterion", "", "")
	r.say("NC", "a1", "value", con)
	r.say("NC", "a2", "value", con)
	r.say("NC", "a3", "value", con)
	r.say("NC", "counter", "", "")
	r.say("1AR", "r2", "a2", con)
	r.say("1AR", "r1", "a1", con)
	r.say("1AR", "rc", "criterion", con)
	r.say("NR", "x", "r2", con)
	want := strings.Join([]string{
		"value|a1|r1",
		"|a2|r2|x",
		"|a3",
		"criterion||rc",
		"|counter",
	}, "\n") + "\n"
	if got := r.sheet(flow.Layout(r.m)); got != want {
		t.Errorf("sheet:\n%s\nwant:\n%s", got, want)
	}
}

// TestLayoutProperties: on random rounds every claim of the round has a
// cell in its speech's column, no two share one, no claim sits above what
// it answers, and claims outside the round have none.
func TestLayoutProperties(t *testing.T) {
	t.Parallel()
	for seed := range 50 {
		rnd := rand.New(rand.NewPCG(uint64(seed), 3))
		r := newRound(t, []string{"policy", "bp", "worlds", "pf", "ld"}[seed%5])
		speeches := r.m.Round.Speeches
		var labels []string
		for i := range 40 {
			label := fmt.Sprint("c", i)
			sp := speeches[rnd.IntN(len(speeches))].Name
			if len(labels) == 0 || rnd.IntN(4) == 0 {
				r.say(sp, label, "", "")
			} else {
				pol := argmap.Con
				if rnd.IntN(3) == 0 {
					pol = argmap.Pro
				}
				r.say(sp, label, labels[rnd.IntN(len(labels))], pol)
			}
			labels = append(labels, label)
		}
		// One claim outside the round.
		if err := argmap.AddClaim(&argmap.Claim{ID: r.ids(), Text: "loose"}).Apply(r.m); err != nil {
			t.Fatal(err)
		}
		g := flow.Layout(r.m)
		seen := map[flow.Cell]bool{}
		for _, c := range r.m.Claims {
			cell, ok := g.Cells[c.ID]
			if (c.Speech == argmap.NilID) == ok {
				t.Fatalf("seed %d: %q placed %v, speech %v", seed, c.Text, ok, c.Speech)
			}
			if !ok {
				continue
			}
			if seen[cell] {
				t.Fatalf("seed %d: two claims in %v", seed, cell)
			}
			seen[cell] = true
			if want := r.m.Round.Index(c.Speech); cell.Col != want || cell.Row >= g.Rows || g.At(cell.Col, cell.Row) != c.ID {
				t.Fatalf("seed %d: %q at %v, speech column %d, rows %d", seed, c.Text, cell, want, g.Rows)
			}
			if p, ok := g.Answers[c.ID]; ok && g.Cells[p].Row > cell.Row {
				t.Fatalf("seed %d: %q at %v above what it answers at %v", seed, c.Text, cell, g.Cells[p])
			}
		}
	}
}

// TestNoRound: a map without a round has nothing dropped, extended or
// placed.
func TestNoRound(t *testing.T) {
	t.Parallel()
	m := argmap.New("plain")
	if err := argmap.AddClaim(&argmap.Claim{ID: argmap.DeterministicIDs("plain")(), Text: "x"}).Apply(m); err != nil {
		t.Fatal(err)
	}
	if d, e, g := flow.Dropped(m), flow.Extended(m), flow.Layout(m); len(d)+len(e)+len(g.Cells)+g.Rows+len(g.Columns) != 0 {
		t.Errorf("dropped %v, extended %v, grid %+v", d, e, g)
	}
}

// TestMarksCases: one rule of Dropped or Extended at a time, on a
// Lincoln–Douglas round (AC NC 1AR NR 2AR).
func TestMarksCases(t *testing.T) {
	t.Parallel()
	con, pro := argmap.Con, argmap.Pro
	for _, tc := range []struct {
		name              string
		build             func(r *round)
		dropped, extended string
	}{
		{"unanswered", func(r *round) { r.say("AC", "v", "", "") }, "v", ""},
		// x is dropped in turn: the affirmative never answers it.
		{"answered", func(r *round) { r.say("AC", "v", "", ""); r.say("NC", "x", "v", con) }, "x", ""},
		{"answered by a pro argument of the other side", func(r *round) {
			r.say("AC", "v", "", "")
			r.say("NC", "grant", "v", pro)
		}, "grant", ""},
		{"the inference answered", func(r *round) {
			r.say("AC", "v", "", "")
			r.say("AC", "c", "v", pro)
			r.say("NC", "u", "c>v", con)
		}, "u v", ""}, // c is answered (its inference is), v is not
		{"answered by its own side only", func(r *round) {
			r.say("AC", "v", "", "")
			r.say("1AR", "again", "v", pro)
		}, "again v", "v"},
		{"used again as a premise", func(r *round) {
			r.say("AC", "v", "", "")
			r.say("NC", "x", "v", con)
			r.say("1AR", "y", "x", con)
			// The 1AR's y and the AC's v together answer x once more.
			a := &argmap.Argument{ID: r.ids(), Premises: []argmap.ID{r.claim["v"], r.claim["y"]}, Target: r.claim["x"], Polarity: con}
			if err := argmap.AddArgument(a).Apply(r.m); err != nil {
				t.Fatal(err)
			}
		}, "y", "v"},
		{"the last speech cannot be dropped", func(r *round) { r.say("2AR", "late", "", "") }, "", ""},
		{"the NR is answered only by the 2AR", func(r *round) { r.say("NR", "n", "", ""); r.say("2AR", "a", "n", con) }, "", ""},
		{"an answer from an earlier speech does not count", func(r *round) {
			r.say("NC", "n", "", "")
			r.say("AC", "pre", "n", con)
		}, "n pre", ""},
		{"a claim outside the round", func(r *round) {
			if err := argmap.AddClaim(&argmap.Claim{ID: r.ids(), Text: "loose"}).Apply(r.m); err != nil {
				t.Fatal(err)
			}
		}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRound(t, "ld")
			tc.build(r)
			if got := r.labels(flow.Dropped(r.m)); got != tc.dropped {
				t.Errorf("dropped %q, want %q", got, tc.dropped)
			}
			if got := r.labels(flow.Extended(r.m)); got != tc.extended {
				t.Errorf("extended %q, want %q", got, tc.extended)
			}
		})
	}
}

// TestDroppedSoFar: while a policy round is flowed live, a 1AC claim the
// 1NC left alone is not dropped until the negative has spoken after it;
// once it has (or the judge moved past its speech), it is.
func TestDroppedSoFar(t *testing.T) {
	t.Parallel()
	r := newRound(t, "policy")
	r.say("1AC", "harms", "", argmap.Pro)
	g := flow.Layout(r.m)
	if got := flow.DroppedSoFar(r.m, g, 0); len(got) != 0 {
		t.Errorf("dropped while the 1AC is being flowed: %s", r.labels(got))
	}
	if got := flow.DroppedSoFar(r.m, g, 2); !got[r.claim["harms"]] {
		t.Errorf("not dropped once the judge moved past the 1NC: %s", r.labels(got))
	}
	r.say("1NC", "counterplan", "", argmap.Pro)
	g = flow.Layout(r.m)
	if got, want := flow.DroppedSoFar(r.m, g, 1), flow.Dropped(r.m); !got[r.claim["harms"]] || !want[r.claim["harms"]] {
		t.Errorf("once the 1NC spoke: so far %s, at the end %s", r.labels(got), r.labels(want))
	}
}
