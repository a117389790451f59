package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
)

const (
	acceptedText  = "An accepted objection"
	suggestedText = "A suggested objection nobody accepted"
)

// suggestedMap is a small map with an accepted objection to the thesis
// and a pending objection to that objection (its claim, argument and
// challenge proposed): only attacks, so that the abstract-framework
// writers write it too.
func suggestedMap(t *testing.T, dir string) string {
	return buildMapFile(t, dir, "suggested.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		thesis := &argmap.Claim{ID: id(), Text: "The thesis", Pos: argmap.Point{X: 0, Y: 0}}
		reason := &argmap.Claim{ID: id(), Text: acceptedText, Pos: argmap.Point{X: -200, Y: 200}}
		obj := &argmap.Claim{ID: id(), Text: suggestedText, Pos: argmap.Point{X: 200, Y: 200},
			Proposal: &argmap.Proposal{By: "assistant", Note: "from the text"}}
		oa := &argmap.Argument{ID: id(), Premises: []argmap.ID{obj.ID}, Target: reason.ID, Polarity: argmap.Con,
			Proposal: &argmap.Proposal{By: "assistant"}}
		m.Claims = []*argmap.Claim{thesis, reason, obj}
		m.Arguments = []*argmap.Argument{
			{ID: id(), Premises: []argmap.ID{reason.ID}, Target: thesis.ID, Polarity: argmap.Con}, oa}
		m.Challenges = []*argmap.Challenge{{ID: id(), Kind: argmap.Object, Target: reason.ID, Argument: oa.ID,
			Status: argmap.Open, Note: suggestedText + " (challenge)", Proposal: &argmap.Proposal{By: "assistant"}}}
		m.Meta.Modified = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	})
}

// TestWritersLeaveSuggestionsOut runs every registered writer (pictures
// and PDF included) on a map with a pending objection: no output holds its
// text, and each is what the writer makes of the map's accepted view, so
// that a picture cannot show it either. The native format, the map's own
// file, keeps it, marked proposed.
func TestWritersLeaveSuggestionsOut(t *testing.T) {
	t.Parallel()
	m, _, err := testFormats().Load(suggestedMap(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	if !m.HasPending() {
		t.Fatal("the suggestions were not saved")
	}
	accepted := m.Accepted()
	showsAccepted, n := 0, 0
	for _, f := range testFormats().All() {
		if f.Encode == nil {
			continue
		}
		n++
		t.Run(f.Name, func(t *testing.T) {
			got, err := f.Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if f.KeepsPrivate {
				if !bytes.Contains(got, []byte(suggestedText)) || !bytes.Contains(got, []byte(`"proposed"`)) {
					t.Errorf("the native format lost the suggestion:\n%s", got)
				}
				return
			}
			if bytes.Contains(got, []byte(suggestedText)) {
				t.Errorf("%s export holds a pending suggestion:\n%s", f.Title, got)
			}
			want, err := f.Encode(accepted)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s export differs from the export of the accepted map", f.Title)
			}
			if bytes.Contains(got, []byte(acceptedText)) {
				showsAccepted++
			}
		})
	}
	if n < 11 {
		t.Errorf("only %d writers registered; the picture formats missing?", n)
	}
	// The check has teeth only if claim texts reach some outputs at all.
	if showsAccepted < 5 {
		t.Errorf("only %d writers write the accepted claim: the test above proves little", showsAccepted)
	}
	if !m.HasPending() {
		t.Error("the writers changed the map they wrote")
	}
}

// TestExportCommandLeavesSuggestionsOut: argmap export (the PDF path too,
// which does not go through the registry's writer) and argmap eval leave
// the pending objection out.
func TestExportCommandLeavesSuggestionsOut(t *testing.T) {
	t.Parallel()
	path := suggestedMap(t, t.TempDir())
	for _, args := range [][]string{
		{"export", "-f", "md", path},
		{"export", "-f", "essay", path},
		{"export", "-f", "dot", path},
		{"eval", path},
	} {
		var stdout, stderr bytes.Buffer
		if code := testProgram().Run(args, strings.NewReader(""), &stdout, &stderr); code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		if strings.Contains(stdout.String(), suggestedText) {
			t.Errorf("%v shows the pending suggestion:\n%s", args, stdout.String())
		}
		if want := "OUT\tThe thesis\nIN\t" + acceptedText + "\n"; args[0] == "eval" && stdout.String() != want {
			t.Errorf("eval:\n%s\nwant (the pending objection changes nothing)\n%s", stdout.String(), want)
		}
	}
}
