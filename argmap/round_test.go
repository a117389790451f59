package argmap_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/gen"
)

// roundSnapshot is the encoded map plus the round and each claim's speech
// spelled out, so that the law holds for the round whatever version the
// encoder picks.
func roundSnapshot(t *testing.T, m *argmap.Map) []byte {
	t.Helper()
	var b bytes.Buffer
	b.Write(snapshot(t, m))
	if m.Round != nil {
		fmt.Fprintf(&b, "\nround %q %v", m.Round.Format, m.Round.Speeches)
	}
	for _, c := range m.Claims {
		fmt.Fprintf(&b, "\n%s %s", c.ID, c.Speech)
	}
	return b.Bytes()
}

// randomRoundEdit makes an edit of the round, of a claim's speech, or an
// answer, that may or may not apply.
func randomRoundEdit(r *rand.Rand, m *argmap.Map, ids func() argmap.ID) argmap.Edit {
	claim := func() argmap.ID {
		if len(m.Claims) == 0 || r.IntN(15) == 0 {
			return ids()
		}
		return m.Claims[r.IntN(len(m.Claims))].ID
	}
	speech := func() argmap.ID {
		switch {
		case r.IntN(10) == 0:
			return ids() // unknown: the edit must fail cleanly
		case r.IntN(8) == 0:
			return argmap.NilID
		case m.Round == nil || len(m.Round.Speeches) == 0:
			return ids()
		}
		return m.Round.Speeches[r.IntN(len(m.Round.Speeches))].ID
	}
	switch r.IntN(8) {
	case 0:
		return argmap.SetRound(argmap.NewRound(ids, []string{"policy", "bp", "worlds", "pf", "ld", "custom"}[r.IntN(6)]))
	case 1:
		// The same round with a speech renamed, or one dropped.
		nr := m.Round.Clone()
		if nr != nil && len(nr.Speeches) > 0 {
			i := r.IntN(len(nr.Speeches))
			if r.IntN(2) == 0 {
				nr.Speeches[i].Name += "'"
				nr.Speeches[i].Speaker = "Sam"
			} else {
				nr.Speeches = append(nr.Speeches[:i], nr.Speeches[i+1:]...)
			}
		}
		return argmap.SetRound(nr)
	case 2:
		return argmap.ClearRound(m)
	case 3, 4:
		return argmap.SetClaimSpeech(claim(), speech())
	case 5, 6:
		pol := argmap.Con
		if r.IntN(3) == 0 {
			pol = argmap.Pro
		}
		return argmap.AddAnswer(&argmap.Claim{ID: ids(), Text: "answer"}, speech(),
			&argmap.Argument{ID: ids(), Target: claim(), Polarity: pol})
	default:
		return argmap.AddClaim(&argmap.Claim{ID: ids(), Text: "in a speech", Speech: speech()})
	}
}

// TestRoundUndoLaw: the round's edits, applied and reverted, leave the
// map exactly as it was; failed ones change nothing; redo repeats the
// first apply; the map stays valid.
func TestRoundUndoLaw(t *testing.T) {
	t.Parallel()
	for seed := range 30 {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		ids := argmaptest.IDs(fmt.Sprint("round", seed))
		m := gen.Tree(20, int64(seed))
		for step := range 60 {
			var e argmap.Edit
			if r.IntN(4) == 0 {
				e = randomEdit(r, m, ids)
			} else {
				e = randomRoundEdit(r, m, ids)
			}
			before := roundSnapshot(t, m)
			if err := e.Apply(m); err != nil {
				if got := roundSnapshot(t, m); !bytes.Equal(got, before) {
					t.Fatalf("seed %d step %d: failed %q (%v) changed the map", seed, step, e.Label(), err)
				}
				continue
			}
			after := roundSnapshot(t, m)
			e.Revert(m)
			if got := roundSnapshot(t, m); !bytes.Equal(got, before) {
				t.Fatalf("seed %d step %d: revert of %q did not restore the map", seed, step, e.Label())
			}
			if err := e.Apply(m); err != nil {
				t.Fatalf("seed %d step %d: redo of %q failed: %v", seed, step, e.Label(), err)
			}
			if got := roundSnapshot(t, m); !bytes.Equal(got, after) {
				t.Fatalf("seed %d step %d: redo of %q differs from the first apply", seed, step, e.Label())
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("seed %d step %d: %q left an invalid map: %v", seed, step, e.Label(), ps.Err())
			}
		}
	}
}

