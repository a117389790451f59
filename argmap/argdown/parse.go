package argdown

import (
	"fmt"
	"strings"

	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// Parse reads Argdown text into a Document. It never panics; a fault in
// the text is an *Error naming its line and column.
func Parse(data []byte) (*Document, error) {
	lines, err := splitLines(data)
	if err != nil {
		return nil, err
	}
	p := &parser{
		doc:   &Document{stmts: map[string]*Statement{}, args: map[string]*Argument{}},
		lines: lines,
	}
	if err := p.run(); err != nil {
		return nil, err
	}
	p.finish()
	return p.doc, nil
}

type treeEntry struct {
	indent int
	node   Node
}

type pcsItem struct {
	num  string
	key  string
	line int
	col  int
}

type pcsState struct {
	arg         *Argument
	items       []pcsItem
	lastConc    int  // index in items of the last conclusion, -1 before the first
	bar         bool // an inference bar waits for its conclusion
	rulesOpen   bool // inside a multi-line inference (between -- lines)
	rules       []string
	line, col   int // where the PCS starts
	barLine     int
	barCol      int
	singleRules string
}

type heading struct {
	level int
	parts []string
	line  int
}

type groupEntry struct {
	title string
	group bool
}

type parser struct {
	doc   *Document
	lines []srcLine

	untitled int
	anon     int
	groups   [6]groupEntry

	blockStart bool
	head       *heading
	stack      []treeEntry
	cur        func(string) // appends a continuation line to the open element
	top        *Node        // the first element of this block, the root of its relation tree
	prevTop    *Node        // the root of the previous block
	pcs        *pcsState
}

var (
	pcsItemRe = lazyregexp.New(`^\((\d+)\)`)
	headingRe = lazyregexp.New(`^(#{1,6})(\s+|$)`)
	barRe     = lazyregexp.New(`^-{2,}$`)
	ruleBarRe = lazyregexp.New(`^--+(.*[^-].*?)--+$`)
	// A list item: "* text" or "1. text". Each is a statement of its own.
	listItemRe = lazyregexp.New(`^(\*|\d+\.)\s`)
)

// relation markers, longest first, with the direction they mean.
var markers = []struct {
	text     string
	typ      RelationType
	outgoing bool // the parent relates to the child (+>, ->, _>, ><)
}{
	{"<+", Support, false}, {"<-", Attack, false}, {"<_", Undercut, false},
	{"+>", Support, true}, {"->", Attack, true}, {"_>", Undercut, true},
	{"><", Contradictory, true},
	{"+", Support, false}, {"-", Attack, false}, {"_", Undercut, false},
}

func (p *parser) run() error {
	i := 0
	for i < len(p.lines) && isBlank(p.lines[i].text) {
		i++
	}
	if i < len(p.lines) && strings.TrimSpace(string(p.lines[i].text)) == "===" {
		next, err := p.frontMatter(i)
		if err != nil {
			return err
		}
		i = next
	}
	p.blockStart = true
	for ; i < len(p.lines); i++ {
		l := p.lines[i]
		if l.commentOnly {
			continue
		}
		if isBlank(l.text) {
			if err := p.endBlock(); err != nil {
				return err
			}
			continue
		}
		if err := p.line(i); err != nil {
			return err
		}
		p.blockStart = false
	}
	return p.endBlock()
}

func (p *parser) line(i int) error {
	l := p.lines[i]
	width, idx := indentOf(l.text)
	rest := l.text[idx:]
	trimmed := strings.TrimSpace(string(rest))
	col := idx + 1
	if p.pcs != nil && p.pcs.rulesOpen {
		if barRe.MatchString(trimmed) {
			p.pcs.rulesOpen = false
			p.cur = nil
			return p.expectConclusion(i)
		}
		p.pcs.rules = append(p.pcs.rules, trimmed)
		return nil
	}
	if p.head != nil {
		p.head.parts = append(p.head.parts, trimmed)
		return nil
	}
	if p.blockStart && p.pcs == nil {
		if m := headingRe.FindStringSubmatch(trimmed); m != nil {
			p.head = &heading{level: len(m[1]), parts: []string{trimmed[len(m[0]):]}, line: l.no}
			return nil
		}
	}
	if strings.HasPrefix(trimmed, "@include(") && strings.HasSuffix(trimmed, ")") {
		return nil
	}
	if m := pcsItemRe.FindString(trimmed); m != "" {
		return p.pcsItem(l.no, width, col, m, rest[len([]rune(m)):])
	}
	if p.pcs != nil && p.pcs.bar {
		return errorf(l.no, col, "an inference bar must be followed by a numbered conclusion such as (3)")
	}
	if p.pcs != nil && len(p.pcs.items) > 0 {
		if barRe.MatchString(trimmed) {
			p.pcs.barLine, p.pcs.barCol = l.no, col
			p.pcs.rules, p.pcs.singleRules = nil, ""
			if j := p.nextLine(i); j >= 0 && pcsItemRe.MatchString(strings.TrimSpace(string(p.lines[j].text))) {
				p.pcs.bar = true
				p.cur = nil
				return nil
			}
			p.pcs.rulesOpen = true
			p.cur = nil
			return nil
		}
		if m := ruleBarRe.FindStringSubmatch(trimmed); m != nil {
			p.pcs.barLine, p.pcs.barCol = l.no, col
			p.pcs.rules, p.pcs.singleRules = nil, m[1]
			p.cur = nil
			return p.expectConclusion(i)
		}
	}
	for _, mk := range markers {
		if !strings.HasPrefix(trimmed, mk.text) {
			continue
		}
		after := trimmed[len(mk.text):]
		if after != "" && after[0] != ' ' && after[0] != '\t' && after[0] != '[' && after[0] != '<' {
			continue
		}
		return p.relation(l.no, width, col, mk.typ, mk.outgoing, rest[len([]rune(mk.text)):], col+len([]rune(mk.text)))
	}
	if m := listItemRe.FindString(trimmed); m != "" && p.pcs == nil {
		// Argdown counts a list item's indent one past its marker's.
		item := rest[len([]rune(m)):]
		_, skip := indentOf(item)
		n, err := p.element(item[skip:], l.no, col+len([]rune(m))+skip, true)
		if err != nil {
			return err
		}
		p.stack = []treeEntry{{width + 1, n}}
		p.top = &n
		return nil
	}
	if p.blockStart || p.cur == nil && len(p.stack) == 0 {
		n, err := p.element(rest, l.no, col, true)
		if err != nil {
			return err
		}
		p.stack = []treeEntry{{width, n}}
		p.top = &n
		return nil
	}
	if p.cur != nil {
		p.cur(trimmed)
	}
	return nil
}

// nextLine returns the index of the next line after i that is not a
// comment, or -1 when a blank line or the end comes first.
func (p *parser) nextLine(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if p.lines[j].commentOnly {
			continue
		}
		if isBlank(p.lines[j].text) {
			return -1
		}
		return j
	}
	return -1
}

