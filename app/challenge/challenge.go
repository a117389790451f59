// Package challenge holds the editor's challenge commands and dialogs: a
// user's doubt made explicit, with who raised it and when
// (argmap/challenge.go). Object and Undercut add a con argument whose claim
// opens for editing; Question makes a claim need support; an asked critical
// question counts as an undercutter until it is answered or withdrawn;
// Rebut and Answer close an objection; Open Challenges lists what is left.
//
// The commands see the editor through a panel.Host and the few Commands
// given when they are built (placing a new claim, who is asking), so they
// build and test without the editor. The inspector's Challenges section
// calls them (it takes them as inspector.Challenges).
package challenge

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// Placeholder texts of the claims the commands add: the in-place editor
// opens on them at once, and a user who leaves one as it is still sees
// what the card is for.
const (
	TextObjection = "New objection"
	TextRebuttal  = "New rebuttal"
	TextUndercut  = "The step does not follow because…"
)

// AnswerNote tells, in the Answer dialog of an objection or undercut, what
// an answer does and does not do.
const AnswerNote = "An answer closes the challenge; the objection still counts against the claim until a rebuttal defeats it (Rebut)."

// LabelObject names Object by what it does beyond Add Objection: the
// objection is also kept as an open challenge until it is answered.
const LabelObject = "Object (tracked until answered)"

// Commands are what the challenge commands ask of the editor beyond their
// Host.
type Commands struct {
	// Window is where the dialogs open.
	Window fyne.Window
	// Schemes is the catalogue whose critical questions are asked (nil:
	// none).
	Schemes *argmap.Schemes
	// Author is who raises, asks and withdraws.
	Author func() string
	// AddClaim runs ed, which adds the claim id (an objection, an
	// undercutter, a rebuttal) and its argument, as one undo step under
	// label with the new card placed beside its neighbours, and opens the
	// claim for editing.
	AddClaim func(label string, ed argmap.Edit, id argmap.ID)
}

// Challenges runs the challenge commands on a Host's document.
type Challenges struct {
	h   panel.Host
	cmd Commands
}

// New builds the challenge commands of h's document.
func New(h panel.Host, cmd Commands) *Challenges {
	if cmd.Author == nil {
		cmd.Author = func() string { return "" }
	}
	if cmd.AddClaim == nil {
		cmd.AddClaim = func(_ string, ed argmap.Edit, _ argmap.ID) { _ = h.Do(ed) }
	}
	return &Challenges{h: h, cmd: cmd}
}

// Object challenges the selected claim with an objection.
func (c *Challenges) Object() {
	doc := c.h.Doc()
	id, ok := doc.Single()
	if !ok || doc.Map().Claim(id) == nil {
		return
	}
	ed, cid, _ := argmap.ObjectTo(doc.Mint(), doc.Map(), id, TextObjection, c.cmd.Author(), "")
	c.cmd.AddClaim("Object", ed, cid)
}

// Undercut challenges the selected argument's step from premises to
// conclusion.
func (c *Challenges) Undercut() {
	doc := c.h.Doc()
	id, ok := doc.Single()
	if !ok || doc.Map().Argument(id) == nil {
		return
	}
	ed, cid, _ := argmap.UndercutArg(doc.Mint(), doc.Map(), id, TextUndercut, c.cmd.Author(), "")
	c.cmd.AddClaim("Undercut", ed, cid)
}

// Question makes the selected claim need a reason that stands.
func (c *Challenges) Question() {
	doc := c.h.Doc()
	if id, ok := doc.Single(); ok && doc.Map().Claim(id) != nil {
		ed, _ := argmap.QuestionClaim(doc.Mint(), id, c.cmd.Author(), "")
		_ = c.h.Do(ed) // a failure shows in the status line
	}
}

// Rebut answers objection or undercut ch with a rebuttal to edit in place.
func (c *Challenges) Rebut(ch argmap.ID) {
	doc := c.h.Doc()
	ed, cid, _ := argmap.Rebut(doc.Mint().IDs, doc.Map(), ch, TextRebuttal)
	c.cmd.AddClaim("Rebut", ed, cid)
}

// Questions lists the critical questions of argument id's scheme, worded
// with the argument's own claims (no "{E}" slots).
func (c *Challenges) Questions(id argmap.ID) []string {
	if c.cmd.Schemes == nil {
		return nil
	}
	return c.cmd.Schemes.QuestionTexts(c.h.Doc().Map(), id)
}