// TestRoundEditsRefuse: the edits that would leave a claim in a speech
// that does not exist fail, naming why.
func TestRoundEditsRefuse(t *testing.T) {
	t.Parallel()
	ids := argmaptest.IDs("refuse")
	m := argmap.New("r")
	round := argmap.NewRound(ids, "policy")
	if err := argmap.SetRound(round).Apply(m); err != nil {
		t.Fatal(err)
	}
	c := &argmap.Claim{ID: ids.New(), Text: "plan", Speech: round.Speeches[0].ID}
	if err := argmap.AddClaim(c).Apply(m); err != nil {
		t.Fatal(err)
	}
	stranger := ids.New()
	shorter := round.Clone()
	shorter.Speeches = shorter.Speeches[1:]
	for _, tc := range []struct {
		name string
		e    argmap.Edit
		want string
	}{
		{"unknown speech", argmap.SetClaimSpeech(c.ID, stranger), "speech " + stranger.String()[:8]},
		{"add into unknown speech", argmap.AddClaim(&argmap.Claim{ID: ids.New(), Text: "x", Speech: stranger}), "not found"},
		{"round without the claim's speech", argmap.SetRound(shorter), "which the round lacks"},
		{"remove the round under its claims", argmap.SetRound(nil), "which the round lacks"},
		{"speech without ID", argmap.SetRound(&argmap.Round{Format: "custom", Speeches: []argmap.Speech{{Name: "A", Side: "a"}}}), "has no ID"},
	} {
		err := tc.e.Apply(m)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to say %q", tc.name, err, tc.want)
		}
	}
	if err := argmap.ClearRound(m).Apply(m); err != nil {
		t.Fatalf("ClearRound: %v", err)
	}
	if m.Round != nil || c.Speech != argmap.NilID {
		t.Fatalf("ClearRound left round %v, speech %v", m.Round, c.Speech)
	}
}

// TestNewRoundFormats: every built-in format has its speeches in order,
// two sides, fresh IDs; BP's four teams.
func TestNewRoundFormats(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		format string
		names  string
		sides  string
	}{
		{"policy", "1AC 1NC 2AC 2NC 1NR 1AR 2NR 2AR", "aff neg aff neg neg aff neg aff"},
		{"bp", "PM LO DPM DLO MG MO GW OW", "gov opp gov opp gov opp gov opp"},
		{"worlds", "Prop 1,Opp 1,Prop 2,Opp 2,Prop 3,Opp 3,Opp Reply,Prop Reply", "prop opp prop opp prop opp opp prop"},
		{"pf", "Pro Constructive,Con Constructive,Pro Rebuttal,Con Rebuttal,Pro Summary,Con Summary,Pro Final Focus,Con Final Focus", "pro con pro con pro con pro con"},
		{"ld", "AC NC 1AR NR 2AR", "aff neg aff neg aff"},
		{"custom", "", ""},
		{"nonsense", "", ""},
	} {
		r := argmap.NewRound(nil, tc.format)
		var names, sides []string
		seen := map[argmap.ID]bool{}
		for _, s := range r.Speeches {
			names = append(names, s.Name)
			sides = append(sides, s.Side)
			if s.ID == argmap.NilID || seen[s.ID] {
				t.Errorf("%s: speech %s has ID %v (nil or taken)", tc.format, s.Name, s.ID)
			}
			seen[s.ID] = true
		}
		sep := " "
		if strings.Contains(tc.names, ",") {
			sep = ","
		}
		if got := strings.Join(names, sep); got != tc.names {
			t.Errorf("%s: speeches %q, want %q", tc.format, got, tc.names)
		}
		if got := strings.Join(sides, " "); got != tc.sides {
			t.Errorf("%s: sides %q, want %q", tc.format, got, tc.sides)
		}
	}
	var teams []string
	for _, s := range argmap.NewRound(nil, "bp").Speeches {
		teams = append(teams, s.Team)
	}
	if got := strings.Join(teams, " "); got != "OG OO OG OO CG CO CG CO" {
		t.Errorf("bp teams %q", got)
	}
}

