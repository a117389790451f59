package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// Challenges: a user's doubt made explicit, with who raised it and when
// (argmap/challenge.go). Object and Undercut add a con argument whose claim
// opens for editing; Question makes a claim need support; an asked critical
// question counts as an undercutter until it is answered or withdrawn.

// labelObject names Object by what it does beyond Add Objection: the
// objection is also kept as an open challenge until it is answered.
const labelObject = "Object (tracked until answered)"

// object challenges the selected claim with an objection.
func (e *Editor) object() {
	id, ok := e.single()
	if !ok || e.doc.Map().Claim(id) == nil {
		return
	}
	ed, cid, _ := argmap.ObjectTo(e.doc.Mint(), e.doc.Map(), id, textObjection, e.author(), "")
	if e.addPlaced("Object", ed, cid) {
		e.startEditing(cid)
	}
}

// undercut challenges the selected argument's step from premises to
// conclusion.
func (e *Editor) undercut() {
	id, ok := e.single()
	if !ok || e.doc.Map().Argument(id) == nil {
		return
	}
	ed, cid, _ := argmap.UndercutArg(e.doc.Mint(), e.doc.Map(), id, "The step does not follow because…", e.author(), "")
	if e.addPlaced("Undercut", ed, cid) {
		e.startEditing(cid)
	}
}

// question makes the selected claim need a reason that stands.
func (e *Editor) question() {
	if id, ok := e.single(); ok && e.doc.Map().Claim(id) != nil {
		ed, _ := argmap.QuestionClaim(e.doc.Mint(), id, e.author(), "")
		e.do(ed)
	}
}

// assess sets the selected claim's assessment.
func (e *Editor) assess(a argmap.Assessment) {
	if id, ok := e.single(); ok {
		if c := e.doc.Map().Claim(id); c != nil && c.Assessment != a {
			e.do(argmap.Assess(id, a))
		}
	}
}

// askCriticalQuestion asks question i of the scheme of argument id.
func (e *Editor) askCriticalQuestion(id argmap.ID, i int) {
	ed, _ := argmap.AskCriticalQuestion(e.doc.Mint(), id, i, e.author(), "")
	e.do(ed)
}

// criticalQuestions lists the questions of argument id's scheme, worded
// with the argument's own claims (no "{E}" slots).
func (e *Editor) criticalQuestions(id argmap.ID) []string {
	if e.schemes == nil {
		return nil
	}
	return e.schemes.QuestionTexts(e.doc.Map(), id)
}

// challengeClaimItems are the challenges of the selected claim, for the
// Challenge menu and the context menu.
func (e *Editor) challengeClaimItems() []*fyne.MenuItem {
	id, ok := e.single()
	c := e.doc.Map().Claim(id)
	if !ok || c == nil {
		return nil
	}
	assess := func(label string, a argmap.Assessment) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { e.assess(a) })
		it.Checked = c.Assessment == a && a != argmap.Unassessed
		return it
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(labelObject, e.object),
		fyne.NewMenuItem("Question", e.question),
		assess("Accept", argmap.Accepted),
		assess("Reject", argmap.Rejected),
		assess("Clear Assessment", argmap.Unassessed),
	}
}

// challengeArgumentItems are the challenges of the selected argument.
func (e *Editor) challengeArgumentItems() []*fyne.MenuItem {
	id, ok := e.single()
	if !ok || e.doc.Map().Argument(id) == nil {
		return nil
	}
	items := []*fyne.MenuItem{fyne.NewMenuItem("Undercut", e.undercut)}
	if qs := e.criticalQuestions(id); len(qs) > 0 {
		ask := fyne.NewMenuItem("Ask Critical Question", nil)
		ask.ChildMenu = fyne.NewMenu("")
		for i, q := range qs {
			ask.ChildMenu.Items = append(ask.ChildMenu.Items, fyne.NewMenuItem(widgets.Shorten(q, 70), func() { e.askCriticalQuestion(id, i) }))
		}
		items = append(items, ask)
	}
	return items
}

