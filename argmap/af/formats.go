package af

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
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
	ls, err := lines(data)
	if err != nil {
		return nil, err
	}
	for i, raw := range ls {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "%") {
			continue
		}
		fact, ok := strings.CutSuffix(line, ".")
		if !ok {
			return nil, fmt.Errorf("line %d: a fact ends with '.': %q", i+1, clip(line))
		}
		pred, args, ok := strings.Cut(fact, "(")
		args, closed := strings.CutSuffix(args, ")")
		if !ok || !closed {
			return nil, fmt.Errorf("line %d: want arg(x). or att(x,y).: %q", i+1, clip(line))
		}
		parts := strings.Split(args, ",")
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
			if !validName(parts[k]) {
				return nil, fmt.Errorf("line %d: bad argument name %q", i+1, clip(parts[k]))
			}
		}
		switch {
		case strings.TrimSpace(pred) == "arg" && len(parts) == 1:
			n.add(parts[0])
		case strings.TrimSpace(pred) == "att" && len(parts) == 2:
			atts = append(atts, att{i + 1, parts[0], parts[1]})
		default:
			return nil, fmt.Errorf("line %d: want arg(x). or att(x,y).: %q", i+1, clip(line))
		}
	}
	for _, a := range atts {
		if err := n.attack(a.line, a.from, a.to); err != nil {
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
	ls, err := lines(data)
	if err != nil {
		return nil, err
	}
	for i, raw := range ls {
		fields := strings.Fields(raw)
		if len(fields) == 0 {
			continue
		}
		if !edges {
			if fields[0] == "#" {
				if len(fields) > 1 {
					return nil, fmt.Errorf("line %d: the separator line holds only '#'", i+1)
				}
				edges = true
				continue
			}
			n.add(fields[0])
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("line %d: an attack needs two arguments: %q", i+1, clip(raw))
		}
		if err := n.attack(i+1, fields[0], fields[1]); err != nil {
			return nil, err
		}
	}
	return n.f, nil
}

// ParseICCMA reads the ICCMA'23 format: a header "p af N", then one attack
// "i j" per line between arguments numbered 1..N. Lines starting with '#'
// are comments. Arguments are named by their numbers ("1", "2"…), unless
// exactly N comments "# name" follow the header before the first attack,
// each one word and all distinct: the ICCMA'23 benchmarks (and WriteICCMA)
// name the arguments so, in order.
func ParseICCMA(data []byte) (*AF, error) {
	f := &AF{}
	header := false
	count := 0
	ls, err := lines(data)
	if err != nil {
		return nil, err
	}
	var comments []string // "# name" lines after the header, before any attack
	attacked := false
	for i, raw := range ls {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if header && !attacked && len(comments) <= count {
				comments = append(comments, strings.TrimSpace(line[1:]))
			}
			continue
		}
		fields := strings.Fields(line)
		if !header {
			if len(fields) != 3 || fields[0] != "p" || fields[1] != "af" {
				return nil, fmt.Errorf("line %d: want the header \"p af N\": %q", i+1, clip(line))
			}
			v, err := strconv.Atoi(fields[2])
			if err != nil || v < 0 || v > MaxArguments {
				return nil, fmt.Errorf("line %d: bad number of arguments %q (0 to %d)", i+1, clip(fields[2]), MaxArguments)
			}
			count, header = v, true
			f.Names = make([]string, count)
			for k := range f.Names {
				f.Names[k] = strconv.Itoa(k + 1)
			}
			continue
		}
		attacked = true
		if len(fields) != 2 {
			return nil, fmt.Errorf("line %d: want an attack \"i j\": %q", i+1, clip(line))
		}
		var at [2]int32
		for k, s := range fields {
			v, err := strconv.Atoi(s)
			if err != nil || v < 1 || v > count {
				return nil, fmt.Errorf("line %d: argument %q is not a number from 1 to %d", i+1, clip(s), count)
			}
			at[k] = int32(v - 1)
		}
		f.Attacks = append(f.Attacks, at)
	}
	if !header {
		return nil, fmt.Errorf("line 1: no \"p af N\" header")
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
