package app

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/argmap"
)

// Placeholder texts of new cards: the in-place editor opens on them at once,
// and a user who leaves one as it is still sees what the card is for.
const (
	textClaim     = "New claim"
	textReason    = "New reason"
	textObjection = challenge.TextObjection
	textRebuttal  = challenge.TextRebuttal
	textPremise   = "New co-premise"
)

// addClaimAt adds a free-standing claim centred at p and starts editing it.
func (e *Editor) addClaimAt(p argmap.Point) {
	c := &argmap.Claim{ID: e.doc.Mint().ID(), Text: textClaim, Pos: e.freeSpot(p, nil)}
	if e.do(argmap.AddClaim(c)) == nil {
		e.startEditing(c.ID)
	}
}

// addClaim adds a free-standing claim in the middle of the view; in the
// flow view, a claim of the current speech, edited in the flow.
func (e *Editor) addClaim() {
	if e.flowShown() && e.flow.addFromCommand(false, "Add Claim", textClaim) {
		return
	}
	e.addClaimAt(e.view.ViewCenter())
}

// addArgumentTo adds a new claim as the single premise of a new argument
// with the given polarity aimed at target (a claim or an argument), placed
// near its target, and starts editing it.
func (e *Editor) addArgumentTo(target argmap.ID, pol argmap.Polarity, label, text string) {
	c := &argmap.Claim{ID: e.doc.Mint().ID(), Text: text}
	a := &argmap.Argument{ID: e.doc.Mint().ID(), Premises: []argmap.ID{c.ID}, Target: target, Polarity: pol}
	if e.addPlaced(label, argmap.Batch(label, argmap.AddClaim(c), argmap.AddArgument(a)), c.ID) {
		e.startEditing(c.ID)
	}
}

// addReason gives the selected claim a new supporting reason.
func (e *Editor) addReason() {
	if id, ok := e.single(); ok && e.doc.Map().Claim(id) != nil {
		e.addArgumentTo(id, argmap.Pro, "Add Reason", textReason)
	}
}

// addObjection objects to the selected claim, or undercuts the selected
// argument (the premises may hold but the step does not follow).
//
// In the flow view an objection to a claim of the sheet is an answer in
// the next speech of the other side, edited in the flow; so is an undercut
// of an inference with a premise on the sheet.
func (e *Editor) addObjection() {
	id, ok := e.single()
	switch {
	case !ok:
	case e.flowShown() && e.flow.addFromCommand(true, "Add Objection", textObjection):
	case e.doc.Map().Claim(id) != nil:
		e.addArgumentTo(id, argmap.Con, "Add Objection", textObjection)
	case e.doc.Map().Argument(id) != nil:
		flow := e.flowShown()
		e.addArgumentTo(id, argmap.Con, "Undercut", textObjection)
		if flow {
			// The flow places an undercut by the inference's premises:
			// this one has none in the round's speeches.
			e.status.message("Undercut added on the map: the flow has no place for it, as no premise of the inference was made in a speech (Ctrl+L for the flow)")
		}
	}
}

// canAddRebuttal reports whether the selection is an objection (or a
// rebuttal) that a rebuttal can answer.
func (e *Editor) canAddRebuttal() bool {
	id, ok := e.single()
	if !ok || e.doc.Map().Claim(id) == nil {
		return false
	}
	r := e.doc.Roles()[id]
	return r == argmap.RoleObjection || r == argmap.RoleRebuttal || r == argmap.RoleUndercutter
}

// addRebuttal answers the selected objection with a con argument against
// it; in the flow view, in the next speech of the other side.
func (e *Editor) addRebuttal() {
	if !e.canAddRebuttal() {
		return
	}
	if !e.flowShown() || !e.flow.addFromCommand(true, "Add Rebuttal", textRebuttal) {
		id, _ := e.single()
		e.addArgumentTo(id, argmap.Con, "Add Rebuttal", textRebuttal)
	}
}

// coPremiseArgument is the argument a co-premise would join: the selected
// argument, or the first argument the selected claim is a premise of.
func (e *Editor) coPremiseArgument() *argmap.Argument {
	id, ok := e.single()
	if !ok {
		return nil
	}
	if a := e.doc.Map().Argument(id); a != nil {
		return a
	}
	if from := e.doc.Map().ArgumentsFrom(id); len(from) > 0 {
		return from[0]
	}
	return nil
}

func (e *Editor) canAddCoPremise() bool { return e.coPremiseArgument() != nil }

// addCoPremise adds a linked premise beside the selected premise: the
// premises of one argument hold only together.
func (e *Editor) addCoPremise() {
	a := e.coPremiseArgument()
	if a == nil {
		return
	}
	c := &argmap.Claim{ID: e.doc.Mint().ID(), Text: textPremise}
	add := argmap.Batch("Add Co-premise", argmap.AddClaim(c), argmap.AddPremise(a.ID, c.ID))
	if e.addPlaced("Add Co-premise", add, c.ID) {
		e.startEditing(c.ID)
	}
}

// startEditing selects a new claim, brings it into view and opens the
// in-place editor on it.
func (e *Editor) startEditing(id argmap.ID) {
	if e.flow.editsOnSheet(id) {
		return
	}
	e.Select([]argmap.ID{id})
	e.view.Reveal(id)
	e.view.EditText(id)
	// The placeholder text is selected, so that typing replaces it.
	if f, ok := e.win.Canvas().Focused().(fyne.Shortcutable); ok && isTextField(f) {
		f.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// editText opens the in-place editor on the selected claim.
func (e *Editor) editText() {
	if id, ok := e.single(); ok && e.doc.Map().Claim(id) != nil && !e.flow.editsOnSheet(id) {
		e.view.Reveal(id)
		e.view.EditText(id)
	}
}

// deleteSelection removes the selected claims and arguments with what
// hangs on them (see argmap.Remove); one undo brings all back.
func (e *Editor) deleteSelection() {
	if len(e.doc.Selection()) == 0 {
		return
	}
	m := e.doc.Map()
	nc, na := len(m.Claims), len(m.Arguments)
	if e.do(argmap.Remove(e.doc.Selection()...)) == nil {
		e.Select(nil)
		e.status.message(deletedMessage(nc-len(m.Claims), na-len(m.Arguments)))
	}
}

// deletedMessage says what a delete took, with the arguments that went
// with the claims, and how to get it back: a card deleted off screen (or
// from the outline) otherwise left no sign that anything happened.
func deletedMessage(claims, args int) string {
	var what []string
	if claims > 0 {
		what = append(what, plural(claims, "claim", "claims"))
	}
	if args > 0 {
		what = append(what, plural(args, "argument", "arguments"))
	}
	if len(what) == 0 {
		return "Deleted nothing"
	}
	return "Deleted " + strings.Join(what, " and ") + " (Edit › Undo restores)"
}

// selectAll selects every claim.
func (e *Editor) selectAll() {
	ids := make([]argmap.ID, len(e.doc.Map().Claims))
	for i, c := range e.doc.Map().Claims {
		ids[i] = c.ID
	}
	e.Select(ids)
}

// undo and redo step through the history.
func (e *Editor) undo() {
	if label := e.doc.History().UndoLabel(); e.doc.History().Undo() {
		e.status.message("Undone: " + label)
	}
}

func (e *Editor) redo() {
	if label := e.doc.History().RedoLabel(); e.doc.History().Redo() {
		e.status.message("Redone: " + label)
	}
}