// askCriticalQuestionDialog lets the user pick a critical question of the
// selected argument's scheme (the menu bar cannot list them).
func (e *Editor) askCriticalQuestionDialog() {
	id, ok := e.single()
	qs := e.criticalQuestions(id)
	if !ok || len(qs) == 0 {
		e.status.message("Select an argument with a scheme to ask its critical questions")
		return
	}
	box := container.NewVBox()
	var d dialog.Dialog
	for i, q := range qs {
		b := widget.NewButton("Ask", func() { d.Hide(); e.askCriticalQuestion(id, i) })
		box.Add(container.NewBorder(nil, nil, nil, b, wrapped(q)))
	}
	d = dialog.NewCustom("Ask a Critical Question", "Cancel", container.NewVScroll(box), e.win)
	d.Resize(fyne.NewSize(620, 480))
	d.Show()
}

// challengeKindTitle names a kind of challenge for people.
func challengeKindTitle(k argmap.ChallengeKind) string {
	switch k {
	case argmap.Object:
		return "Objection"
	case argmap.Undercut:
		return "Undercut"
	case argmap.Question:
		return "Question"
	case argmap.CriticalQuestion:
		return "Critical question"
	}
	return string(k)
}

// rebut answers an objection or undercut with a rebuttal to edit in place.
func (e *Editor) rebut(ch argmap.ID) {
	ed, cid, _ := argmap.Rebut(e.doc.Mint().IDs, e.doc.Map(), ch, textRebuttal)
	if e.addPlaced("Rebut", ed, cid) {
		e.startEditing(cid)
	}
}

// showOpenChallenges lists the open challenges; choosing one selects and
// shows what it challenges.
func (e *Editor) showOpenChallenges() {
	open := argmap.OpenChallenges(e.doc.Map())
	cs := e.challengeSection()
	box := container.NewVBox()
	var d dialog.Dialog
	for _, ch := range open {
		target := ch.Target
		b := widget.NewButton("Show", func() {
			d.Hide()
			e.Select([]argmap.ID{target})
			e.view.Reveal(target)
		})
		text := fmt.Sprintf("%s\non “%s”", cs.Describe(ch), widgets.Shorten(widgets.ItemLabel(e.doc.Map(), target), 90))
		box.Add(container.NewBorder(nil, nil, nil, b, wrapped(text)))
		box.Add(widget.NewSeparator())
	}
	if len(open) == 0 {
		box.Add(wrapped("No open challenges: every objection, question and critical question has been answered or withdrawn."))
	}
	d = dialog.NewCustom(fmt.Sprintf("Open Challenges (%d)", len(open)), "Close", container.NewVScroll(box), e.win)
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
}

// challengeSection is what the inspector's Challenges section asks of the
// challenges (inspector.Challenges) and the Answer dialog: it sees its host
// and the few commands below, not the editor.
type challengeSection struct {
	h   host
	cmd challengeCommands
}

// challengeCommands are what the challenge section asks of the editor
// beyond its host.
type challengeCommands struct {
	win          fyne.Window                             // for the Answer dialog
	questions    func(id argmap.ID) []string             // the critical questions of an argument's scheme
	questionText func(id argmap.ID, question int) string // one worded with the argument's claims, or "" without a catalogue
	author       func() string                           // who withdraws
	rebut        func(ch argmap.ID)                      // Rebut: a rebuttal to edit in place
	ask          func()                                  // Ask a Critical Question…
}

// challengeSection builds the section for e.
func (e *Editor) challengeSection() *challengeSection {
	return &challengeSection{h: e, cmd: challengeCommands{
		win:       e.win,
		questions: e.criticalQuestions,
		questionText: func(id argmap.ID, q int) string {
			if e.schemes == nil {
				return ""
			}
			return e.schemes.QuestionText(e.doc.Map(), id, q)
		},
		author: e.author,
		rebut:  e.rebut,
		ask:    e.askCriticalQuestionDialog,
	}}
}

