// Package flowcsv reads and writes a debate round as a flow sheet in CSV,
// laid out as debaters' flow spreadsheets are: a header row of speech
// names, one column per speech, each row a line of the flow, each answer in
// the row of what it answers.
//
// The position says what a cell answers: the nearest claim to its left in
// its row, or, when there is none, nothing (a new argument). The polarity
// follows the sides: an answer from the other side is a con argument, one
// from the same side a pro one (an extension or a reason). Where a map says
// otherwise, the writer prefixes the cell with a marker in brackets, which
// the reader honours and a person may also type:
//
//	[B3] text      answers the claim in cell B3 (spreadsheet coordinates:
//	               the header is row 1)
//	[B3>A3] text   answers the inference from B3 to A3 (an undercutter)
//	[+B3], [-B3]   the same, as a pro or a con argument
//	[+], [-]       what the position says, with that polarity
//	[new] text     answers nothing
//	[] text        no marker: for a text that starts with "["
//
// A header cell "Name (side)" gives the speech's side. A header that is a
// built-in format's speeches in order (such as 1AC … 2AR) makes a round of
// that format; any other is a custom round whose speeches, where the
// header names no side, alternate between "aff" and "neg".
//
// Only what a flow sheet can hold travels: the claims made in speeches,
// each with the one argument that places it (the first from it to a claim
// placed in its column or an earlier one); claims outside the round,
// linked premises, further arguments, annotations and positions stay
// behind.
package flowcsv

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/flow"
)

// Limits of the reader, besides the size of the file: the native format's.
const (
	maxCells = argmap.MaxItems
	maxText  = argmap.MaxText
	maxSheet = 20_000_000 // cells Encode writes, empty ones included
)

// cellError is a fault in a cell: a *argmap.DecodeError placed at the
// cell's spreadsheet name ("cell B3") and its line and column in the file.
func cellError(kind argmap.ErrorKind, line, col int, cell, format string, a ...any) error {
	return &argmap.DecodeError{Kind: kind, Place: "cell " + cell, Line: line, Column: col, Message: fmt.Sprintf(format, a...)}
}

// CellName is the spreadsheet name of the cell at a 0-based column and a
// 1-based row: CellName(1, 3) is "B3".
func CellName(col, row int) string {
	var b []byte
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b) + strconv.Itoa(row)
}

// parseCell reads a spreadsheet cell name into a 0-based column and a
// 1-based row.
func parseCell(s string) (col, row int, ok bool) {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		col = col*26 + int(s[i]-'A'+1)
		if col > maxCells {
			return 0, 0, false
		}
		i++
	}
	if i == 0 || i == len(s) {
		return 0, 0, false
	}
	row, err := strconv.Atoi(s[i:])
	if err != nil || row < 1 || row > maxCells+1 || s[i] == '0' || s[i] == '+' || s[i] == '-' {
		return 0, 0, false
	}
	return col - 1, row, true
}

// Sniff reports whether data looks like a flow sheet: CSV whose first
// row names the speeches of a built-in format.
func Sniff(data []byte) bool {
	// A header row is short: look no further than 64 KiB for its end.
	line, _, _ := bytes.Cut(data[:min(len(data), 1<<16)], []byte("\n"))
	r := csv.NewReader(bytes.NewReader(line))
	head, err := r.Read()
	if err != nil {
		return false
	}
	names, _ := header(trimEmpty(head))
	return builtin(names) != nil
}

// header splits header cells into speech names and sides ("" where the
// cell names none).
func header(cells []string) (names, sides []string) {
	for _, c := range cells {
		c = strings.TrimSpace(c)
		side := ""
		if strings.HasSuffix(c, ")") {
			if i := strings.LastIndex(c, " ("); i > 0 {
				c, side = strings.TrimSpace(c[:i]), c[i+2:len(c)-1]
			}
		}
		names = append(names, c)
		sides = append(sides, side)
	}
	return names, sides
}

// builtin returns the built-in format whose speeches are names, or nil.
func builtin(names []string) *argmap.FormatInfo {
	for i := range argmap.Formats {
		f := &argmap.Formats[i]
		if len(f.Speeches) != len(names) {
			continue
		}
		same := true
		for j, s := range f.Speeches {
			if !strings.EqualFold(s.Name, names[j]) {
				same = false
				break
			}
		}
		if same {
			return f
		}
	}
	return nil
}

