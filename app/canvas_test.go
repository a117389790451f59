package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// TestAskedQuestionShowsOnTheMap: the shell gives the canvas the scheme
// and the asked question of an argument, which does not apply while the
// question is open and applies again once it is answered.
func TestAskedQuestionShowsOnTheMap(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	var link *argmap.Argument
	for _, a := range m.Arguments {
		if len(a.Premises) == 2 {
			link = a
		}
	}
	e.do(argmap.SetScheme(link.ID, "expert-opinion"))
	if mk := e.argMarks()[link.ID]; mk.Scheme != "Expert opinion" || len(mk.Questions) != 0 || mk.Inapplicable {
		t.Fatalf("marks %+v before the question, want the scheme alone", mk)
	}
	ed, ch := argmap.AskCriticalQuestion(argmap.Mint{}, link.ID, 0, "me", "")
	e.do(ed)
	mk := e.argMarks()[link.ID]
	if len(mk.Questions) != 1 || mk.Questions[0].Text == "" || strings.ContainsAny(mk.Questions[0].Text, "{}") || mk.Questions[0].Answered || !mk.Inapplicable {
		t.Fatalf("marks %+v after asking, want one open question and the argument not applying", mk)
	}
	e.do(argmap.AnswerChallenge(ch, "yes"))
	if mk := e.argMarks()[link.ID]; len(mk.Questions) != 1 || !mk.Questions[0].Answered || mk.Inapplicable {
		t.Fatalf("marks %+v after the answer, want it answered and the argument applying", mk)
	}
}

// TestCanvasMarksAreRenderMarks: what the canvas draws on the arguments
// is render.ArgMarks (the pictures' marks) with the questions' words on
// top, with the evaluation shown and without, questions open and answered.
func TestCanvasMarksAreRenderMarks(t *testing.T) {
	for _, evaluating := range []bool{true, false} {
		e := newTestEditor(t)
		e.setEvaluation(evaluating)
		args := e.Map().Arguments
		e.do(argmap.SetScheme(args[0].ID, "expert-opinion"))
		e.do(argmap.SetScheme(args[1].ID, "sign"))
		ed, ch := argmap.AskCriticalQuestion(argmap.Mint{}, args[0].ID, 1, "me", "")
		e.do(ed)
		ed, _ = argmap.AskCriticalQuestion(argmap.Mint{}, args[0].ID, 0, "me", "")
		e.do(ed)
		e.do(argmap.AnswerChallenge(ch, "yes"))
		ed, _ = argmap.AskCriticalQuestion(argmap.Mint{}, args[2].ID, 0, "me", "")
		e.do(ed)

		var labels scene.Labels
		if l := e.doc.Labels(); l != nil {
			labels = l
		}
		want := render.ArgMarks(e.Map(), labels)
		got := e.argMarks()
		if len(got) != len(want) {
			t.Fatalf("evaluating %v: %d marks, render has %d", evaluating, len(got), len(want))
		}
		for id, w := range want {
			g := got[id]
			var answered []bool
			for _, q := range g.Questions {
				if q.Text == "" || strings.ContainsAny(q.Text, "{}") {
					t.Errorf("evaluating %v: argument %v: question text %q", evaluating, id, q.Text)
				}
				answered = append(answered, q.Answered)
			}
			if g.Scheme != w.Scheme || g.Inapplicable != w.Inapplicable || fmt.Sprint(answered) != fmt.Sprint(w.Answered) {
				t.Errorf("evaluating %v: argument %v: canvas %+v, render %+v", evaluating, id, g, w)
			}
		}
		if q := got[args[0].ID].Questions; len(q) != 2 || !q[0].Answered || q[1].Answered {
			t.Errorf("evaluating %v: questions of the first argument %+v, want answered then open", evaluating, q)
		}
	}
}

// TestConnectByDragging drags a claim's connect handle across the window
// (fyne's test driver) onto claims and arrows of the demo map: a drop the
// map takes makes the argument or the co-premise (saying so when it closes
// a circle of support); one it refuses changes nothing and says why in the
// status line.
func TestConnectByDragging(t *testing.T) {
	for _, tc := range []struct {
		name, from, to string // claim texts; to "arrow:" + a premise's text for its argument
		status         string // the status line after the drop, "" for a connection made
		args, premises int    // arguments and premises added
	}{
		{"a reason for another claim", "Most parents", "Pupils learn", "", 1, 0},
		{"a co-premise", "Most parents", "arrow:Teenagers", "", 0, 1},
		{"onto itself", "Pupils learn", "Pupils learn", "Not connected: " + mapview.ErrConnectSelf.Error(), 0, 0},
		{"a premise it already is", "Pupils learn", "arrow:Teenagers", "Not connected: the claim is already a premise of this argument", 0, 0},
		{"a premise of its own conclusion", "A later start", "arrow:Most parents", "Not connected: a claim cannot be a premise of its own conclusion", 0, 0},
		{"a reason for its own reason", "Secondary schools", "Pupils learn", "Connected, but " + circularNote, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m := e.Map()
			from := claimByText(t, m, tc.from)
			var to scene.Point
			if p, ok := strings.CutPrefix(tc.to, "arrow:"); ok {
				a := argumentOf(t, m, claimByText(t, m, p).ID)
				// The middle of the first leg: off the cards, the junction's marks
				// and the arrowhead.
				to = e.View().Scene().Edge(a.ID).Segs[0].Mid()
			} else {
				to = e.View().Scene().Card(claimByText(t, m, tc.to).ID).Box.Center()
			}
			nArgs, nPremises := len(m.Arguments), links(m)
			e.Select([]argmap.ID{from.ID}) // its connect handle shows
			box := e.View().Scene().Card(from.ID).Box
			start := windowPos(e, scene.Point{X: box.X + box.W/2, Y: box.Y})
			end := windowPos(e, to)
			test.Drag(e.win.Canvas(), end, end.X-start.X, end.Y-start.Y)
			if got := e.status.msg.Text; (tc.status == "" && strings.Contains(got, "onnected")) || (tc.status != "" && got != tc.status) {
				t.Errorf("status %q, want %q", got, tc.status)
			}
			if d := len(m.Arguments) - nArgs; d != tc.args {
				t.Errorf("%d arguments added, want %d", d, tc.args)
			}
			if d := links(m) - nPremises; d != tc.premises+tc.args {
				t.Errorf("%d premises added, want %d", d, tc.premises+tc.args)
			}
		})
	}
}

