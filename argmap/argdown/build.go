package argdown

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
)

// Decode reads Argdown text as an argument map, with random IDs.
func Decode(data []byte) (*argmap.Map, error) { return DecodeWith(data, nil) }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, error) {
	d, err := Parse(data)
	if err != nil {
		return nil, err
	}
	return d.MapWith(ids)
}

type builder struct {
	ids      argmap.IDSource
	d        *Document
	m        *argmap.Map
	claim    map[string]*argmap.Claim    // statement key → claim
	desc     map[string]*argmap.Claim    // argument key → claim of an unreconstructed argument
	main     map[string]*argmap.Argument // argument key → main inference
	out      map[string]*argmap.Argument // argument key → inference made by its first outgoing relation
	implicit map[string]*Argument        // statement key of a folded conclusion → its argument
	folded   map[string]bool             // argument keys whose main conclusion is folded
	seen     map[string]*argmap.Argument // dedupe of identical inferences
	first    map[string]*Relation        // argument key → its first outgoing relation
}

// Map turns the document into an argument map, as described in the package
// documentation, with random IDs. Errors name the line of the relation at
// fault.
func (d *Document) Map() (*argmap.Map, error) { return d.MapWith(nil) }

// MapWith is Map with the new things' IDs drawn from ids.
func (d *Document) MapWith(ids argmap.IDSource) (*argmap.Map, error) {
	b := &builder{
		ids: ids, d: d, m: argmap.New(withSubtitle(d.Title, d.Subtitle)),
		claim: map[string]*argmap.Claim{}, desc: map[string]*argmap.Claim{},
		main: map[string]*argmap.Argument{}, out: map[string]*argmap.Argument{},
		implicit: map[string]*Argument{}, folded: map[string]bool{}, seen: map[string]*argmap.Argument{},
	}
	d.warns = nil
	b.m.Meta.Authors = append([]string(nil), d.Authors...)
	if d.Date != "" {
		t, err := frontMatterDate(d.Date)
		if err != nil {
			d.warns = append(d.warns, errorf(d.dateLine, 1, "front matter date %q: %v; not kept", d.Date, err).Error())
		}
		b.m.Meta.Created = t
	}
	b.findFolded()
	for _, n := range d.order {
		if n.Argument {
			a := d.args[n.Key]
			if len(a.Steps) == 0 {
				text := a.Description
				if text == "" {
					text = a.Title
				}
				c := b.newClaim(text, a.Tags, a.Group)
				c.Comments = append(c.Comments, argmap.Comment{ID: b.ids.New(), Text: "Argdown argument <" + a.Title + ">"})
				b.desc[a.Key] = c
			}
			continue
		}
		s := d.stmts[n.Key]
		if b.implicit[s.Key] == nil {
			c := b.newClaim(s.Text, s.Tags, s.Group)
			// Keep a title Encode would not derive again, and data blocks,
			// in a comment that Encode reads back.
			if !s.Untitled && (s.Title != deriveTitle(s.Text) || len(s.Data) > 0) && validTitle(s.Title) {
				text := statementCommentPrefix + s.Title + "]"
				if len(s.Data) > 0 {
					text += " " + strings.Join(s.Data, " ")
				}
				c.Comments = append(c.Comments, argmap.Comment{ID: b.ids.New(), Text: text})
			}
			b.claim[s.Key] = c
		}
	}
	for _, a := range d.Arguments {
		for i, st := range a.Steps {
			isMain := i == len(a.Steps)-1
			if isMain && b.folded[a.Key] {
				continue
			}
			prem := make([]argmap.ID, len(st.Premises))
			for k, p := range st.Premises {
				prem[k] = b.claim[p].ID
			}
			// Each Argdown argument's inference is its own, even when
			// another one says the same: two rephrasings stay two.
			x := b.add(prem, b.claim[st.Conclusion].ID, argmap.Pro, true)
			if x.Scheme == "" {
				x.Scheme = st.Rules
			}
			if isMain {
				b.annotate(x, a)
				b.main[a.Key] = x
			}
		}
	}
	if err := b.relations(); err != nil {
		return nil, err
	}
	b.m.Reindex()
	return b.m, nil
}

// findFolded finds the stand-in conclusions Encode writes for con
// arguments: marked {argmap: implicit}, the main conclusion of an
// argument, premise of nothing, aimed at by nothing, with an outgoing
// relation. Anything else stays an ordinary statement.
func (b *builder) findFolded() {
	usedAsPremise := map[string]bool{}
	for _, a := range b.d.Arguments {
		for _, st := range a.Steps {
			for _, p := range st.Premises {
				usedAsPremise[p] = true
			}
		}
	}
	// For each statement and argument: touched by a contradiction, aimed
	// at, the source of a relation.
	contra, aimed, from := map[Node]bool{}, map[Node]bool{}, map[Node]bool{}
	for _, r := range b.d.Relations {
		if r.Type.symmetric() {
			contra[r.From], contra[r.To] = true, true
		}
		aimed[r.To] = true
		from[r.From] = true
	}
	for _, a := range b.d.Arguments {
		c := a.MainConclusion()
		s := b.d.stmts[c]
		if s == nil || !s.Implicit || usedAsPremise[c] || b.implicit[c] != nil {
			continue
		}
		sn, an := Node{Key: c}, Node{Argument: true, Key: a.Key}
		if contra[sn] || contra[an] || aimed[sn] || !from[sn] && !from[an] {
			continue
		}
		b.implicit[c] = a
		b.folded[a.Key] = true
	}
}

