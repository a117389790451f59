// Package aif reads and writes AIF-JSON, the Argument Interchange Format
// as AIFdb, OVA2/OVA3 and the DialAM data sets write it.
//
// Import maps AIF onto Argmap's model:
//   - I-nodes become claims, with their raw text (trimmed on display only)
//     and the OVA layout as position when the file has one;
//   - an RA becomes a pro argument whose premises are all the I-nodes
//     pointing into it (linked premises); a CA a con argument;
//   - an RA or CA aimed at another S-node becomes an argument targeting that
//     argument (a con one is an undercutter, a pro one supports the
//     inference);
//   - an MA (rephrase) becomes a pro argument tagged "rephrase", from the
//     reformulation to what it restates: a restatement does support what it
//     restates, the link survives evaluation and export, and the tag tells it
//     apart from a reason;
//   - scheme names map to catalogue IDs where they match (SchemeID);
//   - the dialogue (L, TA and YA nodes, locutions, participants and the OVA
//     layout of the dialogue nodes) becomes the map's Dialogue, with the
//     node IDs of the file; its illocutions anchor the claims and arguments
//     made of the I- and S-nodes their YA-nodes point to. Encode writes it
//     back node for node and edge for edge.
//
// The map's metadata is what the file says of itself, and nothing else:
// the authors are the OVA analyst, the source the address OVA3 records
// for the analysed text, the creation and modification times the earliest
// and latest AIFdb node timestamps (or, where there are none, OVA3 node
// times). AIF names no title (the format set gives the map its file's
// name). Decode returns a Report besides the map: what the import kept
// and dropped is said there (and in its warnings), not in the map, whose
// Source is what the map analyses.
package aif

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
)

// RephraseTag marks the pro arguments that stand for AIF MA nodes.
const RephraseTag = "rephrase"

// Report says what an import kept and what it dropped.
type Report struct {
	Envelope  Envelope
	Claims    int
	Pro       int // RA nodes (and extra targets of RA nodes)
	Con       int // CA nodes
	Rephrases int // MA nodes, as pro arguments tagged "rephrase"
	// Locutions, Transitions and Illocutions count the L, TA and YA nodes
	// kept in the map's Dialogue.
	Locutions, Transitions, Illocutions int
	// Dropped counts nodes of each type that were not imported: PA nodes,
	// S-nodes with no premise or target.
	Dropped map[string]int
	// DroppedEdges counts the edges left out: dangling ones, loops, and
	// dialogue edges of a shape the Dialogue has no place for.
	DroppedEdges int
	// Warnings name each fault that was worked around, with its place.
	Warnings []string
}

// Summary is the report in one line.
func (r *Report) Summary() string {
	s := fmt.Sprintf("AIF-JSON (%s): %d claims, %d pro, %d con, %d rephrase arguments",
		r.Envelope, r.Claims, r.Pro, r.Con, r.Rephrases)
	if r.Locutions+r.Transitions+r.Illocutions > 0 {
		s += fmt.Sprintf("; dialogue of %d locutions, %d transitions, %d illocutions", r.Locutions, r.Transitions, r.Illocutions)
	}
	var dropped []string
	for _, t := range []string{"PA", "RA", "CA", "MA"} {
		if n := r.Dropped[t]; n > 0 {
			dropped = append(dropped, fmt.Sprintf("%d %s", n, t))
		}
	}
	if len(dropped) > 0 {
		s += "; dropped " + strings.Join(dropped, ", ") + " nodes"
	}
	if r.DroppedEdges > 0 {
		s += fmt.Sprintf("; dropped %d edges", r.DroppedEdges)
	}
	if len(r.Warnings) > 0 {
		s += fmt.Sprintf("; %d warnings", len(r.Warnings))
	}
	return s
}

// Decode reads an AIF-JSON document in any of its envelopes. Errors name
// the place of the fault ("nodes[12].type: unknown node type \"XX\"").
// The map is valid (argmap.Validate reports no errors) whenever err is nil.
func Decode(data []byte) (*argmap.Map, *Report, error) { return DecodeWith(data, nil) }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, *Report, error) {
	g, err := parse(data)
	if err != nil {
		return nil, nil, err
	}
	b := &builder{
		ids:   ids,
		g:     g,
		m:     argmap.New(""),
		rep:   &Report{Envelope: g.envelope, Dropped: map[string]int{}, DroppedEdges: g.droppedEdges},
		claim: make(map[int]argmap.ID),
		args:  make(map[int][]*argmap.Argument),
		byID:  make(map[argmap.ID]*argmap.Claim),
	}
	b.rep.Warnings = append(b.rep.Warnings, g.warnings...)
	b.claims()
	b.arguments()
	b.m.Reindex()
	b.dialogue()
	b.m.Meta.Authors = g.analysts
	b.m.Meta.Source = g.url
	b.m.Meta.Created, b.m.Meta.Modified = timeSpan(g.nodes)
	if b.m.Meta.Created.IsZero() {
		b.m.Meta.Created, b.m.Meta.Modified = ovaSpan(g.ovaTime)
	}
	b.m.Reindex()
	return b.m, b.rep, nil
}