func (p *parser) expectConclusion(i int) error {
	j := p.nextLine(i)
	if j < 0 || !pcsItemRe.MatchString(strings.TrimSpace(string(p.lines[j].text))) {
		return errorf(p.pcs.barLine, p.pcs.barCol, "an inference bar must be followed by a numbered conclusion such as (3)")
	}
	p.pcs.bar = true
	return nil
}

// relation reads a relation line. Indentation works as Argdown's lexer
// makes it work: a deeper line is a child of the line above; a shallower
// one closes every level deeper than itself and is then a sibling at the
// level it lands on, even when it is still deeper than that level (after
// indents of 2 and 6, a line at 4 is a sibling of the line at 2).
func (p *parser) relation(line, width, col int, typ RelationType, outgoing bool, rest []rune, ncol int) error {
	dedent := false
	for len(p.stack) > 1 && p.stack[len(p.stack)-1].indent > width {
		p.stack = p.stack[:len(p.stack)-1]
		dedent = true
	}
	if n := len(p.stack); n > 1 && (dedent || p.stack[n-1].indent == width) {
		width = p.stack[n-1].indent
		p.stack = p.stack[:n-1]
	} else if n == 1 && p.stack[0].indent >= width {
		p.stack = p.stack[:0]
	}
	if len(p.stack) == 0 {
		return errorf(line, col, "a relation needs a statement or an argument above it, less indented")
	}
	parent := p.stack[len(p.stack)-1].node
	_, skip := indentOf(rest)
	rest = rest[skip:]
	ncol += skip
	if isBlank(rest) {
		return errorf(line, col, "a relation needs a statement or an argument after its sign")
	}
	child, err := p.element(rest, line, ncol, true)
	if err != nil {
		return err
	}
	r := &Relation{Type: typ, From: child, To: parent, Line: line, Column: col}
	if outgoing {
		r.From, r.To = parent, child
	}
	if typ == Attack && p.doc.Strict && !r.From.Argument && !r.To.Argument {
		r.Type = Contrary
	}
	p.doc.Relations = append(p.doc.Relations, r)
	p.stack = append(p.stack, treeEntry{width, child})
	return nil
}

