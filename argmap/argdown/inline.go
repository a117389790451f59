package argdown

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// inline is a text with its escapes resolved: esc[i] marks a character that
// was written with a backslash and so has no special meaning.
type inline struct {
	r   []rune
	esc []bool
}

// newInline joins the lines of an element, resolves escapes and collapses
// runs of white space into one space, as Argdown does.
func newInline(parts []string) inline {
	var in inline
	space := false
	for _, p := range parts {
		rs := []rune(p)
		for i := 0; i < len(rs); i++ {
			r := rs[i]
			if r == '\\' && i+1 < len(rs) && rs[i+1] < 128 && unicode.IsPunct(rs[i+1]) || r == '\\' && i+1 < len(rs) && rs[i+1] < 128 && unicode.IsSymbol(rs[i+1]) {
				if space && len(in.r) > 0 {
					in.add(' ', false)
				}
				space = false
				in.add(rs[i+1], true)
				i++
				continue
			}
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && len(in.r) > 0 {
				in.add(' ', false)
			}
			space = false
			in.add(r, false)
		}
		space = true
	}
	return in
}

func (in *inline) add(r rune, esc bool) {
	in.r = append(in.r, r)
	in.esc = append(in.esc, esc)
}

// is reports whether position i holds the unescaped character r.
func (in *inline) is(i int, r rune) bool {
	return i >= 0 && i < len(in.r) && in.r[i] == r && !in.esc[i]
}

func (in *inline) trimRight() {
	n := len(in.r)
	for n > 0 && in.r[n-1] == ' ' && !in.esc[n-1] {
		n--
	}
	in.r, in.esc = in.r[:n], in.esc[:n]
}

func (in *inline) cut(n int) {
	in.r, in.esc = in.r[:n], in.esc[:n]
	in.trimRight()
}

func isTagRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_'
}

// trailer removes the tags and data blocks at the end of the text and
// returns them in the order written. They are found from the end and
// collected backwards, then reversed once: prepending each would take
// time quadratic in their number.
func (in *inline) trailer() (tags []string, data []string) {
	defer func() {
		slices.Reverse(tags)
		slices.Reverse(data)
	}()
	for {
		in.trimRight()
		n := len(in.r)
		if n == 0 {
			return tags, data
		}
		if in.is(n-1, '}') {
			depth, j := 0, n-1
			for ; j >= 0; j-- {
				if in.is(j, '}') {
					depth++
				} else if in.is(j, '{') {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j < 0 {
				return tags, data
			}
			data = append(data, string(in.r[j:]))
			in.cut(j)
			continue
		}
		if in.is(n-1, ')') {
			j := n - 2
			for j >= 0 && !in.is(j, ')') && !(in.is(j, '(') && in.is(j-1, '#')) {
				j--
			}
			if j >= 1 && in.is(j, '(') && in.is(j-1, '#') && (j == 1 || in.r[j-2] == ' ') {
				tags = append(tags, strings.TrimSpace(string(in.r[j+1:n-1])))
				in.cut(j - 1)
				continue
			}
			return tags, data
		}
		j := n - 1
		for j >= 0 && isTagRune(in.r[j]) && !in.esc[j] {
			j--
		}
		if j < n-1 && in.is(j, '#') && (j == 0 || in.r[j-1] == ' ') {
			tags = append(tags, string(in.r[j+1:n]))
			in.cut(j)
			continue
		}
		return tags, data
	}
}

// inlineTags returns the tags written inside the text, which stay in it.
func (in *inline) inlineTags() []string {
	var tags []string
	noClose := false // no ) is left: stop looking for one (keeps this linear)
	for i := 0; i < len(in.r); i++ {
		if !in.is(i, '#') || i > 0 && in.r[i-1] != ' ' {
			continue
		}
		if in.is(i+1, '(') {
			if noClose {
				continue
			}
			noClose = true
			for j := i + 2; j < len(in.r); j++ {
				if in.is(j, ')') {
					if t := strings.TrimSpace(string(in.r[i+2 : j])); t != "" {
						tags = append(tags, t)
					}
					i, noClose = j, false
					break
				}
			}
			continue
		}
		j := i + 1
		for j < len(in.r) && isTagRune(in.r[j]) && !in.esc[j] {
			j++
		}
		if j > i+1 {
			tags = append(tags, string(in.r[i+1:j]))
			i = j - 1
		}
	}
	return tags
}

// content is the result of reading an element's text.
type content struct {
	text string
	tags []string
	data []string
}

// readContent reads the text of a statement or an argument description.
func readContent(parts []string) content {
	in := newInline(parts)
	tags, data := in.trailer()
	all := append(in.inlineTags(), tags...)
	return content{text: string(in.r), tags: dedupe(all), data: data}
}

// readPlain reads a heading or an inference rule: data blocks are taken
// off the end, tags stay text.
func readPlain(parts []string) (string, []string) {
	in := newInline(parts)
	var data []string
	for {
		in.trimRight()
		n := len(in.r)
		if n == 0 || !in.is(n-1, '}') {
			break
		}
		depth, j := 0, n-1
		for ; j >= 0; j-- {
			if in.is(j, '}') {
				depth++
			} else if in.is(j, '{') {
				if depth--; depth == 0 {
					break
				}
			}
		}
		if j < 0 {
			break
		}
		data = append(data, string(in.r[j:]))
		in.cut(j)
	}
	slices.Reverse(data)
	return string(in.r), data
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

var (
	usesRe     = lazyregexp.New(`uses\s*:\s*\[([^\]]*)\]`)
	isGroupRe  = lazyregexp.New(`isGroup\s*:\s*false`)
	implicitRe = lazyregexp.New(`argmap\s*:\s*["']?implicit`)
)

// usesOf reads {uses: [1, 2]} from data blocks; nil when absent.
func usesOf(data []string) []int {
	for _, d := range data {
		m := usesRe.FindStringSubmatch(d)
		if m == nil {
			continue
		}
		var out []int
		for _, f := range strings.Split(m[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
				out = append(out, n)
			}
		}
		return out
	}
	return nil
}

func dataMatches(data []string, re *lazyregexp.Regexp) bool {
	for _, d := range data {
		if re.MatchString(d) {
			return true
		}
	}
	return false
}