// Describe is one line on a challenge: kind, who, when, status.
func (cs *challengeSection) Describe(ch *argmap.Challenge) string {
	s := challengeKindTitle(ch.Kind)
	if ch.Kind == argmap.CriticalQuestion {
		if qs := cs.cmd.questions(ch.Target); ch.Question >= 0 && ch.Question < len(qs) {
			s += ": " + qs[ch.Question]
		}
	}
	if ch.Author != "" {
		s += " — " + ch.Author
	}
	if !ch.Time.IsZero() {
		s += ", " + ch.Time.Local().Format("2 Jan 15:04")
	}
	switch ch.Status {
	case argmap.Answered:
		s += " · answered"
	case argmap.Withdrawn:
		s += " · withdrawn"
	default:
		s += " · open"
	}
	if ch.Answer != "" {
		s += ": " + ch.Answer
	}
	if ch.Note != "" {
		s += "\n" + ch.Note
	}
	return s
}

// Answer asks for an answer and marks the challenge answered. The
// dialog says what is being answered (a critical question worded with the
// argument's claims) and takes the keyboard at once, so that the first
// keystrokes land in the field.
func (cs *challengeSection) Answer(ch argmap.ID) {
	c := cs.h.Doc().Map().Challenge(ch)
	if c == nil {
		return
	}
	en := widget.NewMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetMinRowsVisible(3)
	en.SetPlaceHolder("Your answer")
	asked := wrapped(cs.question(c))
	asked.TextStyle = fyne.TextStyle{Italic: true}
	d := dialog.NewForm("Answer Challenge", "Answer", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Question", asked),
		widget.NewFormItem("Answer", en),
	}, func(ok bool) {
		if a := strings.TrimSpace(en.Text); ok && a != "" {
			_ = cs.h.Do(argmap.AnswerChallenge(ch, a)) // a failure shows in the status line
		}
	}, cs.cmd.win)
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
	cs.cmd.win.Canvas().Focus(en)
}

// Rebut answers objection or undercut ch with a rebuttal to edit in place.
func (cs *challengeSection) Rebut(ch argmap.ID) { cs.cmd.rebut(ch) }

// AskDialog lets the user pick a critical question of the selected
// argument's scheme.
func (cs *challengeSection) AskDialog() { cs.cmd.ask() }

// question is what a challenge asks, in words: the critical
// question worded with the argument's claims, or what an objection,
// undercut or question doubts.
func (cs *challengeSection) question(ch *argmap.Challenge) string {
	m := cs.h.Doc().Map()
	label := func(id argmap.ID) string { return widgets.ItemLabel(m, id) }
	switch ch.Kind {
	case argmap.CriticalQuestion:
		if qs := cs.cmd.questions(ch.Target); ch.Question >= 0 && ch.Question < len(qs) {
			return qs[ch.Question]
		}
		if q := m.QuestionText(ch.Target, ch.Question); q != "" {
			return q
		}
	case argmap.Object:
		return fmt.Sprintf("Objection to “%s”: %s", widgets.Shorten(label(ch.Target), 90), widgets.Shorten(cs.objectionText(ch), 120))
	case argmap.Undercut:
		return fmt.Sprintf("Does the step “%s” follow? %s", widgets.Shorten(label(ch.Target), 90), widgets.Shorten(cs.objectionText(ch), 120))
	case argmap.Question:
		return fmt.Sprintf("What supports “%s”?", widgets.Shorten(label(ch.Target), 120))
	}
	return challengeKindTitle(ch.Kind) + " on “" + widgets.Shorten(label(ch.Target), 120) + "”"
}

// objectionText is the text of the claim an objection or undercut added.
func (cs *challengeSection) objectionText(ch *argmap.Challenge) string {
	m := cs.h.Doc().Map()
	if a := m.Argument(ch.Argument); a != nil && len(a.Premises) > 0 {
		return widgets.ItemLabel(m, a.Premises[0])
	}
	return ""
}