func (p *parser) pcsItem(line, width, col int, num string, rest []rune) error {
	if p.pcs == nil {
		// A PCS belongs to the argument at the root of the block before it
		// (or of its own block); anything else, such as an argument met
		// in a relation, leaves it anonymous, as in Argdown.
		cand := p.top
		if p.blockStart {
			cand = p.prevTop
		}
		var a *Argument
		if cand != nil && cand.Argument {
			a = p.doc.args[cand.Key]
			if a.Steps != nil {
				return errorf(line, col, "argument <%s> already has a premise-conclusion structure", a.Title)
			}
		} else {
			p.anon++
			key := fmt.Sprintf("\x00argument %d", p.anon)
			a = &Argument{Key: key, Title: fmt.Sprintf("Untitled argument %d", p.anon), Anonymous: true,
				Group: p.group(), Line: line, Column: col}
			p.doc.args[key] = a
			p.doc.Arguments = append(p.doc.Arguments, a)
			p.doc.order = append(p.doc.order, Node{Argument: true, Key: key})
		}
		a.Steps = []*Step{}
		p.pcs = &pcsState{arg: a, lastConc: -1, line: line, col: col}
	}
	_, skip := indentOf(rest)
	rest = rest[skip:]
	n, err := p.element(rest, line, col+len([]rune(num))+skip, false)
	if err != nil {
		return err
	}
	p.stack = []treeEntry{{width, n}}
	ps := p.pcs
	ps.items = append(ps.items, pcsItem{num: num, key: n.Key, line: line, col: col})
	if !ps.bar {
		return nil
	}
	ps.bar = false
	return p.step(line, col)
}

// step closes an inference whose conclusion is the last item.
func (p *parser) step(line, col int) error {
	ps := p.pcs
	conc := ps.items[len(ps.items)-1]
	before := ps.items[:len(ps.items)-1]
	rules, data := readPlain(ps.rules)
	if ps.singleRules != "" {
		rules, data = readPlain([]string{ps.singleRules})
	}
	var prem []string
	if uses := usesOf(data); uses != nil {
		for _, u := range uses {
			found := ""
			for _, it := range before {
				if it.num == fmt.Sprintf("(%d)", u) {
					found = it.key
				}
			}
			if found == "" {
				return errorf(ps.barLine, ps.barCol, "the inference uses (%d), which is not above it", u)
			}
			prem = append(prem, found)
		}
	} else {
		start := ps.lastConc
		if start < 0 {
			start = 0
		}
		for _, it := range before[start:] {
			prem = append(prem, it.key)
		}
	}
	prem = dedupe(prem)
	if len(prem) == 0 {
		return errorf(ps.barLine, ps.barCol, "the inference has no premises")
	}
	for _, k := range prem {
		if k == conc.key {
			return errorf(line, col, "the conclusion is also a premise of its own inference")
		}
	}
	ps.arg.Steps = append(ps.arg.Steps, &Step{Premises: prem, Conclusion: conc.key, Rules: rules, Line: ps.barLine, Column: ps.barCol})
	ps.lastConc = len(ps.items) - 1
	return nil
}

func (p *parser) endBlock() error {
	if p.head != nil {
		title, data := readPlain(p.head.parts)
		lv := p.head.level - 1
		p.groups[lv] = groupEntry{title: title, group: title != "" && !dataMatches(data, isGroupRe)}
		for k := lv + 1; k < len(p.groups); k++ {
			p.groups[k] = groupEntry{}
		}
		p.head = nil
	}
	if ps := p.pcs; ps != nil {
		if ps.bar || ps.rulesOpen {
			return errorf(ps.barLine, ps.barCol, "an inference bar must be followed by a numbered conclusion such as (3)")
		}
		if len(ps.arg.Steps) == 0 || ps.lastConc != len(ps.items)-1 {
			return errorf(ps.line, ps.col, "the premise-conclusion structure must end with an inference bar (----) and a numbered conclusion")
		}
		p.pcs = nil
	}
	p.prevTop = p.top
	p.top, p.stack, p.cur = nil, nil, nil
	p.blockStart = true
	return nil
}

func (p *parser) group() string {
	for k := len(p.groups) - 1; k >= 0; k-- {
		if p.groups[k].group {
			return p.groups[k].title
		}
	}
	return ""
}