// statementCommentPrefix starts the comment that keeps an Argdown
// statement's title and data: "Argdown statement [Title] {data}".
const statementCommentPrefix = "Argdown statement ["

// statementComment reads that comment.
func statementComment(s string) (title, data string, ok bool) {
	rest, ok := strings.CutPrefix(s, statementCommentPrefix)
	if !ok {
		return "", "", false
	}
	title, data, ok = strings.Cut(rest, "]")
	if !ok || !validTitle(title) {
		return "", "", false
	}
	data = strings.TrimSpace(data)
	if data != "" && !(strings.HasPrefix(data, "{") && strings.HasSuffix(data, "}")) {
		return "", "", false
	}
	return title, data, true
}

// validTitle reports whether a title can be written back between brackets
// as it is.
func validTitle(t string) bool {
	return t != "" && strings.TrimSpace(t) == t && !strings.ContainsAny(t, "<>[]\\\n#{}") && !strings.Contains(t, "//") && !strings.Contains(t, "/*")
}

func (b *builder) newClaim(text string, tags []string, group string) *argmap.Claim {
	c := &argmap.Claim{ID: b.ids.New(), Text: text}
	c.Tags = append([]string(nil), tags...)
	if group != "" && !slices.Contains(c.Tags, group) {
		c.Tags = append(c.Tags, group)
	}
	b.m.Claims = append(b.m.Claims, c)
	return c
}

// annotate gives an argument's main inference the argument's tags and a
// comment with its title and description.
func (b *builder) annotate(x *argmap.Argument, a *Argument) {
	for _, t := range a.Tags {
		if !slices.Contains(x.Tags, t) {
			x.Tags = append(x.Tags, t)
		}
	}
	if a.Anonymous {
		return
	}
	text := "<" + a.Title + ">"
	if a.Description != "" {
		text += ": " + a.Description
	}
	x.Comments = append(x.Comments, argmap.Comment{ID: b.ids.New(), Text: text})
}

// add returns the inference from premises to target with the polarity,
// making it unless the same one exists. A fresh one (an Argdown argument's
// own inference) is always made and never merged with a later one.
func (b *builder) add(prem []argmap.ID, target argmap.ID, pol argmap.Polarity, fresh bool) *argmap.Argument {
	keys := make([]string, len(prem))
	for i, p := range prem {
		keys[i] = p.String()
	}
	slices.Sort(keys)
	k := strings.Join(keys, ",") + ">" + target.String() + string(pol)
	if x := b.seen[k]; x != nil && !fresh {
		return x
	}
	x := &argmap.Argument{ID: b.ids.New(), Premises: slices.Clone(prem), Target: target, Polarity: pol}
	b.m.Arguments = append(b.m.Arguments, x)
	if !fresh {
		b.seen[k] = x
	}
	return x
}

// withSubtitle is the map's title for an Argdown title and subtitle:
// "Title: Subtitle", or "Title? Subtitle" after a title that ends in a
// mark of its own.
func withSubtitle(title, sub string) string {
	title, sub = strings.TrimSpace(title), strings.TrimSpace(sub)
	switch {
	case sub == "":
		return title
	case title == "":
		return sub
	case strings.ContainsRune(".?!:;", rune(title[len(title)-1])):
		return title + " " + sub
	}
	return title + ": " + sub
}

// frontMatterDate reads the front matter's date: ISO 8601 (2018-10-19,
// with or without a time), or day and month in the order the numbers
// allow (19/10/2018 as Argdown's examples write it, 10/19/2018, with / or
// .). Where either could be the month (05/06/2018) it is refused: the
// file does not say which it means.
func frontMatterDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	bad := fmt.Errorf("not a date of the form 2018-10-19 or 19/10/2018")
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		parts = strings.Split(s, ".")
	}
	if len(parts) != 3 || len(parts[2]) != 4 {
		return time.Time{}, bad
	}
	a, err1 := strconv.Atoi(parts[0])
	b, err2 := strconv.Atoi(parts[1])
	year, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return time.Time{}, bad
	}
	day, month := a, b
	switch {
	case a <= 12 && b <= 12 && a != b:
		return time.Time{}, fmt.Errorf("day and month could be either way round")
	case a <= 12 && b > 12:
		day, month = b, a
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if day < 1 || t.Day() != day || int(t.Month()) != month {
		return time.Time{}, bad // 31/02 would roll over: no such date
	}
	return t, nil
}
