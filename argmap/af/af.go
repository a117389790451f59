// Package af reads and writes abstract argumentation frameworks (Dung's
// AFs) in the formats of the ICCMA competitions: ASPARTIX facts (.apx),
// trivial graph format (.tgf) and ICCMA'23 "p af N" (.af, .i23). An AF
// becomes an argument map whose claims are the AF's arguments, named by
// their text, and whose single-premise con arguments are the attacks: the
// premise is the attacker, the target the attacked. The grounded labelling
// of such a map is Dung's grounded labelling of the AF.
package af

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// MaxArguments bounds the size an ICCMA header may announce, so that a
// hostile "p af 999999999" cannot make the reader allocate gigabytes.
const MaxArguments = 10_000_000

// AF is an abstract argumentation framework. Arguments are numbered
// 0..len(Names)-1; an attack is a pair (attacker, attacked) of such numbers.
// Self-attacks are allowed; duplicate attacks are kept as they come.
type AF struct {
	Names   []string
	Attacks [][2]int32
}

// ToMap builds the argument map of f: one claim per argument, in order,
// with the argument's name as its text, and one con argument per attack, in
// order. Positions are zero: lay the map out before showing it. A
// self-attack becomes a con argument whose premise is its own target, which
// the editing rules forbid for new arguments but the evaluation handles
// (the claim can never be In).
func (f *AF) ToMap(title string) *argmap.Map {
	m := argmap.New(title)
	m.Claims = make([]*argmap.Claim, len(f.Names))
	for i, name := range f.Names {
		m.Claims[i] = &argmap.Claim{ID: argmap.NewID(), Text: name}
	}
	m.Arguments = make([]*argmap.Argument, len(f.Attacks))
	for k, at := range f.Attacks {
		m.Arguments[k] = &argmap.Argument{
			ID:       argmap.NewID(),
			Premises: []argmap.ID{m.Claims[at[0]].ID},
			Target:   m.Claims[at[1]].ID,
			Polarity: argmap.Con,
		}
	}
	m.Reindex()
	return m
}

// FromMap reads an AF back from a map that has only attacks: every argument
// con, with one premise, aimed at a claim. Argument names are the claims'
// texts when these are distinct plain names (letters, digits, '_'), and
// "a1", "a2"… otherwise, so that every format can write them.
func FromMap(m *argmap.Map) (*AF, error) {
	f := &AF{Names: make([]string, len(m.Claims))}
	index := make(map[argmap.ID]int32, len(m.Claims))
	plain := true
	seen := make(map[string]bool, len(m.Claims))
	for i, c := range m.Claims {
		index[c.ID] = int32(i)
		f.Names[i] = c.Text
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
	for k, a := range m.Arguments {
		if a.Polarity != argmap.Con || len(a.Premises) != 1 {
			return nil, fmt.Errorf("arguments[%d]: an abstract framework has only attacks (con arguments with one premise)", k)
		}
		from, ok1 := index[a.Premises[0]]
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

// lines splits data into lines without their line ends (LF or CRLF). A
// line that is not UTF-8 is an error, since names become claims' texts.
func lines(data []byte) ([]string, error) {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil, nil
	}
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		if !utf8.ValidString(l) {
			return nil, fmt.Errorf("line %d: not UTF-8 text", i+1)
		}
	}
	return ls, nil
}

// names numbers argument names as they are declared.
type names struct {
	f     *AF
	index map[string]int32
}

func newNames() *names { return &names{f: &AF{}, index: map[string]int32{}} }

// add declares a name; a second declaration of the same name is ignored.
func (n *names) add(name string) {
	if _, ok := n.index[name]; !ok {
		n.index[name] = int32(len(n.f.Names))
		n.f.Names = append(n.f.Names, name)
	}
}

// attack records an attack between declared names; line is 1-based.
func (n *names) attack(line int, from, to string) error {
	i, ok := n.index[from]
	if !ok {
		return fmt.Errorf("line %d: attack from undeclared argument %q", line, from)
	}
	j, ok := n.index[to]
	if !ok {
		return fmt.Errorf("line %d: attack on undeclared argument %q", line, to)
	}
	n.f.Attacks = append(n.f.Attacks, [2]int32{i, j})
	return nil
}
