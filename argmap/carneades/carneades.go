// Package carneades reads Carneades argument graphs in the CAES YAML format
// (Carneades 4: meta, statements, issues, arguments, assumptions) as
// argument maps.
//
// The mapping follows what Carneades computes, so that Argmap's grounded
// evaluation of the map agrees with the labels Carneades gives (its own
// test files' "in" and "out" lists; see the tests):
//
//   - every statement is a claim with the statement's text; its key is kept
//     in a comment "Carneades statement KEY". An assumption is Accepted,
//     any other statement Questioned (in Carneades a statement neither
//     assumed nor supported by an applicable argument is out);
//   - every argument is a pro argument from its premises (a list, or a map
//     of roles to statements, roles kept in a comment) to its conclusion,
//     with the scheme as its Scheme. An argument with no premises gets one
//     Accepted claim "grounds of ID", since Argmap arguments need one;
//   - an argument's undercutter u is a con argument u → that argument;
//   - an issue's positions exclude each other: each pro argument for one
//     position is copied as a con argument (tagged RebuttalTag), with the
//     same premises and undercutter, against every other position. Under
//     Carneades' default proof standard (preponderance of evidence) with
//     equal weights a position falls as soon as an alternative has an
//     applicable argument, and so it does here. Positions are tagged with
//     the issue's ID.
//
// What the map cannot hold is kept as comments or lost: weights and
// argument parameters become comments "Carneades weight 0.4" (the
// evaluation ignores them, so unequal weights are not weighed), proof
// standards of issues are a comment on each position and are not applied,
// the meta block's title becomes the map's title and its source the map's
// source, followed by its notes, each marked "Note: ".
package carneades

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/argmap/argmap/argmap"
)

// RebuttalTag marks the con arguments that stand for an issue's
// alternatives rebutting a position.
const RebuttalTag = "carneades-rebuttal"

// doc is a CAES YAML file. Statement and argument entries are read by hand
// from yaml nodes, to keep their order and to report places.
type doc struct {
	Meta        map[string]any       `yaml:"meta"`
	Statements  yaml.Node            `yaml:"statements"`
	Issues      map[string]issue     `yaml:"issues"`
	Arguments   yaml.Node            `yaml:"arguments"`
	Assumptions []string             `yaml:"assumptions"`
	Tests       map[string][]string  `yaml:"tests"`
	Other       map[string]yaml.Node `yaml:",inline"`
}

type issue struct {
	Positions     []string `yaml:"positions"`
	ProofStandard string   `yaml:"proofstandard"`
	Meta          any      `yaml:"meta"`
}

type argument struct {
	Scheme      string         `yaml:"scheme"`
	Premises    yaml.Node      `yaml:"premises"`
	Conclusion  string         `yaml:"conclusion"`
	Undercutter string         `yaml:"undercutter"`
	Weight      *float64       `yaml:"weight"`
	Parameters  map[string]any `yaml:"parameters"`
}

