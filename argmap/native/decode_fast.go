package native

import (
	"math"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// The fast path of Decode (issue 16): one pass over the bytes, straight
// into the model, for the files Argmap writes and everything like them.
// It takes no decision of its own about a bad file: at the first thing it
// does not expect (an unknown or repeated key, a null, an escape in a key,
// a dangling reference, a value beyond a limit, a syntax error) it gives
// up, and Decode reads the file again the careful way (decodeSlow), which
// names the fault exactly as before. So what it accepts must be what the
// careful way accepts, read the same: FuzzDecodeFast checks that.
//
// A field added to the wire structs needs a case here (and in the
// version's key gate, fastSince); until it has one, files that use the
// field take the careful way, correct but slower (TestDecodeFastCoversWire
// points at the missing case).

// fastBail is the panic value with which the fast path gives up.
type fastBail struct{}

// fastSince is the format version that introduced a key of an object,
// for the keys that are not in version 1: a file of an older version
// that holds one is refused by the careful way, with its message.
const fastSincePrivate = 2 // "private" on a comment

type fastDec struct {
	data    []byte
	i       int
	version int

	// Claims and arguments are allocated in chunks, which never move:
	// growing one slice would copy and clear several times the whole.
	claims     slab[argmap.Claim]
	args       slab[argmap.Argument]
	premises   []argmap.ID // the free part of the chunk premises are cut from
	scratch    []argmap.ID // the premises of the argument being read
	challenges []*argmap.Challenge
	sources    []*argmap.Source
	buf        []byte // for strings with escapes
}

// slab hands out elements from chunks that grow with the count.
type slab[T any] struct {
	chunks [][]T
	n      int
}

func (s *slab[T]) next() *T {
	if len(s.chunks) == 0 || len(s.chunks[len(s.chunks)-1]) == cap(s.chunks[len(s.chunks)-1]) {
		size := min(max(s.n/2, 16), 4096)
		s.chunks = append(s.chunks, make([]T, 0, size))
	}
	c := &s.chunks[len(s.chunks)-1]
	*c = (*c)[:len(*c)+1]
	s.n++
	return &(*c)[len(*c)-1]
}

// all returns pointers to every element, in order.
func (s *slab[T]) all() []*T {
	out := make([]*T, 0, s.n)
	for _, c := range s.chunks {
		for i := range c {
			out = append(out, &c[i])
		}
	}
	return out
}

// decodeFast reads data (valid UTF-8 without NUL, see Decode) as a native
// map in one pass, or reports false where Decode must take the careful way.
func decodeFast(data []byte) (m *argmap.Map, ok bool) {
	defer func() {
		// A bail, and anything unexpected: the careful way decides.
		if r := recover(); r != nil {
			m, ok = nil, false
		}
	}()
	d := &fastDec{data: data}
	return d.file(), true
}

func (d *fastDec) bail() { panic(fastBail{}) }

func (d *fastDec) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\n', '\t', '\r':
			d.i++
		default:
			return
		}
	}
}

// open reads the opening byte c of an object or array.
func (d *fastDec) open(c byte) {
	d.ws()
	if d.i >= len(d.data) || d.data[d.i] != c {
		d.bail()
	}
	d.i++
}

// more reports whether another member follows in the object or array
// that close ends, reading the comma before it; *n counts the members.
func (d *fastDec) more(close byte, n *int) bool {
	d.ws()
	if d.i >= len(d.data) {
		d.bail()
	}
	if d.data[d.i] == close {
		d.i++
		return false
	}
	if *n > 0 {
		if d.data[d.i] != ',' {
			d.bail()
		}
		d.i++
		d.ws()
	}
	*n++
	return true
}

// key reads an object key and its colon; a key with an escape is left to
// the careful way.
func (d *fastDec) key() []byte {
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		d.bail()
	}
	start := d.i + 1
	for j := start; j < len(d.data); j++ {
		switch c := d.data[j]; {
		case c == '"':
			d.i = j + 1
			d.ws()
			if d.i >= len(d.data) || d.data[d.i] != ':' {
				d.bail()
			}
			d.i++
			return d.data[start:j]
		case c == '\\' || c < 0x20:
			d.bail()
		}
	}
	d.bail()
	return nil
}

