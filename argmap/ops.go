package argmap

import (
	"slices"
)

// SetText changes a claim's text.
func SetText(id ID, text string) Edit {
	return UpdateClaim(id, "Edit Text", func(c *Claim) { c.Text = text })
}

// Assess sets a claim's rubric assessment.
func Assess(id ID, a Assessment) Edit {
	label := "Clear Assessment"
	switch a {
	case Accepted:
		label = "Accept"
	case Questioned:
		label = "Question"
	case Rejected:
		label = "Reject"
	}
	return UpdateClaim(id, label, func(c *Claim) { c.Assessment = a })
}

// SetPinned pins or unpins claims.
func SetPinned(ids []ID, pinned bool) Edit {
	label := "Unpin"
	if pinned {
		label = "Pin"
	}
	edits := make([]Edit, len(ids))
	for i, id := range ids {
		edits[i] = UpdateClaim(id, label, func(c *Claim) { c.Pinned = pinned })
	}
	return Batch(label, edits...)
}

// SetColor sets the colour of a claim or an argument ("" for the default).
func SetColor(m *Map, id ID, color string) Edit {
	return annotate(m, id, "Set Colour", func(a *Annotations) { a.Color = color })
}

// AddTag adds a tag to a claim or an argument, once.
func AddTag(m *Map, id ID, tag string) Edit {
	return annotate(m, id, "Add Tag", func(a *Annotations) {
		if !slices.Contains(a.Tags, tag) {
			a.Tags = append(a.Tags, tag)
		}
	})
}

// RemoveTag removes a tag from a claim or an argument.
func RemoveTag(m *Map, id ID, tag string) Edit {
	return annotate(m, id, "Remove Tag", func(a *Annotations) {
		a.Tags = slices.DeleteFunc(a.Tags, func(t string) bool { return t == tag })
	})
}

// SetLinks replaces the links of a claim or an argument.
func SetLinks(m *Map, id ID, links []string) Edit {
	links = append([]string(nil), links...)
	return annotate(m, id, "Edit Links", func(a *Annotations) { a.Links = links })
}

// AddComment adds a comment to a claim or an argument.
func AddComment(m *Map, id ID, c Comment) Edit {
	return annotate(m, id, "Add Comment", func(a *Annotations) { a.Comments = append(a.Comments, c) })
}

// EditComment changes the text of a comment on a claim or an argument.
func EditComment(m *Map, id, comment ID, text string) Edit {
	return annotate(m, id, "Edit Comment", func(a *Annotations) {
		for i := range a.Comments {
			if a.Comments[i].ID == comment {
				a.Comments[i].Text = text
			}
		}
	})
}

// DeleteComment removes a comment from a claim or an argument.
func DeleteComment(m *Map, id, comment ID) Edit {
	return annotate(m, id, "Delete Comment", func(a *Annotations) {
		a.Comments = slices.DeleteFunc(a.Comments, func(c Comment) bool { return c.ID == comment })
	})
}

// SetCommentPrivate marks a comment private (a rubric remark a student
// does not see) or releases it.
func SetCommentPrivate(m *Map, id, comment ID, private bool) Edit {
	label := "Release Comment"
	if private {
		label = "Make Comment Private"
	}
	return annotate(m, id, label, func(a *Annotations) {
		for i := range a.Comments {
			if a.Comments[i].ID == comment {
				a.Comments[i].Private = private
			}
		}
	})
}

// ReleasePrivateLabel is the label of the edit ReleasePrivate makes.
const ReleasePrivateLabel = "Release Private Comments"

// ReleasePrivate clears the private mark of every comment of the map, in
// one undo step; nil when no comment is private.
func ReleasePrivate(m *Map) Edit {
	release := func(a *Annotations) {
		for i := range a.Comments {
			a.Comments[i].Private = false
		}
	}
	var edits []Edit
	for _, c := range m.Claims {
		if hasPrivate(c.Comments) {
			edits = append(edits, UpdateClaim(c.ID, ReleasePrivateLabel, func(c *Claim) { release(&c.Annotations) }))
		}
	}
	for _, a := range m.Arguments {
		if hasPrivate(a.Comments) {
			edits = append(edits, UpdateArgument(a.ID, ReleasePrivateLabel, func(a *Argument) { release(&a.Annotations) }))
		}
	}
	if len(edits) == 0 {
		return nil
	}
	return Batch(ReleasePrivateLabel, edits...)
}

// annotate changes the annotations of the claim or argument id.
func annotate(m *Map, id ID, label string, fn func(*Annotations)) Edit {
	if m.Argument(id) != nil {
		return UpdateArgument(id, label, func(a *Argument) { fn(&a.Annotations) })
	}
	return UpdateClaim(id, label, func(c *Claim) { fn(&c.Annotations) })
}

// SetAnchor ties a claim to a passage (nil unties it).
func SetAnchor(id ID, an *Anchor) Edit {
	return UpdateClaim(id, "Set Source Passage", func(c *Claim) {
		if an == nil {
			c.Anchor = nil
			return
		}
		x := *an
		c.Anchor = &x
	})
}

// SetPolarity makes an argument pro or con.
func SetPolarity(id ID, p Polarity) Edit {
	return UpdateArgument(id, "Change Polarity", func(a *Argument) { a.Polarity = p })
}

// SetTarget aims an argument at another claim or argument.
func SetTarget(id, target ID) Edit {
	return UpdateArgument(id, "Change Target", func(a *Argument) { a.Target = target })
}

// SetScheme names the argument's scheme ("" for none).
func SetScheme(id ID, scheme string) Edit {
	return UpdateArgument(id, "Set Scheme", func(a *Argument) { a.Scheme = scheme })
}

// AddPremise adds a linked co-premise to an argument.
func AddPremise(id, premise ID) Edit {
	return UpdateArgument(id, "Add Co-premise", func(a *Argument) { a.Premises = append(a.Premises, premise) })
}

// RemovePremise takes a premise out of an argument; the claim stays on the
// map. An argument keeps at least one premise: remove the argument instead.
func RemovePremise(id, premise ID) Edit {
	return UpdateArgument(id, "Remove Premise", func(a *Argument) {
		a.Premises = slices.DeleteFunc(a.Premises, func(p ID) bool { return p == premise })
	})
}
