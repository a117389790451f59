package app

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// evaluate recomputes which claims stand after an edit and shows it on
// the canvas. eval.Evaluate is linear (well under a millisecond on
// 20,000 claims), so it runs on the UI goroutine, on the map itself, with
// no copy and no race.
func (e *Editor) evaluate() {
	if !e.evalOn {
		e.labels = nil
		e.view.SetStatus(nil)
		return
	}
	e.labels = eval.Evaluate(e.m)
	st := make(map[argmap.ID]mapview.Status, len(e.m.Claims)+len(e.m.Arguments))
	put := func(id argmap.ID) {
		switch e.labels.Label(id) {
		case eval.In:
			st[id] = mapview.StatusIn
		case eval.Out:
			st[id] = mapview.StatusOut
		case eval.Undec:
			st[id] = mapview.StatusUndec
		}
	}
	for _, c := range e.m.Claims {
		put(c.ID)
	}
	for _, a := range e.m.Arguments {
		put(a.ID)
	}
	e.view.SetStatus(st)
}

// setEvaluation turns the overlay on or off.
func (e *Editor) setEvaluation(on bool) {
	e.evalOn = on
	e.refreshAll()
	if on {
		e.status.message("Showing what stands: IN, OUT or UNDEC on every card")
	} else {
		e.status.message("Evaluation hidden")
	}
}

// evalReason is the evaluation's reason for the label of id, or "" when
// the overlay is off.
func (e *Editor) evalReason(id argmap.ID) string {
	if e.labels == nil {
		return ""
	}
	return e.labels.Reason(id)
}

// showReason shows the evaluation of id in l, coloured by its label, or
// hides l when the overlay is off.
func (e *Editor) showReason(l *widget.Label, id argmap.ID) {
	reason := e.evalReason(id)
	if reason == "" {
		l.Hide()
		return
	}
	switch e.labels.Label(id) {
	case eval.In:
		l.Importance = widget.SuccessImportance
	case eval.Out:
		l.Importance = widget.DangerImportance
	default:
		l.Importance = widget.WarningImportance
	}
	l.SetText(reason)
	l.Show()
}

// evalSummary is the status bar's count of labels, or "" when off.
func (e *Editor) evalSummary() string {
	if e.labels == nil {
		return ""
	}
	c := e.labels.ClaimCounts()
	return fmt.Sprintf("%d stand · %d fall · %d undecided", c.In, c.Out, c.Undec)
}