// once marks a key as read in its object, giving up on a repeated one.
func (d *fastDec) once(seen *uint32, bit uint32) {
	if *seen&bit != 0 {
		d.bail()
	}
	*seen |= bit
}

// str reads a string value within the length limit.
func (d *fastDec) str() string {
	d.ws()
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		d.bail()
	}
	start := d.i + 1
	j := start
	for ; j < len(d.data); j++ {
		c := d.data[j]
		if c == '"' {
			break
		}
		if c == '\\' {
			return d.escaped(start, j)
		}
		if c < 0x20 {
			d.bail()
		}
	}
	if j >= len(d.data) || j-start > argmap.MaxText {
		d.bail() // (a long text may still be short in characters: the careful way counts)
	}
	d.i = j + 1
	return string(d.data[start:j])
}

// escaped reads the rest of a string that has an escape at j.
func (d *fastDec) escaped(start, j int) string {
	b := append(d.buf[:0], d.data[start:j]...)
	for j < len(d.data) {
		c := d.data[j]
		switch {
		case c == '"':
			if len(b) > argmap.MaxText {
				d.bail()
			}
			d.i = j + 1
			d.buf = b
			return string(b)
		case c < 0x20:
			d.bail()
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		if j+1 >= len(d.data) {
			d.bail()
		}
		switch e := d.data[j+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := d.hex4(j + 2)
			j += 4
			if utf16.IsSurrogate(r) {
				// Only a high surrogate followed by a low one; the careful
				// way decides what a lone one becomes.
				if r >= 0xdc00 || j+7 >= len(d.data) || d.data[j+2] != '\\' || d.data[j+3] != 'u' {
					d.bail()
				}
				r2 := d.hex4(j + 4)
				if r2 < 0xdc00 || r2 > 0xdfff {
					d.bail()
				}
				r = utf16.DecodeRune(r, r2)
				j += 6
			}
			b = utf8.AppendRune(b, r)
		default:
			d.bail()
		}
		j += 2
	}
	d.bail()
	return ""
}

func (d *fastDec) hex4(at int) rune {
	if at+4 > len(d.data) {
		d.bail()
	}
	var r rune
	for _, c := range d.data[at : at+4] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			d.bail()
		}
		r = r<<4 | rune(v)
	}
	return r
}

// strs reads an array of strings.
func (d *fastDec) strs() []string {
	d.open('[')
	out := []string{} // an empty array reads as an empty slice, not nil
	for n := 0; d.more(']', &n); {
		out = append(out, d.str())
	}
	if len(out) > argmap.MaxItems {
		d.bail()
	}
	return out
}

// id reads a UUID in its usual form of 36 characters; the other forms
// uuid.Parse accepts are left to the careful way, and so is the nil UUID.
func (d *fastDec) id() argmap.ID {
	d.ws()
	if d.i+38 > len(d.data) || d.data[d.i] != '"' || d.data[d.i+37] != '"' {
		d.bail()
	}
	s := d.data[d.i+1 : d.i+37]
	if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		d.bail()
	}
	var id argmap.ID
	bad := byte(0)
	for k, j := range uuidHexAt {
		hi, lo := hexVal[s[j]], hexVal[s[j+1]]
		bad |= hi | lo
		id[k] = hi<<4 | lo
	}
	if bad > 0xf {
		d.bail()
	}
	if id == argmap.NilID {
		d.bail()
	}
	d.i += 38
	return id
}

// uuidHexAt is where each byte of a UUID is written in its text.
var uuidHexAt = [16]int{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34}

// hexVal is the value of each hex digit; 0xff for other bytes.
var hexVal = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i, c := range "0123456789abcdef" {
		t[c] = byte(i)
	}
	for i, c := range "ABCDEF" {
		t[c] = byte(10 + i)
	}
	return t
}()