func trimEmpty(cells []string) []string {
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// marker is what a cell's bracketed prefix says.
type marker struct {
	pol      argmap.Polarity // "" for the sides' default
	ref, via string          // the cell answered; via: the inference's target
	fresh    bool            // [new]
	explicit bool            // a reference was given
}

// parseMarker splits a cell into its marker and its text.
func parseMarker(s string) (marker, string, error) {
	var mk marker
	if !strings.HasPrefix(s, "[") {
		return mk, s, nil
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return mk, "", errors.New(`a "[" marker without its "]" (write "[] " before a text that starts with "[")`)
	}
	body, text := s[1:end], strings.TrimPrefix(s[end+1:], " ")
	switch {
	case body == "":
		return mk, text, nil
	case strings.EqualFold(body, "new"):
		mk.fresh = true
		return mk, text, nil
	case body[0] == '+':
		mk.pol, body = argmap.Pro, body[1:]
	case body[0] == '-':
		mk.pol, body = argmap.Con, body[1:]
	}
	if body == "" {
		return mk, text, nil
	}
	mk.explicit = true
	refs := []string{body}
	if ref, via, ok := strings.Cut(body, ">"); ok {
		mk.ref, mk.via, refs = ref, via, []string{ref, via}
	} else {
		mk.ref = body
	}
	for _, r := range refs {
		if _, _, ok := parseCell(r); !ok {
			return mk, "", fmt.Errorf("marker [%s]: %q is no cell such as B3", clip(s[1:end]), clip(r))
		}
	}
	return mk, text, nil
}

// cell is one claim read from the sheet.
type cell struct {
	col, row int // 0-based column, 1-based spreadsheet row
	line     int // where in the file
	column   int
	text     string
	mk       marker
	claim    *argmap.Claim
}

// Decode reads a flow sheet into a map with a round. Errors are
// *argmap.DecodeError, located by line and column, and by the cell's name
// for a fault in a cell.
func Decode(data []byte) (*argmap.Map, error) { return DecodeWith(data, nil) }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		off := bytes.IndexFunc(data, func(r rune) bool { return r == utf8.RuneError })
		line := 1 + bytes.Count(data[:max(off, 0)], []byte("\n"))
		return nil, argmap.LineError(argmap.KindSyntax, line, 1, "invalid UTF-8")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err == io.EOF {
		return nil, argmap.LineError(argmap.KindFormat, 1, 1, "the file is empty: a flow sheet starts with a row of speech names")
	}
	if err != nil {
		return nil, csvError(err)
	}
	names, sides := header(trimEmpty(head))
	if len(names) == 0 {
		return nil, argmap.LineError(argmap.KindFormat, 1, 1, "the first row names no speech")
	}
	if len(names) > maxCells {
		return nil, argmap.LineError(argmap.KindLimit, 1, 1, "%d speeches; the limit is %d", len(names), maxCells)
	}
	round := &argmap.Round{Format: argmap.CustomFormat}
	f := builtin(names)
	if f != nil {
		round.Format = f.Key
	}
	for i, n := range names {
		if n == "" {
			return nil, cellError(argmap.KindInvalid, 1, i+1, CellName(i, 1), "a speech without a name")
		}
		if k := utf8.RuneCountInString(head[i]); k > maxText {
			return nil, cellError(argmap.KindLimit, 1, i+1, CellName(i, 1), "a speech name of %d characters; the limit is %d", k, maxText)
		}
		sp := argmap.Speech{ID: ids.New(), Name: n, Side: sides[i]}
		switch {
		case f != nil:
			sp.Name, sp.Team = f.Speeches[i].Name, f.Speeches[i].Team
			if sp.Side == "" {
				sp.Side = f.Speeches[i].Side
			}
		case sp.Side == "":
			sp.Side = []string{"aff", "neg"}[i%2]
		}
		round.Speeches = append(round.Speeches, sp)
	}
	var cells []*cell
	at := map[[2]int]*cell{}
	for row := 2; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		for col, s := range rec {
			if strings.TrimSpace(s) == "" {
				continue
			}
			l, c := r.FieldPos(col)
			fail := func(kind argmap.ErrorKind, format string, a ...any) error {
				return cellError(kind, l, c, CellName(col, row), format, a...)
			}
			if col >= len(names) {
				return nil, fail(argmap.KindInvalid, "a claim beyond the last speech (%s)", names[len(names)-1])
			}
			if len(cells) >= maxCells {
				return nil, fail(argmap.KindLimit, "more than %d claims", maxCells)
			}
			mk, text, err := parseMarker(strings.TrimSpace(s))
			if err != nil {
				return nil, fail(argmap.KindSyntax, "%v", err)
			}
			if strings.TrimSpace(text) == "" {
				return nil, fail(argmap.KindInvalid, "a marker without a claim")
			}
			if n := utf8.RuneCountInString(text); n > maxText {
				return nil, fail(argmap.KindLimit, "a claim of %d characters; the limit is %d", n, maxText)
			}
			x := &cell{col: col, row: row, line: l, column: c, text: text, mk: mk}
			cells = append(cells, x)
			at[[2]int{col, row}] = x
		}
	}
	m := argmap.New("")
	m.Round = round
	for _, x := range cells {
		x.claim = &argmap.Claim{ID: ids.New(), Text: x.text, Speech: round.Speeches[x.col].ID}
		m.Claims = append(m.Claims, x.claim)
	}
	// The nearest claim to the left in each row, found in one pass: cells
	// are in row then column order.
	left := make(map[*cell]*cell, len(cells))
	for i, x := range cells {
		if i > 0 && cells[i-1].row == x.row {
			left[x] = cells[i-1]
		}
	}
	inference := map[[2]argmap.ID]*argmap.Argument{}
	var later []*cell // answers to inferences, once every argument is made
	for _, x := range cells {
		if x.mk.fresh {
			continue
		}
		if x.mk.via != "" {
			later = append(later, x)
			continue
		}
		to := left[x]
		if x.mk.explicit {
			c, r, _ := parseCell(x.mk.ref)
			if to = at[[2]int{c, r}]; to == nil || to == x {
				return nil, x.errorf("marker [%s]: cell %s holds no other claim", x.mk.ref, x.mk.ref)
			}
		}
		if to == nil {
			continue
		}
		a := &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{x.claim.ID}, Target: to.claim.ID,
			Polarity: x.polarity(round, to.col)}
		m.Arguments = append(m.Arguments, a)
		inference[[2]argmap.ID{x.claim.ID, to.claim.ID}] = a
	}
	for _, x := range later {
		pc, pr, _ := parseCell(x.mk.ref)
		tc, tr, _ := parseCell(x.mk.via)
		p, t := at[[2]int{pc, pr}], at[[2]int{tc, tr}]
		var b *argmap.Argument
		if p != nil && t != nil {
			b = inference[[2]argmap.ID{p.claim.ID, t.claim.ID}]
		}
		if b == nil {
			return nil, x.errorf("marker [%s>%s]: no inference from %s to %s", x.mk.ref, x.mk.via, x.mk.ref, x.mk.via)
		}
		pol := x.mk.pol
		if pol == "" {
			pol = argmap.Con
		}
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{x.claim.ID}, Target: b.ID, Polarity: pol})
	}
	m.Reindex()
	return m, nil
}