// aifdbTime is the layout of AIFdb's node timestamps ("2021-05-27
// 19:15:20"); they name no zone, and AIFdb's server keeps UTC.
const aifdbTime = "2006-01-02 15:04:05"

// timeSpan is the earliest and the latest AIFdb timestamp of the nodes:
// when the analysis was begun and last changed. Timestamps of another
// layout (OVA's JavaScript dates are in the dialogue only) are passed
// over; with none the times are zero.
func timeSpan(nodes []*node) (first, last time.Time) {
	// The layout is fixed-width and big-endian, so strings of its shape
	// order as their times: only the two ends need parsing, unless one of
	// them is no time ("2099-99-99 …"), when every one is parsed.
	var lo, hi string
	for _, n := range nodes {
		ts := n.timestamp
		if !aifdbShaped(ts) {
			continue
		}
		if lo == "" || ts < lo {
			lo = ts
		}
		if ts > hi {
			hi = ts
		}
	}
	if lo == "" {
		return
	}
	first, err1 := time.Parse(aifdbTime, lo)
	last, err2 := time.Parse(aifdbTime, hi)
	if err1 == nil && err2 == nil {
		return first, last
	}
	first, last = time.Time{}, time.Time{}
	for _, n := range nodes {
		if !aifdbShaped(n.timestamp) {
			continue
		}
		t, err := time.Parse(aifdbTime, n.timestamp)
		if err != nil {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	return first, last
}

// ovaTimeLayout is an OVA3 export's node time, JavaScript's
// Date.toString() without the zone's name: "Thu Nov 11 2021 21:50:00
// GMT+0000 (Greenwich Mean Time)".
const ovaTimeLayout = "Mon Jan 02 2006 15:04:05 GMT-0700"

// ovaSpan is the earliest and the latest of an OVA3 export's node times
// (in UTC), zero where none reads as one.
func ovaSpan(times map[string]string) (first, last time.Time) {
	for _, s := range times {
		s, _, _ = strings.Cut(s, " (")
		t, err := time.Parse(ovaTimeLayout, s)
		if err != nil {
			continue
		}
		t = t.UTC()
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	return first, last
}

// aifdbShaped reports whether s has the digits and separators of
// aifdbTime, so that strings of that shape order as their times.
func aifdbShaped(s string) bool {
	if len(s) != len(aifdbTime) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := aifdbTime[i]; {
		case c >= '0' && c <= '9':
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		case s[i] != c:
			return false
		}
	}
	return true
}

type builder struct {
	ids   argmap.IDSource
	g     *graph
	m     *argmap.Map
	rep   *Report
	claim map[int]argmap.ID          // I-node index → claim
	args  map[int][]*argmap.Argument // S-node index → its arguments (one per target)
	byID  map[argmap.ID]*argmap.Claim
}

func (b *builder) warnf(n *node, format string, a ...any) {
	b.rep.Warnings = append(b.rep.Warnings, fmt.Sprintf("node %q (%s): %s", n.id, n.typ, fmt.Sprintf(format, a...)))
}

func (b *builder) claims() {
	for _, n := range b.g.nodes {
		if n.typ != "I" {
			continue
		}
		text := n.text
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
			b.warnf(n, "invalid UTF-8 replaced")
		}
		if strings.TrimSpace(text) == "" {
			// A claim needs text; keep the card so the structure survives.
			text = "(no text)"
			b.warnf(n, "empty text")
		}
		c := &argmap.Claim{ID: b.ids.New(), Text: text}
		if n.hasPos {
			c.Pos = argmap.Point{X: n.x, Y: n.y}
		}
		b.claim[n.index] = c.ID
		b.byID[c.ID] = c
		b.m.Claims = append(b.m.Claims, c)
	}
	b.rep.Claims = len(b.m.Claims)
}

func isScheme(t string) bool { return t == "RA" || t == "CA" || t == "MA" || t == "PA" }

// arguments turns RA, CA and MA nodes into arguments. An S-node aimed at
// another S-node needs that one's argument first, and that one may be
// dropped (no premise), so it resolves in rounds until nothing changes;
// whatever is left over aims at a dropped node or sits in a cycle.
func (b *builder) arguments() {
	type pending struct {
		n        *node
		premises []argmap.ID
		targets  []int
	}
	var todo []pending
	for _, n := range b.g.nodes {
		if !isScheme(n.typ) {
			continue
		}
		if n.typ == "PA" {
			b.rep.Dropped["PA"]++
			b.warnf(n, "preference nodes are not imported")
			continue
		}
		p := pending{n: n}
		seen := map[int]bool{}
		for _, from := range b.g.in[n.index] {
			if id, ok := b.claim[from]; ok && !seen[from] {
				seen[from] = true
				p.premises = append(p.premises, id)
			}
		}
		seen = map[int]bool{}
		for _, to := range b.g.out[n.index] {
			t := b.g.nodes[to]
			if (t.typ == "I" || isScheme(t.typ) && t.typ != "PA") && !seen[to] {
				seen[to] = true
				p.targets = append(p.targets, to)
			}
		}
		switch {
		case len(p.premises) == 0:
			b.rep.Dropped[n.typ]++
			b.warnf(n, "no premise (I-node pointing into it); dropped")
			continue
		case len(p.targets) == 0:
			b.rep.Dropped[n.typ]++
			b.warnf(n, "no conclusion (node it points to); dropped")
			continue
		case len(p.targets) > 1:
			b.warnf(n, "%d conclusions; imported as %d arguments", len(p.targets), len(p.targets))
		}
		todo = append(todo, p)
	}
	made := make(map[int]bool)
	for progress := true; progress && len(todo) > 0; {
		progress = false
		rest := todo[:0]
		for _, p := range todo {
			ready := true
			for _, t := range p.targets {
				if b.g.nodes[t].typ != "I" && !made[t] {
					ready = false
				}
			}
			if !ready {
				rest = append(rest, p)
				continue
			}
			b.makeArguments(p.n, p.premises, p.targets)
			// An S-node that made no argument stays unmade, so that the
			// arguments aimed at it are dropped too.
			made[p.n.index] = len(b.args[p.n.index]) > 0
			progress = true
		}
		todo = rest
	}
	for _, p := range todo {
		b.rep.Dropped[p.n.typ]++
		b.warnf(p.n, "aimed at an S-node that was dropped or at a cycle of S-nodes; dropped")
	}
}

// selfAttack makes the stand-in of a CA node whose only premise is its
// conclusion: a claim "X (attacks itself)" tagged af.SelfAttackTag, a pro
// argument from X to it and a con argument from it to X (the CA's). X can
// then never be In, as in the file; Encode writes the CA back as it was.
func (b *builder) selfAttack(n *node, target argmap.ID) {
	x := b.byID[target]
	stand := &argmap.Claim{ID: b.ids.New(), Text: x.Text + " (attacks itself)"}
	stand.Tags = []string{af.SelfAttackTag}
	stand.Pos = x.Pos
	b.m.Claims = append(b.m.Claims, stand)
	b.m.Arguments = append(b.m.Arguments, &argmap.Argument{ID: b.ids.New(), Premises: []argmap.ID{target}, Target: stand.ID, Polarity: argmap.Pro})
	a := &argmap.Argument{ID: b.ids.New(), Premises: []argmap.ID{stand.ID}, Target: target, Polarity: argmap.Con, Scheme: nodeScheme(n)}
	if c := schemeComment(n, a.Scheme); c != "" {
		a.Comments = append(a.Comments, argmap.Comment{ID: b.ids.New(), Text: c})
	}
	b.args[n.index] = append(b.args[n.index], a)
	b.m.Arguments = append(b.m.Arguments, a)
	b.rep.Con++
	b.warnf(n, "a claim attacking itself; kept through the stand-in claim %q", stand.Text)
}

func (b *builder) makeArguments(n *node, premises []argmap.ID, targets []int) {
	for _, t := range targets {
		var target argmap.ID
		if tn := b.g.nodes[t]; tn.typ == "I" {
			target = b.claim[t]
		} else {
			target = b.args[t][0].ID
		}
		ps := make([]argmap.ID, 0, len(premises))
		for _, p := range premises {
			if p != target {
				ps = append(ps, p)
			}
		}
		if len(ps) == 0 && n.typ == "CA" && b.g.nodes[t].typ == "I" {
			// A claim attacking itself: kept as the AF importer keeps a
			// self-attack, through a stand-in (see af.AF.ToMap), since a
			// map may not hold an argument concluding its own premise.
			b.selfAttack(n, target)
			continue
		}
		if len(ps) == 0 {
			b.warnf(n, "its only premise is its conclusion; that link dropped")
			continue
		}
		a := &argmap.Argument{ID: b.ids.New(), Premises: ps, Target: target, Polarity: argmap.Pro}
		switch n.typ {
		case "CA":
			a.Polarity = argmap.Con
			b.rep.Con++
		case "MA":
			a.Tags = []string{RephraseTag}
			b.rep.Rephrases++
		default:
			b.rep.Pro++
		}
		a.Scheme = nodeScheme(n)
		if c := schemeComment(n, a.Scheme); c != "" {
			a.Comments = append(a.Comments, argmap.Comment{ID: b.ids.New(), Text: c})
		}
		b.args[n.index] = append(b.args[n.index], a)
		b.m.Arguments = append(b.m.Arguments, a)
	}
	if len(b.args[n.index]) == 0 {
		b.rep.Dropped[n.typ]++
	}
}