// number reads a number token of JSON's grammar.
func (d *fastDec) number() (tok []byte, integer bool) {
	d.ws()
	start := d.i
	j := d.i
	if j < len(d.data) && d.data[j] == '-' {
		j++
	}
	digits := func() int {
		k := j
		for j < len(d.data) && d.data[j] >= '0' && d.data[j] <= '9' {
			j++
		}
		return j - k
	}
	n := digits()
	if n == 0 || n > 1 && d.data[j-n] == '0' {
		d.bail()
	}
	integer = true
	if j < len(d.data) && d.data[j] == '.' {
		j++
		if digits() == 0 {
			d.bail()
		}
		integer = false
	}
	if j < len(d.data) && (d.data[j] == 'e' || d.data[j] == 'E') {
		j++
		if j < len(d.data) && (d.data[j] == '+' || d.data[j] == '-') {
			j++
		}
		if digits() == 0 {
			d.bail()
		}
		integer = false
	}
	d.i = j
	return d.data[start:j], integer
}

// int reads a whole number of at most 15 digits.
func (d *fastDec) int() int {
	tok, integer := d.number()
	if !integer || len(tok) > 15 || tok[0] == '-' && tok[1] == '0' {
		d.bail()
	}
	neg := tok[0] == '-'
	if neg {
		tok = tok[1:]
	}
	v := 0
	for _, c := range tok {
		v = v*10 + int(c-'0')
	}
	if neg {
		v = -v
	}
	return v
}

// coord reads a coordinate within the limit.
func (d *fastDec) coord() float64 {
	tok, integer := d.number()
	var v float64
	if integer && len(tok) <= 15 {
		// Exact in a float64, as ParseFloat would give it.
		neg := tok[0] == '-'
		if neg {
			tok = tok[1:]
		}
		n := int64(0)
		for _, c := range tok {
			n = n*10 + int64(c-'0')
		}
		v = float64(n)
		if neg {
			v = -v // -0 stays negative, as ParseFloat reads it
		}
	} else {
		var err error
		if v, err = strconv.ParseFloat(string(tok), 64); err != nil {
			d.bail()
		}
	}
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > argmap.MaxCoord {
		d.bail()
	}
	return v
}

func (d *fastDec) bool() bool {
	d.ws()
	switch {
	case d.i+4 <= len(d.data) && string(d.data[d.i:d.i+4]) == "true":
		d.i += 4
		return true
	case d.i+5 <= len(d.data) && string(d.data[d.i:d.i+5]) == "false":
		d.i += 5
		return false
	}
	d.bail()
	return false
}

// time reads an optional RFC 3339 time, as reader.time does.
func (d *fastDec) time() time.Time {
	s := d.str()
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		d.bail()
	}
	if t = t.UTC(); t.Year() < 1 || t.Year() > 9999 {
		d.bail()
	}
	return t
}

func (d *fastDec) declare(k kind) argmap.ID {
	return d.id()
}

// ref reads a reference, checked once every ID is known (see check).
func (d *fastDec) ref() argmap.ID { return d.id() }

func (d *fastDec) file() *argmap.Map {
	d.open('{')
	var seen uint32
	var m *argmap.Map
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "format":
			d.once(&seen, 1)
			if d.str() != FormatName {
				d.bail()
			}
		case "version":
			d.once(&seen, 2)
			if d.version = d.int(); d.version < 1 || d.version > FormatVersion {
				d.bail()
			}
		case "map":
			d.once(&seen, 4)
			if d.version == 0 { // the version decides which keys the body may have
				d.bail()
			}
			m = d.body()
		default:
			d.bail()
		}
	}
	if d.ws(); d.i != len(d.data) || seen != 7 {
		d.bail()
	}
	return m
}

func (d *fastDec) body() *argmap.Map {
	m := &argmap.Map{}
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "meta":
			d.once(&seen, 1)
			d.meta(&m.Meta)
		case "claims":
			d.once(&seen, 2)
			d.open('[')
			for n := 0; d.more(']', &n); {
				d.claim(d.claims.next())
			}
		case "arguments":
			d.once(&seen, 4)
			d.open('[')
			for n := 0; d.more(']', &n); {
				d.argument(d.args.next())
			}
		case "challenges":
			d.once(&seen, 8)
			d.open('[')
			for n := 0; d.more(']', &n); {
				d.challenges = append(d.challenges, d.challenge())
			}
		case "sources":
			d.once(&seen, 16)
			d.open('[')
			for n := 0; d.more(']', &n); {
				d.sources = append(d.sources, d.source())
			}
		default:
			d.bail()
		}
	}
	if d.claims.n > argmap.MaxItems || d.args.n > argmap.MaxItems || len(d.challenges) > argmap.MaxItems || len(d.sources) > argmap.MaxItems {
		d.bail()
	}
	m.Claims = d.claims.all()
	m.Arguments = d.args.all()
	m.Challenges = append(make([]*argmap.Challenge, 0, len(d.challenges)), d.challenges...)
	m.Sources = append(make([]*argmap.Source, 0, len(d.sources)), d.sources...)
	d.check(m)
	m.Reindex()
	return m
}

