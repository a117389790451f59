package challenge

import (
	"fmt"

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// KindTitle names a kind of challenge for people.
func KindTitle(k argmap.ChallengeKind) string {
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

// Describe is a line on a challenge: kind, who, when, status; then its
// note, and an objection's or undercut's text.
func (c *Challenges) Describe(ch *argmap.Challenge) string {
	s := KindTitle(ch.Kind)
	if ch.Kind == argmap.CriticalQuestion {
		if qs := c.Questions(ch.Target); ch.Question >= 0 && ch.Question < len(qs) {
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
	if ch.Kind == argmap.Object || ch.Kind == argmap.Undercut {
		// Say which objection: two on one claim read the same otherwise.
		if t := c.objectionText(ch); t != "" && t != ch.Note {
			s += "\n“" + widgets.Shorten(t, 120) + "”"
		}
	}
	return s
}

// Wording is what a challenge asks, in words: the critical question worded
// with the argument's claims, or what an objection, undercut or question
// doubts.
func (c *Challenges) Wording(ch *argmap.Challenge) string {
	m := c.h.Doc().Map()
	label := func(id argmap.ID) string { return widgets.ItemLabel(m, id) }
	switch ch.Kind {
	case argmap.CriticalQuestion:
		if qs := c.Questions(ch.Target); ch.Question >= 0 && ch.Question < len(qs) {
			return qs[ch.Question]
		}
		if q := m.QuestionText(ch.Target, ch.Question); q != "" {
			return q
		}
	case argmap.Object:
		return fmt.Sprintf("Objection to “%s”: %s", widgets.Shorten(label(ch.Target), 90), widgets.Shorten(c.objectionText(ch), 120))
	case argmap.Undercut:
		return fmt.Sprintf("Does the step “%s” follow? %s", widgets.Shorten(label(ch.Target), 90), widgets.Shorten(c.objectionText(ch), 120))
	case argmap.Question:
		return fmt.Sprintf("What supports “%s”?", widgets.Shorten(label(ch.Target), 120))
	}
	return KindTitle(ch.Kind) + " on “" + widgets.Shorten(label(ch.Target), 120) + "”"
}

// objectionText is the text of the claim an objection or undercut added.
func (c *Challenges) objectionText(ch *argmap.Challenge) string {
	m := c.h.Doc().Map()
	if a := m.Argument(ch.Argument); a != nil && len(a.Premises) > 0 {
		return widgets.ItemLabel(m, a.Premises[0])
	}
	return ""
}