// TestConnectRefusalIsTheEdits: the canvas refuses exactly the drops whose
// edit the map refuses, for every claim onto every claim and argument.
func TestConnectRefusalIsTheEdits(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	var targets []argmap.ID
	for _, c := range m.Claims {
		targets = append(targets, c.ID)
	}
	for _, a := range m.Arguments {
		targets = append(targets, a.ID)
	}
	for _, from := range m.Claims {
		for _, to := range targets {
			var ed argmap.Edit
			if m.Argument(to) != nil {
				ed = argmap.AddPremise(to, from.ID)
			} else {
				ed = argmap.AddArgument(&argmap.Argument{ID: argmaptest.IDs("trial")(), Premises: []argmap.ID{from.ID}, Target: to, Polarity: argmap.Pro})
			}
			editErr := ed.Apply(m.Clone())
			if refusal := e.connectRefusal(from.ID, to); (refusal == nil) != (editErr == nil) {
				t.Errorf("%q onto %v: the canvas says %v, the edit %v", from.Text, to, refusal, editErr)
			}
		}
	}
}

// TestConnectNote: a connection that makes a claim support itself through
// pro arguments (directly, along a chain, or as a co-premise) is taken
// with a caution; through a con argument, or none, without.
func TestConnectNote(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	id := func(text string) argmap.ID { return claimByText(t, m, text).ID }
	mainC, r1, b1, o1 := id("Secondary schools"), id("Teenagers"), id("Most parents"), id("A later start")
	// b1 supports r1, which supports the main conclusion.
	chain := &argmap.Argument{ID: e.doc.Mint().ID(), Premises: []argmap.ID{b1}, Target: r1, Polarity: argmap.Pro}
	if err := e.do(argmap.AddArgument(chain)); err != nil {
		t.Fatal(err)
	}
	var objection argmap.ID
	for _, a := range m.Arguments {
		if a.Polarity == argmap.Con && a.Target == mainC {
			objection = a.ID
		}
	}
	for _, tc := range []struct {
		name     string
		from, to argmap.ID
		circular bool
	}{
		{"the conclusion onto its reason", mainC, r1, true},
		{"the conclusion onto its reason's reason", mainC, b1, true},
		{"the conclusion as a co-premise of its reason's reason", mainC, chain.ID, true},
		{"a reason onto another claim", r1, o1, false},
		{"the conclusion as a co-premise of an objection", mainC, objection, false},
		{"an objection onto the conclusion's reason", o1, r1, false},
	} {
		got := e.connectNote(tc.from, tc.to)
		if (got != "") != tc.circular {
			t.Errorf("%s: note %q, want circular %v", tc.name, got, tc.circular)
		}
	}
}

// windowPos is where map point p shows in the window.
func windowPos(e *Editor, p scene.Point) fyne.Position {
	v := e.View()
	c, z, size := v.ViewCenter(), float64(v.Zoom()), v.Size()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	return abs.Add(fyne.NewPos(float32((p.X-c.X)*z+float64(size.Width)/2), float32((p.Y-c.Y)*z+float64(size.Height)/2)))
}

// argumentOf is the argument claim id is a premise of.
func argumentOf(t *testing.T, m *argmap.Map, id argmap.ID) *argmap.Argument {
	t.Helper()
	for _, a := range m.Arguments {
		if a.HasPremise(id) {
			return a
		}
	}
	t.Fatalf("claim %v is no premise", id)
	return nil
}

// keyCanvas is a canvas with key-down events, as the desktop driver's is
// (Fyne's test canvas has none).
type keyCanvas struct {
	fyne.Canvas
	down, up func(*fyne.KeyEvent)
}

func (c *keyCanvas) OnKeyDown() func(*fyne.KeyEvent)     { return c.down }
func (c *keyCanvas) SetOnKeyDown(f func(*fyne.KeyEvent)) { c.down = f }
func (c *keyCanvas) OnKeyUp() func(*fyne.KeyEvent)       { return c.up }
func (c *keyCanvas) SetOnKeyUp(f func(*fyne.KeyEvent))   { c.up = f }

// TestKeyPutsTipAway: a key the window gets (Ctrl+N's N, say, before its
// Unsaved Changes dialog opens) puts the question tip away, and a
// key-down handler already on the canvas still runs.
func TestKeyPutsTipAway(t *testing.T) {
	e := newTestEditor(t)
	c := &keyCanvas{Canvas: e.win.Canvas()}
	prevRan, hidden := false, false
	c.SetOnKeyDown(func(*fyne.KeyEvent) { prevRan = true })
	hideTipOnKeys(c, func() { hidden = true })
	c.OnKeyDown()(&fyne.KeyEvent{Name: fyne.KeyN})
	if !hidden {
		t.Error("a key did not put the tip away")
	}
	if !prevRan {
		t.Error("the canvas's own key-down handler did not run")
	}
}