// check gives up on a repeated ID and on a reference to no entity of the
// right kind.
func (d *fastDec) check(m *argmap.Map) {
	n := len(m.Claims) + len(m.Arguments) + len(m.Challenges) + len(m.Sources)
	for _, c := range m.Claims {
		n += len(c.Comments)
	}
	for _, a := range m.Arguments {
		n += len(a.Comments)
	}
	var t idTable
	t.init(n)
	add := func(id argmap.ID, k kind) {
		if !t.add(id, k) {
			d.bail()
		}
	}
	comments := func(cs []argmap.Comment) {
		for i := range cs {
			add(cs[i].ID, kOther)
		}
	}
	for _, s := range m.Sources {
		add(s.ID, kSource)
	}
	for _, c := range m.Claims {
		add(c.ID, kClaim)
		comments(c.Comments)
	}
	for _, a := range m.Arguments {
		add(a.ID, kArgument)
		comments(a.Comments)
	}
	for _, c := range m.Challenges {
		add(c.ID, kOther)
	}
	is := func(id argmap.ID, k1, k2 kind) {
		if k := t.get(id); k == kNone || k != k1 && k != k2 {
			d.bail()
		}
	}
	for _, c := range m.Claims {
		if c.Anchor != nil && c.Anchor.Source != argmap.NilID {
			is(c.Anchor.Source, kSource, kNone)
		}
	}
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			is(p, kClaim, kNone)
		}
		is(a.Target, kClaim, kArgument)
	}
	for _, c := range m.Challenges {
		is(c.Target, kClaim, kArgument)
		if c.Argument != argmap.NilID {
			is(c.Argument, kArgument, kNone)
		}
	}
}

func (d *fastDec) meta(mt *argmap.Meta) {
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "title":
			d.once(&seen, 1)
			mt.Title = d.str()
		case "source":
			d.once(&seen, 2)
			mt.Source = d.str()
		case "authors":
			d.once(&seen, 4)
			mt.Authors = d.strs()
		case "created":
			d.once(&seen, 8)
			mt.Created = d.time()
		case "modified":
			d.once(&seen, 16)
			mt.Modified = d.time()
		case "exercise":
			d.once(&seen, 32)
			mt.Exercise = d.bool()
		default:
			d.bail()
		}
	}
}

// annotation reads the key of an entity's annotations, if it is one.
func (d *fastDec) annotation(key []byte, seen *uint32, an *argmap.Annotations) bool {
	switch string(key) {
	case "comments":
		d.once(seen, 1<<27)
		an.Comments = d.comments()
	case "tags":
		d.once(seen, 1<<28)
		an.Tags = d.strs()
	case "color":
		d.once(seen, 1<<29)
		an.Color = d.str()
	case "links":
		d.once(seen, 1<<30)
		an.Links = d.strs()
	default:
		return false
	}
	return true
}

func (d *fastDec) claim(c *argmap.Claim) {
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		key := d.key()
		switch string(key) {
		case "id":
			d.once(&seen, 1)
			c.ID = d.declare(kClaim)
		case "text":
			d.once(&seen, 2)
			c.Text = d.str()
		case "assessment":
			d.once(&seen, 4)
			c.Assessment = d.assessment()
		case "pos":
			d.once(&seen, 8)
			c.Pos = d.pos()
		case "pinned":
			d.once(&seen, 16)
			c.Pinned = d.bool()
		case "anchor":
			d.once(&seen, 32)
			c.Anchor = d.anchor()
		default:
			if !d.annotation(key, &seen, &c.Annotations) {
				d.bail()
			}
		}
	}
	if seen&1 == 0 {
		d.bail() // missing ID
	}
}

