// Package af reads and writes abstract argumentation frameworks (Dung's
// AFs) in the formats of the ICCMA competitions: ASPARTIX facts (.apx),
// trivial graph format (.tgf) and ICCMA'23 "p af N" (.af, .i23). An AF
// becomes an argument map whose claims are the AF's arguments, named by
// their text, and whose single-premise con arguments are the attacks: the
// premise is the attacker, the target the attacked (a self-attack goes
// through a stand-in claim, see AF.ToMap). The grounded labelling of such a
// map is Dung's grounded labelling of the AF.
package af

import (
	"bytes"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// MaxArguments bounds the size an ICCMA header may announce, so that a
// hostile "p af 9999999" is refused at its first line instead of building
// millions of claims that the map's own limit (argmap.MaxItems) refuses
// later: the fuzzer found that taking seconds and gigabytes.
const MaxArguments = argmap.MaxItems

// AF is an abstract argumentation framework. Arguments are numbered
// 0..len(Names)-1; an attack is a pair (attacker, attacked) of such numbers.
// Self-attacks are allowed; duplicate attacks are kept as they come.
type AF struct {
	Names   []string
	Attacks [][2]int32
}

// SelfAttackTag marks the stand-in claim of a self-attack (see ToMap).
const SelfAttackTag = "af-self-attack"

// ToMap builds the argument map of f: one claim per argument, in order,
// with the argument's name as its text, and one con argument per attack, in
// order. Positions are zero: lay the map out before showing it.
//
// A map may not hold an argument that concludes its own premise, so a
// self-attack on a becomes a stand-in claim "a (attacks itself)", tagged
// SelfAttackTag and placed after the AF's claims, with a pro argument from
// a to it and a con argument from it to a. The stand-in needs support and
// has only a for it, so it stands, falls or stays undecided exactly with a:
// a is attacked by itself, as in the AF, and can never be In.
func (f *AF) ToMap(title string) *argmap.Map { return f.ToMapWith(nil, title) }

// ToMapWith is ToMap with the new things' IDs drawn from ids.
func (f *AF) ToMapWith(ids argmap.IDSource, title string) *argmap.Map {
	m := argmap.New(title)
	m.Claims = make([]*argmap.Claim, len(f.Names), len(f.Names)+8)
	for i, name := range f.Names {
		m.Claims[i] = &argmap.Claim{ID: ids.New(), Text: name}
	}
	m.Arguments = make([]*argmap.Argument, 0, len(f.Attacks))
	con := func(from, to argmap.ID) {
		m.Arguments = append(m.Arguments, &argmap.Argument{
			ID: ids.New(), Premises: []argmap.ID{from}, Target: to, Polarity: argmap.Con})
	}
	for _, at := range f.Attacks {
		a := m.Claims[at[0]]
		if at[0] != at[1] {
			con(a.ID, m.Claims[at[1]].ID)
			continue
		}
		self := &argmap.Claim{ID: ids.New(), Text: a.Text + " (attacks itself)"}
		self.Tags = []string{SelfAttackTag}
		m.Claims = append(m.Claims, self)
		m.Arguments = append(m.Arguments, &argmap.Argument{
			ID: ids.New(), Premises: []argmap.ID{a.ID}, Target: self.ID, Polarity: argmap.Pro})
		con(self.ID, a.ID)
	}
	m.Reindex()
	return m
}

// FromMap reads an AF back from a map that has only attacks: every argument
// con, with one premise, aimed at a claim (and the stand-ins of
// self-attacks that ToMap makes). Argument names are the claims' texts when
// these are distinct plain names (letters, digits, '_'), and "a1", "a2"…
// otherwise, so that every format can write them.
func FromMap(m *argmap.Map) (*AF, error) {
	f := &AF{}
	index := make(map[argmap.ID]int32, len(m.Claims))
	standIn := map[argmap.ID]bool{}
	plain := true
	seen := make(map[string]bool, len(m.Claims))
	for _, c := range m.Claims {
		if slices.Contains(c.Tags, SelfAttackTag) {
			standIn[c.ID] = true
			continue
		}
		index[c.ID] = int32(len(f.Names))
		f.Names = append(f.Names, c.Text)
		if !plainName(c.Text) || seen[c.Text] {
			plain = false
		}
		seen[c.Text] = true
	}
	if !plain {
		for i := range f.Names {
			f.Names[i] = fmt.Sprintf("a%d", i+1)
		}
	}
	// selfOf maps a stand-in to the claim it stands in for.
	selfOf := map[argmap.ID]int32{}
	for _, a := range m.Arguments {
		if a.Polarity == argmap.Pro && len(a.Premises) == 1 && standIn[a.Target] {
			if i, ok := index[a.Premises[0]]; ok {
				selfOf[a.Target] = i
			}
		}
	}
	for k, a := range m.Arguments {
		if a.Polarity == argmap.Pro && standIn[a.Target] {
			continue
		}
		if a.Polarity != argmap.Con || len(a.Premises) != 1 {
			return nil, fmt.Errorf("arguments[%d]: an abstract framework has only attacks (con arguments with one premise)", k)
		}
		from, ok1 := index[a.Premises[0]]
		if i, ok := selfOf[a.Premises[0]]; ok {
			from, ok1 = i, true
		}
		to, ok2 := index[a.Target]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("arguments[%d]: an abstract framework has only attacks between claims", k)
		}
		f.Attacks = append(f.Attacks, [2]int32{from, to})
	}
	return f, nil
}

