package aif

import "bytes"

// validJSON reports whether data is exactly one JSON value (RFC 8259) with
// only whitespace around it. The fast path needs it because the JSON
// library skips the values of keys its structs lack by their brackets and
// quotes alone, without checking their syntax; the library's own Valid
// decodes the whole document into interfaces, which costs more than the
// parse it guards. This is a syntax check only, no decoding: one pass over
// the bytes with no allocation for nesting up to 64 levels.
//
// It is stricter than the library where the two differ (a control
// character in a string, a leading zero, nesting beyond maxValidDepth): such
// a document goes to the careful path, which reads it as before, so being
// strict costs only time and never changes what a document reads as.
func validJSON(data []byte) bool { return scanJSON(data, false) }

// fastReadable is validJSON, and also false when a key of the document's
// top level or of its "AIF" object differs from one the readers know only
// in case ("Nodes") or is written with an escape: the JSON library matches struct fields regardless of
// case, but the careful path reads those two levels as maps, where case
// counts, so such a document is left to it.
func fastReadable(data []byte) bool { return scanJSON(data, true) }

// knownKeys are the keys of the two levels fastReadable checks.
var knownKeys = []string{"AIF", "OVA", "nodes", "edges", "locutions", "participants", "schemefulfillments", "analysis"}

// caseVariant reports whether key equals a known key up to ASCII case
// but is not spelled as it.
func caseVariant(key []byte) bool {
	for _, k := range knownKeys {
		if len(k) == len(key) && string(key) != k && asciiFold(key, k) {
			return true
		}
	}
	return false
}

func asciiFold(a []byte, b string) bool {
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func scanJSON(data []byte, aifKeys bool) bool {
	const (
		stValue = iota // a value must start here
		stKey          // a key must start here (after "{" or ",")
		stAfter        // a value has ended
	)
	var stackBuf [64]byte
	stack := stackBuf[:0] // the open brackets, innermost last
	i, n := 0, len(data)
	state := stValue
	inAIF := false // within the value of the top-level key "AIF"
	for {
		for i < n && isWS[data[i]] {
			i++
		}
		switch state {
		case stValue:
			if i >= n {
				return false
			}
			switch c := data[i]; c {
			case '{', '[':
				if len(stack) >= maxValidDepth {
					return false
				}
				i++
				for i < n && isWS[data[i]] {
					i++
				}
				if i < n && data[i] == c+2 { // "}" is "{"+2, "]" is "["+2
					i++
					state = stAfter
					continue
				}
				stack = append(stack, c)
				if c == '{' {
					state = stKey
				}
				continue
			case '"':
				if i = validString(data, i); i < 0 {
					return false
				}
			case 't':
				if i = validWord(data, i, "true"); i < 0 {
					return false
				}
			case 'f':
				if i = validWord(data, i, "false"); i < 0 {
					return false
				}
			case 'n':
				if i = validWord(data, i, "null"); i < 0 {
					return false
				}
			default:
				if i = validNumber(data, i); i < 0 {
					return false
				}
			}
			state = stAfter
		case stKey:
			if i >= n || data[i] != '"' {
				return false
			}
			start := i
			if i = validString(data, i); i < 0 {
				return false
			}
			if aifKeys && (len(stack) == 1 || len(stack) == 2 && inAIF) {
				key := data[start+1 : i-1]
				if caseVariant(key) || bytes.IndexByte(key, '\\') >= 0 {
					return false // an escape: the map reads it, the struct may not
				}
				if len(stack) == 1 {
					inAIF = string(key) == "AIF"
				}
			}
			for i < n && isWS[data[i]] {
				i++
			}
			if i >= n || data[i] != ':' {
				return false
			}
			i++
			state = stValue
		case stAfter:
			if len(stack) == 0 {
				return i == n
			}
			if i >= n {
				return false
			}
			top := stack[len(stack)-1]
			switch data[i] {
			case ',':
				i++
				state = stValue
				if top == '{' {
					state = stKey
				}
			case top + 2:
				i++
				stack = stack[:len(stack)-1]
			default:
				return false
			}
		}
	}
}

// maxValidDepth bounds the nesting validJSON accepts; AIF needs four
// levels, and a deeper document is left to the careful path.
const maxValidDepth = 512

var isWS = [256]bool{' ': true, '\t': true, '\r': true, '\n': true}

// strPlain marks the bytes a string may hold as they are: not the quote,
// the backslash or a control character.
var strPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

var isHex = func() (t [256]bool) {
	for _, c := range "0123456789abcdefABCDEF" {
		t[c] = true
	}
	return t
}()

// validString returns the index after the string starting at data[i] (a
// quote), or -1 when it is not a valid JSON string.
func validString(data []byte, i int) int {
	n := len(data)
	for i++; i < n; {
		c := data[i]
		if strPlain[c] {
			i++
			continue
		}
		switch c {
		case '"':
			return i + 1
		case '\\':
			if i+1 >= n {
				return -1
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+5 >= n || !isHex[data[i+2]] || !isHex[data[i+3]] || !isHex[data[i+4]] || !isHex[data[i+5]] {
					return -1
				}
				i += 6
			default:
				return -1
			}
		default: // a control character
			return -1
		}
	}
	return -1
}

func validWord(data []byte, i int, w string) int {
	if len(data)-i < len(w) || string(data[i:i+len(w)]) != w {
		return -1
	}
	return i + len(w)
}

// validNumber returns the index after the number starting at data[i], or
// -1: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(data []byte, i int) int {
	n := len(data)
	if i < n && data[i] == '-' {
		i++
	}
	switch {
	case i < n && data[i] == '0':
		i++
	case i < n && data[i] >= '1' && data[i] <= '9':
		for i++; i < n && data[i] >= '0' && data[i] <= '9'; i++ {
		}
	default:
		return -1
	}
	if i < n && data[i] == '.' {
		i++
		if i >= n || data[i] < '0' || data[i] > '9' {
			return -1
		}
		for i < n && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	if i < n && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < n && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= n || data[i] < '0' || data[i] > '9' {
			return -1
		}
		for i < n && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	return i
}