// assessment reads an assessment, sharing the constants' text.
func (d *fastDec) assessment() argmap.Assessment {
	switch a := argmap.Assessment(d.str()); a {
	case argmap.Accepted:
		return argmap.Accepted
	case argmap.Questioned:
		return argmap.Questioned
	case argmap.Rejected:
		return argmap.Rejected
	case argmap.Unassessed:
		return argmap.Unassessed
	}
	d.bail()
	return ""
}

func (d *fastDec) pos() argmap.Point {
	var p argmap.Point
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "x":
			d.once(&seen, 1)
			p.X = d.coord()
		case "y":
			d.once(&seen, 2)
			p.Y = d.coord()
		default:
			d.bail()
		}
	}
	return p
}

func (d *fastDec) anchor() *argmap.Anchor {
	a := &argmap.Anchor{}
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "source":
			d.once(&seen, 1)
			a.Source = d.ref()
		case "paragraph":
			d.once(&seen, 2)
			a.Paragraph = d.str()
		case "offset":
			d.once(&seen, 4)
			a.Offset = d.int()
		case "length":
			d.once(&seen, 8)
			a.Length = d.int()
		case "quote":
			d.once(&seen, 16)
			a.Quote = d.str()
		case "before":
			d.once(&seen, 32)
			a.Before = d.str()
		case "after":
			d.once(&seen, 64)
			a.After = d.str()
		case "hash":
			d.once(&seen, 128)
			a.Hash = d.str()
		default:
			d.bail()
		}
	}
	if a.Offset < 0 || a.Length < 0 || a.Offset > argmap.MaxOffset || a.Length > argmap.MaxOffset-a.Offset {
		d.bail()
	}
	return a
}

func (d *fastDec) comments() []argmap.Comment {
	var out []argmap.Comment // an empty list reads as none, as reader.comments does
	d.open('[')
	for n := 0; d.more(']', &n); {
		out = append(out, argmap.Comment{})
		c := &out[len(out)-1]
		d.open('{')
		var seen uint32
		for n := 0; d.more('}', &n); {
			switch string(d.key()) {
			case "id":
				d.once(&seen, 1)
				c.ID = d.declare(kOther)
			case "author":
				d.once(&seen, 2)
				c.Author = d.str()
			case "time":
				d.once(&seen, 4)
				c.Time = d.time()
			case "text":
				d.once(&seen, 8)
				c.Text = d.str()
			case "private":
				if d.version < fastSincePrivate {
					d.bail()
				}
				d.once(&seen, 16)
				c.Private = d.bool()
			default:
				d.bail()
			}
		}
		if seen&1 == 0 {
			d.bail()
		}
	}
	if len(out) > argmap.MaxItems {
		d.bail()
	}
	return out
}

func (d *fastDec) argument(a *argmap.Argument) {
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		key := d.key()
		switch string(key) {
		case "id":
			d.once(&seen, 1)
			a.ID = d.declare(kArgument)
		case "premises":
			d.once(&seen, 2)
			a.Premises = d.premiseList()
		case "target":
			d.once(&seen, 4)
			a.Target = d.ref()
		case "polarity":
			d.once(&seen, 8)
			switch argmap.Polarity(d.str()) {
			case argmap.Pro:
				a.Polarity = argmap.Pro
			case argmap.Con:
				a.Polarity = argmap.Con
			default:
				d.bail()
			}
		case "scheme":
			d.once(&seen, 16)
			a.Scheme = d.str()
		default:
			if !d.annotation(key, &seen, &a.Annotations) {
				d.bail()
			}
		}
	}
	if seen&(1|4|8) != 1|4|8 {
		d.bail() // no ID, target or polarity
	}
	if a.Premises == nil {
		a.Premises = []argmap.ID{} // as the careful way reads a missing list
	}
}

// premiseList reads an argument's premises into a piece of a shared chunk.
func (d *fastDec) premiseList() []argmap.ID {
	d.open('[')
	p := d.scratch[:0]
	for n := 0; d.more(']', &n); {
		p = append(p, d.ref())
	}
	if len(p) > argmap.MaxItems {
		d.bail()
	}
	d.scratch = p
	if cap(d.premises) < len(p) {
		d.premises = make([]argmap.ID, 0, max(len(p), 1024))
	}
	n := len(p)
	out := d.premises[:n:n] // full: an edit that appends copies it
	copy(out, p)
	d.premises = d.premises[n:n:cap(d.premises)]
	return out
}

