package af

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// repeat is head followed by n copies of line.
func repeat(head, line string, n int) []byte {
	return []byte(head + strings.Repeat(line, n))
}

// A framework whose map would pass the map's limits is refused at the line
// that passes them, before the rest is read or any of it is built (issue
// 19: 5 million attacks in 20 MB took 1.3 GB; 45 million ran out of
// memory).
func TestCountsRefusedWhileParsing(t *testing.T) {
	t.Parallel()
	over := argmap.MaxItems + 1
	for _, tc := range []struct {
		name  string
		parse func([]byte) (*AF, error)
		data  []byte
		want  string
	}{
		{"ICCMA attacks", ParseICCMA, repeat("p af 2\n", "1 2\n", over+10), fmt.Sprintf("line %d: more than %d attacks", 1+over, argmap.MaxItems)},
		{"ICCMA self-attacks", ParseICCMA, repeat("p af 1\n", "1 1\n", over), fmt.Sprintf("line %d: more than %d attacks", 1+over/2+1, argmap.MaxItems)},
		{"ICCMA self-attacks of many arguments", ParseICCMA, repeat(fmt.Sprintf("p af %d\n", argmap.MaxItems), "5 5\n", 2), fmt.Sprintf("line 2: more than %d arguments and self-attacks", argmap.MaxItems)},
		{"TGF attacks", ParseTGF, repeat("a\nb\n#\n", "a b\n", over), fmt.Sprintf("line %d: more than %d attacks", 3+over, argmap.MaxItems)},
		{"TGF self-loops", ParseTGF, repeat("a\n#\n", "a a\n", over), fmt.Sprintf("line %d: more than %d attacks", 2+over/2+1, argmap.MaxItems)},
		{"TGF arguments", ParseTGF, []byte(strings.Repeat("a\n", 10) + nodes(over)), fmt.Sprintf("line %d: more than %d arguments", 10+over-1, argmap.MaxItems)},
		{"APX attacks before their arguments", ParseAPX, repeat("", "att(a,b).\n", over), fmt.Sprintf("line %d: more than %d attacks", over, argmap.MaxItems)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.parse(tc.data)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q…", err, tc.want)
			}
		})
	}
}

// At the limits, a framework is read.
func TestCountsAtTheLimit(t *testing.T) {
	t.Parallel()
	f, err := ParseICCMA(repeat("p af 2\n", "1 2\n", argmap.MaxItems))
	if err != nil || len(f.Attacks) != argmap.MaxItems {
		t.Fatalf("%v", err)
	}
	f, err = ParseTGF(repeat("a\n#\n", "a a\n", argmap.MaxItems/2))
	if err != nil || len(f.Attacks) != argmap.MaxItems/2 {
		t.Fatalf("%v", err)
	}
}

// The counter counts what ToMap makes: a claim per argument and per
// self-attack, an argument per attack and per self-attack.
func TestCounterMatchesToMap(t *testing.T) {
	t.Parallel()
	f, err := ParseTGF([]byte("a\nb\nc\n#\na a\na b\nb b\nc a\na a\n"))
	if err != nil {
		t.Fatal(err)
	}
	var c counter
	c.names = len(f.Names)
	for _, at := range f.Attacks {
		_ = c.attack(1, at[0] == at[1])
	}
	m := f.ToMap("")
	if len(m.Claims) != c.names+c.selfs || len(m.Arguments) != c.attacks+c.selfs {
		t.Fatalf("map of %d claims and %d arguments; counted %+v", len(m.Claims), len(m.Arguments), c)
	}
}

// nodes is n TGF lines declaring distinct arguments n1, n2 …
func nodes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "n%d\n", i)
	}
	return b.String()
}

// The parsers are linear in the attacks, in time and in memory: compare
// n and 10n (time and B/op about 10×).
func BenchmarkParseAttacks(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		for _, tc := range []struct {
			name  string
			parse func([]byte) (*AF, error)
			data  []byte
		}{
			{"iccma", ParseICCMA, repeat("p af 2\n", "1 2\n", n)},
			{"tgf", ParseTGF, repeat("a\nb\n#\n", "a b\n", n)},
			{"apx", ParseAPX, repeat("arg(a).\narg(b).\n", "att(a,b).\n", n)},
		} {
			b.Run(fmt.Sprint(tc.name, "/", n), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(tc.data)))
				for b.Loop() {
					if _, err := tc.parse(tc.data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// A UTF-8 byte order mark at the start is skipped by every parser.
func TestByteOrderMark(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		parse func([]byte) (*AF, error)
		data  string
	}{
		{"apx", ParseAPX, "\uFEFFarg(a).\r\narg(b).\r\natt(a,b).\r\n"},
		{"tgf", ParseTGF, "\uFEFFa\nb\n#\na b\n"},
		{"iccma", ParseICCMA, "\uFEFFp af 2\n1 2\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := tc.parse([]byte(tc.data))
			if err != nil || len(f.Names) != 2 || len(f.Attacks) != 1 || f.Names[0] == "\uFEFFa" {
				t.Fatalf("%+v, %v", f, err)
			}
		})
	}
}
