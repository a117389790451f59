package document

import (
	"errors"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// fixture is a map with a main claim, a premise supporting it and an
// objection attacking it.
func fixture(t *testing.T) (*Document, *argmap.Claim, *argmap.Claim, *argmap.Claim) {
	t.Helper()
	m := argmap.New("Sleep")
	id := 0
	next := func() argmap.ID {
		id++
		return argmap.ID{byte(id)}
	}
	main := &argmap.Claim{ID: next(), Text: "Schools should start later"}
	prem := &argmap.Claim{ID: next(), Text: "Teenagers sleep late"}
	obj := &argmap.Claim{ID: next(), Text: "Buses cost more"}
	for _, ed := range []argmap.Edit{
		argmap.AddClaim(main), argmap.AddClaim(prem), argmap.AddClaim(obj),
		argmap.AddArgument(&argmap.Argument{ID: next(), Premises: []argmap.ID{prem.ID}, Target: main.ID, Polarity: argmap.Pro}),
		argmap.AddArgument(&argmap.Argument{ID: next(), Premises: []argmap.ID{obj.ID}, Target: main.ID, Polarity: argmap.Con}),
	} {
		if err := ed.Apply(m); err != nil {
			t.Fatal(err)
		}
	}
	return New(m, "", nil), main, prem, obj
}

// TestChangePublished: each edit, undo and redo reaches the subscribers
// once, with its scope, after the document's own state is current.
func TestChangePublished(t *testing.T) {
	t.Parallel()
	d, main, _, obj := fixture(t)
	var got []argmap.Change
	var labelSeen []eval.Label
	d.Subscribe(func(c argmap.Change) {
		got = append(got, c)
		labelSeen = append(labelSeen, d.Labels().Label(main.ID))
	})
	before := d.Labels().Label(main.ID)
	for _, tc := range []struct {
		name string
		run  func() error
		want argmap.Aspect
	}{
		{"text", func() error { return d.Do(argmap.SetText(main.ID, "Start at nine")) }, argmap.Content},
		{"move", func() error {
			return d.Do(argmap.Move([]argmap.ID{main.ID}, []argmap.Point{{X: 10, Y: 20}}, false))
		}, argmap.Geometry},
		{"reject the objection", func() error { return d.Do(argmap.Assess(obj.ID, argmap.Rejected)) }, argmap.Logic},
		{"undo", func() error {
			if !d.History().Undo() {
				return errors.New("nothing to undo")
			}
			return nil
		}, argmap.Logic},
	} {
		n := len(got)
		if err := tc.run(); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != n+1 {
			t.Fatalf("%s: %d changes published, want 1", tc.name, len(got)-n)
		}
		if !got[n].Has(tc.want) {
			t.Errorf("%s: change %+v lacks aspect %v", tc.name, got[n], tc.want)
		}
	}
	// Rejecting the only objection lets the main claim stand, and the
	// subscriber saw the new label, not the old one.
	if labelSeen[2] != eval.In || labelSeen[3] != before {
		t.Errorf("labels seen by subscribers %v, want IN after the rejection and %v after its undo", labelSeen, before)
	}
}

// TestFailedEditPublishesNothing: an edit that fails returns its error
// and changes nothing.
func TestFailedEditPublishesNothing(t *testing.T) {
	t.Parallel()
	d, _, _, _ := fixture(t)
	n := 0
	d.Subscribe(func(argmap.Change) { n++ })
	if err := d.Do(argmap.SetText(argmap.ID{99}, "x")); err == nil {
		t.Fatal("an edit of a missing claim succeeded")
	}
	if n != 0 || d.Dirty() {
		t.Errorf("failed edit: %d changes published, dirty %v", n, d.Dirty())
	}
}

// TestSelectionDropsRemoved: deleting a selected claim drops it from the
// selection before subscribers run; undo does not bring it back.
func TestSelectionDropsRemoved(t *testing.T) {
	t.Parallel()
	d, main, prem, _ := fixture(t)
	d.Select(main.ID, prem.ID)
	var seen []argmap.ID
	d.Subscribe(func(argmap.Change) { seen = d.Selection() })
	if err := d.Do(argmap.Remove(prem.ID)); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0] != main.ID {
		t.Errorf("selection after delete %v, want [%v]", seen, main.ID)
	}
	if id, ok := d.Single(); !ok || id != main.ID {
		t.Errorf("Single = %v %v", id, ok)
	}
}

// TestEvaluationOff: with the evaluation off, Labels is nil and Reason
// empty; turning it on evaluates the map as it is.
func TestEvaluationOff(t *testing.T) {
	t.Parallel()
	d, main, _, _ := fixture(t)
	d.SetEvaluation(false)
	if d.Labels() != nil || d.Reason(main.ID) != "" || d.Evaluating() {
		t.Fatal("evaluation still on")
	}
	if err := d.Do(argmap.SetText(main.ID, "x")); err != nil {
		t.Fatal(err)
	}
	d.SetEvaluation(true)
	if d.Labels() == nil || d.Labels().Label(main.ID) == eval.Unlabelled {
		t.Fatal("evaluation not back on")
	}
}

// TestNameAndFile: the name is the file's, else the title, else Untitled.
func TestNameAndFile(t *testing.T) {
	t.Parallel()
	d, _, _, _ := fixture(t)
	for _, tc := range []struct {
		path, title, want string
	}{
		{"", "Sleep", "Sleep"},
		{"", "  ", "Untitled"},
		{"/tmp/x/school.argmap", "Sleep", "school.argmap"},
	} {
		d.Map().Meta.Title = tc.title
		d.SetFile(tc.path, nil)
		if got := d.Name(); got != tc.want {
			t.Errorf("path %q title %q: name %q, want %q", tc.path, tc.title, got, tc.want)
		}
	}
}

// TestLabelsKeptWhileLogicUnchanged: typing and dragging keep the same
// labelling (nothing is evaluated again); a change of logic gives a new
// one that agrees with a cold evaluation of the map.
func TestLabelsKeptWhileLogicUnchanged(t *testing.T) {
	t.Parallel()
	d, main, prem, obj := fixture(t)
	l := d.Labels()
	if err := d.Do(argmap.SetText(prem.ID, "Teenagers fall asleep late")); err != nil {
		t.Fatal(err)
	}
	if d.Labels() != l {
		t.Error("a text edit evaluated the map again")
	}
	if err := d.Do(argmap.Assess(obj.ID, argmap.Rejected)); err != nil {
		t.Fatal(err)
	}
	cold := eval.Evaluate(d.Map())
	for _, id := range []argmap.ID{main.ID, prem.ID, obj.ID} {
		if got, want := d.Labels().Label(id), cold.Label(id); got != want {
			t.Errorf("claim %v: label %v, a cold evaluation says %v", id, got, want)
		}
	}
}