func (d *fastDec) challenge() *argmap.Challenge {
	c := &argmap.Challenge{}
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "id":
			d.once(&seen, 1)
			c.ID = d.declare(kOther)
		case "kind":
			d.once(&seen, 2)
			switch k := argmap.ChallengeKind(d.str()); k {
			case argmap.Object, argmap.Undercut, argmap.Question, argmap.CriticalQuestion:
				c.Kind = k
			default:
				d.bail()
			}
		case "target":
			d.once(&seen, 4)
			c.Target = d.ref()
		case "argument":
			d.once(&seen, 8)
			c.Argument = d.ref()
		case "question":
			d.once(&seen, 16)
			if c.Question = d.int(); c.Question < 0 || c.Question >= argmap.MaxItems {
				d.bail()
			}
		case "author":
			d.once(&seen, 32)
			c.Author = d.str()
		case "time":
			d.once(&seen, 64)
			c.Time = d.time()
		case "note":
			d.once(&seen, 128)
			c.Note = d.str()
		case "status":
			d.once(&seen, 256)
			switch s := argmap.ChallengeStatus(d.str()); s {
			case "":
				c.Status = argmap.Open
			case argmap.Open, argmap.Answered, argmap.Withdrawn:
				c.Status = s
			default:
				d.bail()
			}
		case "answer":
			d.once(&seen, 512)
			c.Answer = d.str()
		default:
			d.bail()
		}
	}
	if seen&(1|2|4) != 1|2|4 {
		d.bail()
	}
	if c.Status == "" {
		c.Status = argmap.Open
	}
	return c
}

func (d *fastDec) source() *argmap.Source {
	s := &argmap.Source{}
	d.open('{')
	var seen uint32
	for n := 0; d.more('}', &n); {
		switch string(d.key()) {
		case "id":
			d.once(&seen, 1)
			s.ID = d.declare(kSource)
		case "name":
			d.once(&seen, 2)
			s.Name = d.str()
		case "path":
			d.once(&seen, 4)
			s.Path = d.str()
		case "hash":
			d.once(&seen, 8)
			s.Hash = d.str()
		default:
			d.bail()
		}
	}
	if seen&1 == 0 {
		d.bail()
	}
	return s
}

// idTable is a set of IDs with their kinds, open addressing: on big maps
// several times faster than a Go map of 16-byte keys.
type idTable struct {
	ids   []argmap.ID
	kinds []kind // kNone: an empty slot
	mask  uint64
}

func (t *idTable) init(n int) {
	size := 16
	for size < n+n/2 {
		size <<= 1
	}
	t.ids = make([]argmap.ID, size)
	t.kinds = make([]kind, size)
	t.mask = uint64(size - 1)
}

func (t *idTable) slot(id argmap.ID) uint64 {
	lo := uint64(id[0]) | uint64(id[1])<<8 | uint64(id[2])<<16 | uint64(id[3])<<24 |
		uint64(id[4])<<32 | uint64(id[5])<<40 | uint64(id[6])<<48 | uint64(id[7])<<56
	hi := uint64(id[8]) | uint64(id[9])<<8 | uint64(id[10])<<16 | uint64(id[11])<<24 |
		uint64(id[12])<<32 | uint64(id[13])<<40 | uint64(id[14])<<48 | uint64(id[15])<<56
	h := (lo ^ hi*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
	return (h ^ h>>29) & t.mask
}

// add inserts id, reporting false when it is there already.
func (t *idTable) add(id argmap.ID, k kind) bool {
	for s := t.slot(id); ; s = (s + 1) & t.mask {
		if t.kinds[s] == kNone {
			t.ids[s], t.kinds[s] = id, k
			return true
		}
		if t.ids[s] == id {
			return false
		}
	}
}

func (t *idTable) get(id argmap.ID) kind {
	for s := t.slot(id); ; s = (s + 1) & t.mask {
		if t.kinds[s] == kNone || t.ids[s] == id {
			return t.kinds[s]
		}
	}
}