// plainName reports whether s can be written as an argument name in every
// format: non-empty letters, digits and underscores.
func plainName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// eachLine calls fn with each line of data (1-based number, text without
// its LF or CRLF end), skipping a UTF-8 byte order mark at the start, and
// stops at the first error. It copies one line at a time: splitting the
// whole file into a slice of lines first cost far more than the file. A
// line that is not UTF-8 is an error, since names become claims' texts.
func eachLine(data []byte, fn func(n int, line string) error) error {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for n := 1; len(data) > 0; n++ {
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		raw = bytes.TrimSuffix(raw, []byte("\r"))
		if !utf8.Valid(raw) {
			return argmap.LineError(argmap.KindSyntax, n, 0, "not UTF-8 text")
		}
		if err := fn(n, string(raw)); err != nil {
			return err
		}
	}
	return nil
}

// counter refuses a framework whose map would pass the map's limits
// (argmap.MaxItems claims or arguments) as soon as a line makes it so,
// rather than after building all of it: an AF file under the size cap may
// hold 45 million attacks, and building them ran out of memory. An attack
// is one argument of the map; a self-attack also makes a stand-in claim
// and a second argument (see ToMap).
type counter struct {
	names, attacks, selfs int
}

func (c *counter) name(line int) error {
	c.names++
	return c.check(line)
}

func (c *counter) attack(line int, self bool) error {
	c.attacks++
	if self {
		c.selfs++
	}
	return c.check(line)
}

func (c *counter) check(line int) error {
	switch {
	case c.names+c.selfs > MaxArguments:
		return argmap.LineError(argmap.KindLimit, line, 0, "more than %d arguments and self-attacks; a map holds at most %d claims", MaxArguments, argmap.MaxItems)
	case c.attacks+c.selfs > argmap.MaxItems:
		return argmap.LineError(argmap.KindLimit, line, 0, "more than %d attacks; a map holds at most %d arguments", argmap.MaxItems, argmap.MaxItems)
	}
	return nil
}

// names numbers argument names as they are declared.
type names struct {
	f     *AF
	index map[string]int32
	count counter
}

func newNames() *names { return &names{f: &AF{}, index: map[string]int32{}} }

// add declares a name; a second declaration of the same name is ignored.
func (n *names) add(line int, name string) error {
	if _, ok := n.index[name]; !ok {
		if err := n.count.name(line); err != nil {
			return err
		}
		n.index[name] = int32(len(n.f.Names))
		n.f.Names = append(n.f.Names, name)
	}
	return nil
}

// attack counts and records an attack between declared names; line is
// 1-based.
func (n *names) attack(line int, from, to string) error {
	if err := n.count.attack(line, from == to); err != nil {
		return err
	}
	return n.link(line, from, to)
}

// link records an attack that was counted already.
func (n *names) link(line int, from, to string) error {
	i, ok := n.index[from]
	if !ok {
		return argmap.LineError(argmap.KindReference, line, 0, "attack from undeclared argument %q", from)
	}
	j, ok := n.index[to]
	if !ok {
		return argmap.LineError(argmap.KindReference, line, 0, "attack on undeclared argument %q", to)
	}
	n.f.Attacks = append(n.f.Attacks, [2]int32{i, j})
	return nil
}