// Decode reads a CAES YAML argument graph. Errors name the line.
func Decode(data []byte) (*argmap.Map, error) { return DecodeWith(data, nil) }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, error) {
	var d doc
	if err := yaml.Unmarshal(data, &d); err != nil {
		return nil, err
	}
	if len(d.Other) > 0 {
		var keys []string
		for k := range d.Other {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		n := d.Other[keys[0]]
		return nil, argmap.LineError(argmap.KindFormat, n.Line, 0, "%q is not a part of a CAES argument graph (meta, statements, issues, arguments, assumptions, tests)", keys[0])
	}
	b := &builder{mint: ids, m: argmap.New(""), ids: map[string]argmap.ID{}, claims: map[string]*argmap.Claim{}, assumed: map[string]bool{}}
	b.meta(d.Meta)
	for _, a := range d.Assumptions {
		b.assumed[a] = true
	}
	if err := b.statements(&d.Statements); err != nil {
		return nil, err
	}
	if err := b.arguments(&d.Arguments); err != nil {
		return nil, err
	}
	for _, a := range d.Assumptions {
		b.claim(a, a)
	}
	if err := b.issues(d.Issues); err != nil {
		return nil, err
	}
	b.m.Reindex()
	return b.m, nil
}

type builder struct {
	mint    argmap.IDSource // where new IDs come from (ids is taken)
	m       *argmap.Map
	ids     map[string]argmap.ID
	claims  map[string]*argmap.Claim
	assumed map[string]bool
	pros    map[string][]made // conclusion key → its arguments
}

type made struct {
	premises    []argmap.ID
	undercutter string
	id          string
}

func (b *builder) meta(meta map[string]any) {
	if t, ok := meta["title"].(string); ok {
		b.m.Meta.Title = oneLine(t)
	}
	// The map has no field for a note, so it follows the source, marked
	// as what it is: a note is no source ("Need to revise this example…").
	var src []string
	for _, k := range []string{"source", "notes", "note"} {
		v, ok := meta[k]
		if !ok || v == nil {
			continue
		}
		text := oneLine(fmt.Sprint(v))
		if text == "" {
			continue
		}
		if k != "source" {
			text = "Note: " + text
		}
		src = append(src, text)
	}
	b.m.Meta.Source = strings.Join(src, " — ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// claim returns the claim of a statement key, making it with the text
// when the key is new.
func (b *builder) claim(key, text string) argmap.ID {
	if id, ok := b.ids[key]; ok {
		return id
	}
	text = oneLine(text)
	if text == "" {
		text = key
	}
	c := &argmap.Claim{ID: b.mint.New(), Text: text, Assessment: argmap.Questioned}
	if b.assumed[key] {
		c.Assessment = argmap.Accepted
	}
	c.Comments = []argmap.Comment{{ID: b.mint.New(), Text: "Carneades statement " + key}}
	b.m.Claims = append(b.m.Claims, c)
	b.ids[key] = c.ID
	b.claims[key] = c
	return c.ID
}

func (b *builder) statements(n *yaml.Node) error {
	if n.Kind == 0 {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return argmap.LineError(argmap.KindInvalid, n.Line, 0, "statements must map keys to texts")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		text := ""
		switch v.Kind {
		case yaml.ScalarNode:
			text = v.Value
		case yaml.MappingNode:
			var s struct {
				Text string `yaml:"text"`
			}
			if err := v.Decode(&s); err != nil {
				return argmap.LineError(argmap.KindInvalid, v.Line, 0, "statement %q: %v", k.Value, err)
			}
			text = s.Text
		default:
			return argmap.LineError(argmap.KindSyntax, v.Line, 0, "statement %q: want a text", k.Value)
		}
		b.claim(k.Value, text)
	}
	return nil
}

func (b *builder) arguments(n *yaml.Node) error {
	b.pros = map[string][]made{}
	if n.Kind == 0 {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return argmap.LineError(argmap.KindInvalid, n.Line, 0, "arguments must map IDs to arguments")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		var a argument
		if err := v.Decode(&a); err != nil {
			return argmap.LineError(argmap.KindInvalid, v.Line, 0, "argument %q: %v", k.Value, err)
		}
		if strings.TrimSpace(a.Conclusion) == "" {
			return argmap.LineError(argmap.KindInvalid, v.Line, 0, "argument %q has no conclusion", k.Value)
		}
		var prem []argmap.ID
		var roles []string
		switch a.Premises.Kind {
		case 0:
		case yaml.SequenceNode:
			var ps []string
			if err := a.Premises.Decode(&ps); err != nil {
				return argmap.LineError(argmap.KindInvalid, a.Premises.Line, 0, "argument %q: premises: %v", k.Value, err)
			}
			for _, p := range ps {
				if strings.TrimSpace(p) == "" {
					return argmap.LineError(argmap.KindInvalid, a.Premises.Line, 0, "argument %q: a premise names no statement", k.Value)
				}
				prem = append(prem, b.claim(p, p))
			}
		case yaml.MappingNode:
			for j := 0; j+1 < len(a.Premises.Content); j += 2 {
				role, s := a.Premises.Content[j].Value, a.Premises.Content[j+1].Value
				if strings.TrimSpace(s) == "" {
					return argmap.LineError(argmap.KindInvalid, a.Premises.Content[j].Line, 0, "argument %q: premise %q names no statement", k.Value, role)
				}
				prem = append(prem, b.claim(s, s))
				roles = append(roles, role+": "+s)
			}
		default:
			return argmap.LineError(argmap.KindInvalid, a.Premises.Line, 0, "argument %q: premises must be a list or a map of roles", k.Value)
		}
		if len(prem) == 0 {
			g := "grounds of " + k.Value
			b.assumed[g] = true
			prem = append(prem, b.claim(g, g))
		}
		x := &argmap.Argument{ID: b.mint.New(), Premises: dedupe(prem), Target: b.claim(a.Conclusion, a.Conclusion),
			Polarity: argmap.Pro, Scheme: strings.TrimSpace(a.Scheme)}
		for _, p := range x.Premises {
			if p == x.Target {
				return argmap.LineError(argmap.KindInvalid, v.Line, 0, "argument %q concludes its own premise %q", k.Value, a.Conclusion)
			}
		}
		note := "Carneades argument " + k.Value
		if len(roles) > 0 {
			note += " (" + strings.Join(roles, ", ") + ")"
		}
		x.Comments = append(x.Comments, argmap.Comment{ID: b.mint.New(), Text: note})
		if a.Weight != nil {
			x.Comments = append(x.Comments, argmap.Comment{ID: b.mint.New(), Text: fmt.Sprintf("Carneades weight %g", *a.Weight)})
		}
		if len(a.Parameters) > 0 {
			x.Comments = append(x.Comments, argmap.Comment{ID: b.mint.New(), Text: "Carneades parameters " + oneLine(fmt.Sprint(a.Parameters))})
		}
		b.m.Arguments = append(b.m.Arguments, x)
		if u := strings.TrimSpace(a.Undercutter); u != "" {
			b.m.Arguments = append(b.m.Arguments, &argmap.Argument{ID: b.mint.New(), Premises: []argmap.ID{b.claim(u, u)}, Target: x.ID, Polarity: argmap.Con})
		}
		b.pros[a.Conclusion] = append(b.pros[a.Conclusion], made{x.Premises, strings.TrimSpace(a.Undercutter), k.Value})
	}
	return nil
}

// issues tags the positions and copies the arguments for each position as
// rebuttals of the others. The copies grow with the square of an issue's
// positions, so their number is counted first: a file that would make more
// arguments than a map may hold is refused before any is made.
func (b *builder) issues(issues map[string]issue) error {
	keys := make([]string, 0, len(issues))
	for k := range issues {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := len(b.m.Arguments)
	for _, k := range keys {
		is := issues[k]
		n := 0
		for _, q := range is.Positions {
			for _, a := range b.pros[q] {
				n++
				if a.undercutter != "" {
					n++
				}
			}
		}
		total += n * max(len(is.Positions)-1, 0)
		if total > argmap.MaxItems {
			return fmt.Errorf("issue %q: its positions' rebuttals would make over %d arguments, more than a map may hold", k, argmap.MaxItems)
		}
	}
	for _, k := range keys {
		is := issues[k]
		for _, p := range is.Positions {
			c := b.claims[p]
			if c == nil {
				b.claim(p, p)
				c = b.claims[p]
			}
			c.Tags = append(c.Tags, "issue "+k)
			if is.ProofStandard != "" {
				c.Comments = append(c.Comments, argmap.Comment{ID: b.mint.New(), Text: "Carneades proof standard " + is.ProofStandard + " (not applied)"})
			}
		}
		for _, p := range is.Positions {
			for _, q := range is.Positions {
				if p == q {
					continue
				}
				for _, a := range b.pros[q] {
					if containsID(a.premises, b.ids[p]) {
						continue // a map may not conclude a premise of its own
					}
					con := &argmap.Argument{ID: b.mint.New(), Premises: a.premises, Target: b.ids[p], Polarity: argmap.Con}
					con.Tags = []string{RebuttalTag}
					con.Comments = []argmap.Comment{{ID: b.mint.New(), Text: "Carneades argument " + a.id + " for " + q + ", rebutting " + p}}
					b.m.Arguments = append(b.m.Arguments, con)
					if a.undercutter != "" {
						b.m.Arguments = append(b.m.Arguments, &argmap.Argument{ID: b.mint.New(), Premises: []argmap.ID{b.claim(a.undercutter, a.undercutter)}, Target: con.ID, Polarity: argmap.Con})
					}
				}
			}
		}
	}
	return nil
}

func dedupe(ids []argmap.ID) []argmap.ID {
	var out []argmap.ID
	seen := map[argmap.ID]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func containsID(ids []argmap.ID, id argmap.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
