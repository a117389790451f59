package af

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// ParseAPX reads ASPARTIX facts: "arg(a)." declares an argument and
// "att(a,b)." an attack of a on b, one fact per line; blank lines and lines
// starting with '%' (comments) are skipped. Attacks may come before the
// declarations of their arguments; every argument must be declared.
func ParseAPX(data []byte) (*AF, error) {
	n := newNames()
	type att struct {
		line     int
		from, to string
	}
	var atts []att
	err := eachLine(data, func(ln int, raw string) error {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "%") {
			return nil
		}
		fact, ok := strings.CutSuffix(line, ".")
		if !ok {
			return argmap.LineError(argmap.KindSyntax, ln, 0, "a fact ends with '.': %q", clip(line))
		}
		pred, args, ok := strings.Cut(fact, "(")
		args, closed := strings.CutSuffix(args, ")")
		if !ok || !closed {
			return argmap.LineError(argmap.KindSyntax, ln, 0, "want arg(x). or att(x,y).: %q", clip(line))
		}
		parts := strings.Split(args, ",")
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
			if !validName(parts[k]) {
				return argmap.LineError(argmap.KindInvalid, ln, 0, "bad argument name %q", clip(parts[k]))
			}
		}
		switch {
		case strings.TrimSpace(pred) == "arg" && len(parts) == 1:
			return n.add(ln, parts[0])
		case strings.TrimSpace(pred) == "att" && len(parts) == 2:
			// Counted now, resolved at the end: attacks may come before
			// the declarations of their arguments.
			if err := n.count.attack(ln, parts[0] == parts[1]); err != nil {
				return err
			}
			atts = append(atts, att{ln, parts[0], parts[1]})
			return nil
		default:
			return argmap.LineError(argmap.KindSyntax, ln, 0, "want arg(x). or att(x,y).: %q", clip(line))
		}
	})
	if err != nil {
		return nil, err
	}
	for _, a := range atts {
		if err := n.link(a.line, a.from, a.to); err != nil {
			return nil, err
		}
	}
	return n.f, nil
}

// validName accepts what an APX or TGF name may be: non-empty, with no
// space, parenthesis, comma or period.
func validName(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \t(),.")
}

// ParseTGF reads the trivial graph format: one argument per line ("id" or
// "id label": the id is the name), a line "#", then one attack per line
// ("from to", anything after is an edge label and ignored).
func ParseTGF(data []byte) (*AF, error) {
	n := newNames()
	edges := false
	err := eachLine(data, func(ln int, raw string) error {
		fields := strings.Fields(raw)
		if len(fields) == 0 {
			return nil
		}
		if !edges {
			if fields[0] == "#" {
				if len(fields) > 1 {
					return argmap.LineError(argmap.KindSyntax, ln, 0, "the separator line holds only '#'")
				}
				edges = true
				return nil
			}
			return n.add(ln, fields[0])
		}
		if len(fields) < 2 {
			return argmap.LineError(argmap.KindInvalid, ln, 0, "an attack needs two arguments: %q", clip(raw))
		}
		return n.attack(ln, fields[0], fields[1])
	})
	if err != nil {
		return nil, err
	}
	return n.f, nil
}

// ParseICCMA reads the ICCMA'23 format: a header "p af N", then one attack
// "i j" per line between arguments numbered 1..N. Lines starting with '#'
// are comments. Arguments are named by their numbers ("1", "2"…), unless
// exactly N comments "# name" follow the header before the first attack,
// each one word and all distinct: the ICCMA'23 benchmarks (and WriteICCMA)
// name the arguments so, in order. Counts are checked line by line, so a
// file announcing or holding too much is refused where it goes over.
func ParseICCMA(data []byte) (*AF, error) {
	f := &AF{}
	header := false
	count := 0
	var c counter
	var comments []string // "# name" lines after the header, before any attack
	attacked := false
	err := eachLine(data, func(ln int, raw string) error {
		line := strings.TrimSpace(raw)
		if line == "" {
			return nil
		}
		if strings.HasPrefix(line, "#") {
			if header && !attacked && len(comments) <= count {
				comments = append(comments, strings.TrimSpace(line[1:]))
			}
			return nil
		}
		fields := strings.Fields(line)
		if !header {
			if len(fields) != 3 || fields[0] != "p" || fields[1] != "af" {
				return argmap.LineError(argmap.KindFormat, ln, 0, "want the header \"p af N\": %q", clip(line))
			}
			v, err := strconv.Atoi(fields[2])
			if err != nil || v < 0 || v > MaxArguments {
				return argmap.LineError(argmap.KindInvalid, ln, 0, "bad number of arguments %q (0 to %d)", clip(fields[2]), MaxArguments)
			}
			count, header = v, true
			c.names = count
			f.Names = make([]string, count)
			for k := range f.Names {
				f.Names[k] = strconv.Itoa(k + 1)
			}
			return nil
		}
		attacked = true
		if len(fields) != 2 {
			return argmap.LineError(argmap.KindSyntax, ln, 0, "want an attack \"i j\": %q", clip(line))
		}
		var at [2]int32
		for k, s := range fields {
			v, err := strconv.Atoi(s)
			if err != nil || v < 1 || v > count {
				return argmap.LineError(argmap.KindInvalid, ln, 0, "argument %q is not a number from 1 to %d", clip(s), count)
			}
			at[k] = int32(v - 1)
		}
		if err := c.attack(ln, at[0] == at[1]); err != nil {
			return err
		}
		f.Attacks = append(f.Attacks, at)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !header {
		return nil, argmap.LineError(argmap.KindFormat, 1, 0, "no \"p af N\" header")
	}
	if len(comments) == count && count > 0 && nameComments(comments) {
		copy(f.Names, comments)
	}
	return f, nil
}

// nameComments reports whether comment texts can be argument names: one
// word each, all distinct.
func nameComments(cs []string) bool {
	seen := make(map[string]bool, len(cs))
	for _, c := range cs {
		if c == "" || strings.ContainsAny(c, " \t") || seen[c] {
			return false
		}
		seen[c] = true
	}
	return true
}

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// WriteAPX writes f as ASPARTIX facts. Names must be plain (see FromMap).
func WriteAPX(f *AF) []byte {
	var b bytes.Buffer
	for _, n := range f.Names {
		fmt.Fprintf(&b, "arg(%s).\n", n)
	}
	for _, a := range f.Attacks {
		fmt.Fprintf(&b, "att(%s,%s).\n", f.Names[a[0]], f.Names[a[1]])
	}
	return b.Bytes()
}

// WriteTGF writes f in the trivial graph format.
func WriteTGF(f *AF) []byte {
	var b bytes.Buffer
	for _, n := range f.Names {
		b.WriteString(n + "\n")
	}
	b.WriteString("#\n")
	for _, a := range f.Attacks {
		fmt.Fprintf(&b, "%s %s\n", f.Names[a[0]], f.Names[a[1]])
	}
	return b.Bytes()
}

// WriteICCMA writes f in the ICCMA'23 format, with one "# name" comment per
// argument in order (as the ICCMA'23 benchmarks do) to keep the names.
func WriteICCMA(f *AF) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "p af %d\n", len(f.Names))
	for _, n := range f.Names {
		fmt.Fprintf(&b, "# %s\n", n)
	}
	for _, a := range f.Attacks {
		fmt.Fprintf(&b, "%d %d\n", a[0]+1, a[1]+1)
	}
	return b.Bytes()
}