// Asked reports whether question i of argument id's scheme is asked and
// still open: asking it again would add a second, identical challenge.
func (c *Challenges) Asked(id argmap.ID, i int) bool {
	for _, ch := range c.h.Doc().Map().Challenges {
		if ch.Kind == argmap.CriticalQuestion && ch.Target == id && ch.Question == i &&
			ch.Status == argmap.Open && ch.Proposal == nil {
			return true
		}
	}
	return false
}

// Ask asks question i of the scheme of argument id, unless it is asked and
// open already (then the status line says so).
func (c *Challenges) Ask(id argmap.ID, i int) {
	if c.Asked(id, i) {
		c.h.Status(fmt.Sprintf("Critical question %d is already asked and open: answer or withdraw it in the inspector", i+1))
		return
	}
	ed, _ := argmap.AskCriticalQuestion(c.h.Doc().Mint(), id, i, c.cmd.Author(), "")
	_ = c.h.Do(ed) // a failure shows in the status line
}

// AskDialog lets the user pick a critical question of the selected
// argument's scheme (the menu bar cannot list them); one asked and still
// open shows a disabled "Asked" instead of its Ask button.
func (c *Challenges) AskDialog() {
	id, ok := c.h.Doc().Single()
	qs := c.Questions(id)
	if !ok || len(qs) == 0 {
		c.h.Status("Select an argument with a scheme to ask its critical questions")
		return
	}
	// Each button is centred beside its text: stretched to the height of
	// a long question, it was a tall grey slab.
	box := container.NewVBox()
	var d dialog.Dialog
	for i, q := range qs {
		b := widget.NewButton("Ask", func() { d.Hide(); c.Ask(id, i) })
		if c.Asked(id, i) {
			b.SetText("Asked")
			b.Disable()
		}
		box.Add(container.NewBorder(nil, nil, nil, container.NewCenter(b), widgets.Wrapped(q)))
	}
	d = dialog.NewCustom("Ask a Critical Question", "Cancel", container.NewVScroll(box), c.cmd.Window)
	d.Resize(fyne.NewSize(620, 480))
	d.Show()
}

// ShowOpen lists the open challenges; choosing one selects and shows what
// it challenges.
func (c *Challenges) ShowOpen() {
	m := c.h.Doc().Map()
	open := argmap.OpenChallenges(m)
	box := container.NewVBox()
	var d dialog.Dialog
	for _, ch := range open {
		target := ch.Target
		b := widget.NewButton("Show", func() {
			d.Hide()
			c.h.SelectFrom([]argmap.ID{target}, nil) // selecting one thing brings it into view
		})
		text := c.Describe(ch) + "\non " + widgets.OnWhat(m, target)
		box.Add(container.NewBorder(nil, nil, nil, container.NewCenter(b), widgets.Wrapped(text)))
		box.Add(widget.NewSeparator())
	}
	if len(open) == 0 {
		box.Add(widgets.Wrapped("No open challenges: every objection, question and critical question has been answered or withdrawn."))
	}
	d = dialog.NewCustom(fmt.Sprintf("Open Challenges (%d)", len(open)), "Close", container.NewVScroll(box), c.cmd.Window)
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
}

// Answer asks for an answer and marks the challenge answered. The dialog
// says what is being answered (a critical question worded with the
// argument's claims) and takes the keyboard at once, so that the first
// keystrokes land in the field.
func (c *Challenges) Answer(ch argmap.ID) {
	chal := c.h.Doc().Map().Challenge(ch)
	if chal == nil {
		return
	}
	en := widgets.NewEscapeMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetMinRowsVisible(3)
	asked := widgets.Wrapped(c.Wording(chal))
	asked.TextStyle = fyne.TextStyle{Italic: true}
	items := []*widget.FormItem{
		widget.NewFormItem("Question", asked),
		widget.NewFormItem("Answer", en),
	}
	if chal.Kind == argmap.Object || chal.Kind == argmap.Undercut {
		// An answer in words does not defeat the objection's argument: the
		// claim stayed OUT after answering, with no word why.
		items = append(items, widget.NewFormItem("", widgets.Low(AnswerNote)))
		items[len(items)-1].Widget.(*widget.Label).Wrapping = fyne.TextWrapWord
	}
	d := dialog.NewForm("Answer Challenge", "Answer", "Cancel", items, func(ok bool) {
		if a := strings.TrimSpace(en.Text); ok && a != "" {
			_ = c.h.Do(argmap.AnswerChallenge(ch, a)) // a failure shows in the status line
		}
	}, c.cmd.Window)
	en.OnEscape = d.Hide  // the field has the keyboard: Escape cancels here
	en.OnEnter = d.Submit // Enter answers, Shift+Enter breaks the line
	en.SetPlaceHolder("Your answer (Enter answers, Shift+Enter breaks the line)")
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
	c.cmd.Window.Canvas().Focus(en)
}
