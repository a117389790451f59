package argmap

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// links indexes, for every claim and argument, the arguments that touch it:
// those it is a premise of, those aimed at it, and (for an argument) itself.
// Built once per query so that a walk costs O(claims + arguments).
func links(m *Map) map[ID][]*Argument {
	idx := make(map[ID][]*Argument, len(m.Claims)+len(m.Arguments))
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			idx[p] = append(idx[p], a)
		}
		idx[a.Target] = append(idx[a.Target], a)
		idx[a.ID] = append(idx[a.ID], a)
	}
	return idx
}

// Neighbourhood returns the claims and arguments at most n steps from id (a
// claim or an argument), id included. One step crosses one argument: from a
// claim to the argument and to its other premises and its target. The
// arguments crossed are in the set, so that their arrows stay visible. An
// unknown id gives an empty set; n < 0 counts as 0.
func Neighbourhood(m *Map, id ID, n int) map[ID]bool {
	out := map[ID]bool{}
	if m.Claim(id) == nil && m.Argument(id) == nil {
		return out
	}
	idx := links(m)
	out[id] = true
	frontier := []ID{id}
	if a := m.Argument(id); a != nil {
		// An argument's own premises and target are part of it.
		frontier = append(frontier, a.Target)
		out[a.Target] = true
		for _, p := range a.Premises {
			out[p] = true
			frontier = append(frontier, p)
		}
	}
	for step := 0; step < n && len(frontier) > 0; step++ {
		var next []ID
		add := func(x ID) {
			if !out[x] {
				out[x] = true
				next = append(next, x)
			}
		}
		for _, x := range frontier {
			for _, a := range idx[x] {
				// The argument joins the frontier too, so that the
				// undercutters aimed at it are one step further.
				add(a.ID)
				for _, p := range a.Premises {
					add(p)
				}
				add(a.Target)
			}
		}
		frontier = next
	}
	return out
}

// Branch returns what hangs beneath claim id, in map order: the arguments
// aimed at it or at those arguments (undercutters), their premises, and so
// on down. It is what collapsing the claim hides. The claim itself is not
// in it; a cycle back to it stops there.
func Branch(m *Map, id ID) []ID {
	if m.Claim(id) == nil && m.Argument(id) == nil {
		return nil
	}
	to := make(map[ID][]*Argument, len(m.Arguments))
	for _, a := range m.Arguments {
		to[a.Target] = append(to[a.Target], a)
	}
	in := map[ID]bool{id: true}
	stack := []ID{id}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, a := range to[x] {
			if in[a.ID] {
				continue
			}
			in[a.ID] = true
			stack = append(stack, a.ID)
			for _, p := range a.Premises {
				if !in[p] {
					in[p] = true
					stack = append(stack, p)
				}
			}
		}
	}
	delete(in, id)
	out := make([]ID, 0, len(in))
	for _, c := range m.Claims {
		if in[c.ID] {
			out = append(out, c.ID)
		}
	}
	for _, a := range m.Arguments {
		if in[a.ID] {
			out = append(out, a.ID)
		}
	}
	return out
}

// Hit is one match of Search.
type Hit struct {
	ID    ID     // the claim or argument
	Field string // where the query was found: "text", "comment", "tag" or "scheme"
	Text  string // the matching text, for a list of results
}

// Search finds the claims and arguments whose text, comments or tags
// contain query, ignoring case, in map order, one hit per item (its first
// matching field). An empty query finds nothing.
func Search(m *Map, query string) []Hit {
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	var hits []Hit
	match := func(id ID, text string, ann Annotations, extra string) {
		if containsFold(text, q) {
			hits = append(hits, Hit{ID: id, Field: "text", Text: text})
			return
		}
		if extra != "" && containsFold(extra, q) {
			hits = append(hits, Hit{ID: id, Field: "scheme", Text: extra})
			return
		}
		for _, c := range ann.Comments {
			if containsFold(c.Text, q) {
				hits = append(hits, Hit{ID: id, Field: "comment", Text: c.Text})
				return
			}
		}
		for _, t := range ann.Tags {
			if containsFold(t, q) {
				hits = append(hits, Hit{ID: id, Field: "tag", Text: t})
				return
			}
		}
	}
	for _, c := range m.Claims {
		match(c.ID, c.Text, c.Annotations, "")
	}
	for _, a := range m.Arguments {
		match(a.ID, "", a.Annotations, a.Scheme)
	}
	return hits
}

// containsFold reports whether s contains sub, ignoring case, without
// allocating: search runs on every keystroke over the whole map.
func containsFold(s, sub string) bool {
	if len(sub) == 0 {
		return true
	}
	if c := sub[0]; c < utf8.RuneSelf && isASCIIText(sub) {
		return containsFoldASCII(s, sub)
	}
	first, size := utf8.DecodeRuneInString(sub)
	rest := sub[size:]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if equalFoldRune(r, first) && hasPrefixFold(s[i+n:], rest) {
			return true
		}
		i += n
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	for prefix != "" {
		if s == "" {
			return false
		}
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(prefix)
		if !equalFoldRune(r1, r2) {
			return false
		}
		s, prefix = s[n1:], prefix[n2:]
	}
	return true
}

func equalFoldRune(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		return a == b
	}
	return unicode.ToLower(a) == unicode.ToLower(b)
}

func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII is containsFold for an ASCII query: it jumps from one
// occurrence of the query's first letter (either case) to the next with
// strings.IndexByte, which is vectorised, and compares there. (It misses
// the few non-ASCII letters that fold to ASCII, such as the Kelvin sign.)
func containsFoldASCII(s, sub string) bool {
	lo, up := sub[0], sub[0]
	switch {
	case 'a' <= lo && lo <= 'z':
		up = lo - 'a' + 'A'
	case 'A' <= lo && lo <= 'Z':
		lo = lo - 'A' + 'a'
	}
	for len(s) >= len(sub) {
		i := strings.IndexByte(s, lo)
		if up != lo {
			if j := strings.IndexByte(s, up); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 || len(s)-i < len(sub) {
			return false
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// JunctionPoints places a map for writers that draw each argument as a
// node of its own (GraphML, JSON Canvas): every claim at its position, and
// every argument midway between its premises' centre and its target, an
// argument aimed at an argument after the one it attacks (chains of such
// are followed 64 deep at most, which no real map reaches).
func JunctionPoints(m *Map) map[ID]Point {
	at := make(map[ID]Point, len(m.Claims)+len(m.Arguments))
	for _, c := range m.Claims {
		at[c.ID] = c.Pos
	}
	var place func(a *Argument, depth int) Point
	place = func(a *Argument, depth int) Point {
		if p, ok := at[a.ID]; ok {
			return p
		}
		var sx, sy float64
		for _, p := range a.Premises {
			sx += at[p].X
			sy += at[p].Y
		}
		n := float64(max(len(a.Premises), 1))
		to, ok := at[a.Target]
		if t := m.Argument(a.Target); !ok && t != nil && depth < 64 {
			to = place(t, depth+1)
		}
		p := Point{X: (sx/n + to.X) / 2, Y: (sy/n + to.Y) / 2}
		at[a.ID] = p
		return p
	}
	for _, a := range m.Arguments {
		place(a, 0)
	}
	return at
}