// errorf is a reference from the cell to a cell that does not hold what
// it should.
func (x *cell) errorf(format string, a ...any) error {
	return cellError(argmap.KindReference, x.line, x.column, CellName(x.col, x.row), format, a...)
}

// polarity is the marker's, else con across sides and pro within one.
func (x *cell) polarity(r *argmap.Round, to int) argmap.Polarity {
	if x.mk.pol != "" {
		return x.mk.pol
	}
	return defaultPolarity(r, x.col, to)
}

func defaultPolarity(r *argmap.Round, from, to int) argmap.Polarity {
	if r.Speeches[from].Side == r.Speeches[to].Side {
		return argmap.Pro
	}
	return argmap.Con
}

// csvError locates an error of encoding/csv.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return argmap.LineError(argmap.KindSyntax, pe.Line, pe.Column, "%v", pe.Err)
	}
	return argmap.LineError(argmap.KindSyntax, 1, 1, "%v", err)
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 20 {
		return s
	}
	return string([]rune(s)[:19]) + "…"
}

// Encode writes the map's round as a flow sheet, laid out by flow.Layout.
// A map without a round (or a round without speeches) is written as one
// column, "Claims (map)", holding every claim, each on its own line with
// the marker of what it answers.
func Encode(m *argmap.Map) ([]byte, error) {
	if m.Round == nil || len(m.Round.Speeches) == 0 {
		m = oneColumn(m)
	}
	g := flow.Layout(m)
	// A sheet is dense: a round of many speeches and many lines would
	// write every empty cell.
	if cells := g.Rows * len(g.Columns); cells > maxSheet {
		return nil, fmt.Errorf("flow CSV: the sheet would have %d cells (%d lines × %d speeches); the limit is %d", cells, g.Rows, len(g.Columns), maxSheet)
	}
	rows := make([][]string, g.Rows)
	for i := range rows {
		rows[i] = make([]string, len(g.Columns))
	}
	// name is the spreadsheet name of a placed claim.
	name := func(id argmap.ID) string {
		c := g.Cells[id]
		return CellName(c.Col, c.Row+2)
	}
	from := make(map[argmap.ID][]*argmap.Argument) // the arguments from each claim
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			from[p] = append(from[p], a)
		}
	}
	for _, c := range m.Claims {
		cl, ok := g.Cells[c.ID]
		if !ok {
			continue
		}
		// The default reading: the nearest claim to the left in the row.
		var left argmap.ID
		for col := cl.Col - 1; col >= 0; col-- {
			if id := g.At(col, cl.Row); id != argmap.NilID {
				left = id
				break
			}
		}
		a, to := placing(m, g, from[c.ID], c.ID)
		mk := ""
		switch {
		case a == nil && left != argmap.NilID:
			mk = "new"
		case a == nil:
		case to.via != argmap.NilID:
			mk = sign(a.Polarity) + name(to.claim) + ">" + name(to.via)
		default:
			def := defaultPolarity(m.Round, cl.Col, g.Cells[to.claim].Col)
			if a.Polarity != def {
				mk = sign(a.Polarity)
			}
			if to.claim != left {
				mk += name(to.claim)
			}
		}
		text := strings.TrimSpace(c.Text)
		switch {
		case mk != "":
			text = "[" + mk + "] " + text
		case strings.HasPrefix(text, "["):
			text = "[] " + text
		}
		rows[cl.Row][cl.Col] = text
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	head := make([]string, len(g.Columns))
	f := argmap.LookupFormat(m.Round.Format)
	for i, s := range g.Columns {
		head[i] = s.Name
		// A custom round's sides travel in its header; a built-in format's
		// follow from its name unless changed.
		if f == nil || len(f.Speeches) != len(g.Columns) || f.Speeches[i].Side != s.Side || f.Speeches[i].Name != s.Name {
			head[i] += " (" + s.Side + ")"
		}
	}
	if err := w.Write(head); err != nil {
		return nil, err
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func sign(p argmap.Polarity) string {
	if p == argmap.Pro {
		return "+"
	}
	return "-"
}

// target is where an argument points on the sheet: a claim, or the
// inference from claim to via.
type target struct{ claim, via argmap.ID }

// placing returns the argument that places claim id on the sheet, as
// flow.Layout chose it (the first from it whose target, or the target
// inference's first premise, is placed in its column or an earlier one),
// and where it points; nil when none does.
func placing(m *argmap.Map, g flow.Grid, args []*argmap.Argument, id argmap.ID) (*argmap.Argument, target) {
	to, ok := g.Answers[id]
	if !ok {
		return nil, target{}
	}
	for _, a := range args {
		if a.Target == to {
			return a, target{claim: to}
		}
		if b := m.Argument(a.Target); b != nil && slices.Contains(b.Premises, to) {
			if _, placed := g.Cells[b.Target]; placed && len(b.Premises) == 1 && m.Claim(b.Target) != nil {
				return a, target{claim: to, via: b.Target}
			}
			// An inference the sheet cannot name: read as an answer to
			// its premise.
			return a, target{claim: to}
		}
	}
	return nil, target{}
}

// oneColumn is a copy of m whose claims are all in the one speech of a
// custom round. The speech's ID is never written (a sheet names speeches
// by their names), so it may be random.
func oneColumn(m *argmap.Map) *argmap.Map {
	c := m.Clone()
	sp := argmap.Speech{ID: argmap.NewID(), Name: "Claims", Side: "map"}
	c.Round = &argmap.Round{Format: argmap.CustomFormat, Speeches: []argmap.Speech{sp}}
	for _, x := range c.Claims {
		x.Speech = sp.ID
	}
	return c
}
