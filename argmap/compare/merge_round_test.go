package compare_test

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/compare"
)

// TestMergeRound: the round merges as one value and each claim's speech as
// a field; a claim whose speech the merged round lacks leaves the round, so
// that the merge stays valid.
func TestMergeRound(t *testing.T) {
	t.Parallel()
	ids := argmaptest.IDs("merge-round")
	base := argmap.New("round")
	r := argmap.NewRound(ids, "policy")
	a := &argmap.Claim{ID: ids(), Text: "plan"}
	b := &argmap.Claim{ID: ids(), Text: "disad"}
	if err := argmap.Batch("set up", argmap.SetRound(r), argmap.AddClaim(a), argmap.AddClaim(b),
		argmap.SetClaimSpeech(a.ID, r.Speeches[0].ID), argmap.SetClaimSpeech(b.ID, r.Speeches[1].ID)).Apply(base); err != nil {
		t.Fatal(err)
	}
	ours, theirs := base.Clone(), base.Clone()
	// Ours files the disad under the 2NC; theirs names the 1AC's speaker.
	if err := argmap.SetClaimSpeech(b.ID, r.Speeches[3].ID).Apply(ours); err != nil {
		t.Fatal(err)
	}
	named := r.Clone()
	named.Speeches[0].Speaker = "Ada"
	if err := argmap.SetRound(named).Apply(theirs); err != nil {
		t.Fatal(err)
	}
	m, conflicts := compare.MergeWith(ids, base, ours, theirs)
	if len(conflicts) != 0 || m.Round.Speeches[0].Speaker != "Ada" || m.Claim(b.ID).Speech != r.Speeches[3].ID {
		t.Errorf("merge: conflicts %v, round %+v, disad in %v", conflicts, m.Round, m.Claim(b.ID).Speech)
	}
	// Theirs drops the 2NC from the round: ours' disad leaves the round.
	short := r.Clone()
	short.Speeches = append(short.Speeches[:3:3], short.Speeches[4:]...)
	theirs = base.Clone()
	if err := argmap.SetRound(short).Apply(theirs); err != nil {
		t.Fatal(err)
	}
	m, conflicts = compare.MergeWith(ids, base, ours, theirs)
	if err := argmap.Validate(m).Err(); err != nil {
		t.Fatalf("invalid merge: %v", err)
	}
	if len(conflicts) != 1 || !strings.Contains(conflicts[0].Message, "the merged round lacks") || m.Claim(b.ID).Speech != argmap.NilID || len(m.Round.Speeches) != 7 {
		t.Errorf("conflicts %v, disad in %v, %d speeches", conflicts, m.Claim(b.ID).Speech, len(m.Round.Speeches))
	}
}
