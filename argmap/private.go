package argmap

// Private comments are a teacher's rubric remarks on a student's map. The
// native file keeps them (it is the teacher's copy); everything a student
// receives is made from WithoutPrivate.

// hasPrivate reports whether any of the comments is private.
func hasPrivate(cs []Comment) bool {
	for i := range cs {
		if cs[i].Private {
			return true
		}
	}
	return false
}

// HasPrivate reports whether any comment of the map is private.
func (m *Map) HasPrivate() bool {
	for _, c := range m.Claims {
		if hasPrivate(c.Comments) {
			return true
		}
	}
	for _, a := range m.Arguments {
		if hasPrivate(a.Comments) {
			return true
		}
	}
	return false
}

// WithoutPrivate returns the map as a student may receive it: without its
// private comments. When no comment is private it returns m itself, which
// the caller must then not change; otherwise a copy.
func (m *Map) WithoutPrivate() *Map {
	if m == nil || !m.HasPrivate() {
		return m
	}
	c := m.Clone()
	drop := func(cs []Comment) []Comment {
		var out []Comment
		for _, x := range cs {
			if !x.Private {
				out = append(out, x)
			}
		}
		return out
	}
	for _, x := range c.Claims {
		x.Comments = drop(x.Comments)
	}
	for _, x := range c.Arguments {
		x.Comments = drop(x.Comments)
	}
	return c
}