// TestValidateRound: a claim in an unknown speech, a speech without a name
// or side, a duplicate speech ID and an unknown format are errors at their
// place.
func TestValidateRound(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("validate-round")
	s1 := ids()
	m := argmap.New("v")
	m.Round = &argmap.Round{Format: "chess", Speeches: []argmap.Speech{
		{ID: s1, Name: "A", Side: "x"}, {ID: s1, Name: " ", Side: ""},
	}}
	m.Claims = []*argmap.Claim{{ID: ids(), Text: "ok", Speech: s1}, {ID: ids(), Text: "lost", Speech: ids()}}
	m.Reindex()
	var got []string
	for _, p := range argmap.Validate(m) {
		if p.Severity == argmap.SeverityError {
			got = append(got, p.Place)
		}
	}
	want := "map.round.format map.round.speeches[1].id map.round.speeches[1].name map.round.speeches[1].side map.claims[1].speech"
	if strings.Join(got, " ") != want {
		t.Errorf("errors at %q, want %q", strings.Join(got, " "), want)
	}
}

// TestRoundNext: the next speech, and the next of the other side (policy's
// 2NC is followed by the 1NR, both negative).
func TestRoundNext(t *testing.T) {
	t.Parallel()
	r := argmap.NewRound(nil, "policy")
	name := func(s *argmap.Speech) string {
		if s == nil {
			return "-"
		}
		return s.Name
	}
	var got []string
	for _, s := range r.Speeches {
		got = append(got, s.Name+":"+name(r.Next(s.ID))+"/"+name(r.NextOpposing(s.ID)))
	}
	want := "1AC:1NC/1NC 1NC:2AC/2AC 2AC:2NC/2NC 2NC:1NR/1AR 1NR:1AR/1AR 1AR:2NR/2NR 2NR:2AR/2AR 2AR:-/-"
	if strings.Join(got, " ") != want {
		t.Errorf("next %q, want %q", strings.Join(got, " "), want)
	}
	var none *argmap.Round
	if none.Next(argmap.NilID) != nil || r.NextOpposing(argmap.NilID) != nil {
		t.Error("Next of nothing is something")
	}
}

// TestRoundScope: a round's edit changes the logic (dropped marks follow
// the sides) and the document; filing a claim under a speech, the logic
// of that claim.
func TestRoundScope(t *testing.T) {
	t.Parallel()
	m := argmap.New("s")
	r := argmap.NewRound(nil, "ld")
	e := argmap.SetRound(r)
	if err := e.Apply(m); err != nil {
		t.Fatal(err)
	}
	if c := argmap.ScopeOf(e); !c.Has(argmap.Logic) || !c.Has(argmap.Document) {
		t.Errorf("SetRound scope %+v", c)
	}
	id := argmap.DeterministicIDs("scope")()
	if err := argmap.AddClaim(&argmap.Claim{ID: id, Text: "x"}).Apply(m); err != nil {
		t.Fatal(err)
	}
	s := argmap.SetClaimSpeech(id, r.Speeches[1].ID)
	if err := s.Apply(m); err != nil {
		t.Fatal(err)
	}
	if c := argmap.ScopeOf(s); !c.Has(argmap.Logic) || len(c.IDs) != 1 || c.IDs[0] != id {
		t.Errorf("SetClaimSpeech scope %+v", c)
	}
}
