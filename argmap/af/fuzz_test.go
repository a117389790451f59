package af

import (
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// checkDecoded is what every fuzzer asserts: a parse either fails with a
// line number or gives a framework whose map is valid and reads back as
// the same framework.
func checkDecoded(t *testing.T, f *AF, err error) {
	if err != nil {
		if !strings.Contains(err.Error(), "line ") {
			t.Fatalf("error without a line number: %v", err)
		}
		return
	}
	m := f.ToMap("fuzz")
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatalf("invalid map: %v", ps.Err())
	}
	g, err := FromMap(m)
	if err != nil || !slices.Equal(g.Attacks, f.Attacks) || len(g.Names) != len(f.Names) {
		t.Fatalf("FromMap: %v", err)
	}
	eval.Evaluate(m)
}

func FuzzParseAPX(f *testing.F) {
	f.Add([]byte("arg(a).\narg(b).\natt(a,b).\n"))
	f.Add([]byte("arg(A).\natt(A,A).\n% comment\n"))
	f.Add([]byte("att(a,b).\narg(a).\narg(b).\n"))
	f.Add([]byte("arg(a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseAPX(data)
		checkDecoded(t, g, err)
	})
}

func FuzzParseTGF(f *testing.F) {
	f.Add([]byte("1\n2\n#\n1 2\n2 1\n"))
	f.Add([]byte("a label\nb\n#\na b edge\nb a \n\n"))
	f.Add([]byte("#\nx y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseTGF(data)
		checkDecoded(t, g, err)
	})
}

func FuzzParseICCMA(f *testing.F) {
	f.Add([]byte("p af 3\n1 2\n2 3\n3 3\n"))
	f.Add([]byte("# a comment\np af 2\n# a\n# b\n1 2\n"))
	f.Add([]byte("p af 99999999999\n"))
	f.Add([]byte("p af 2\n1 3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		g, err := ParseICCMA(data)
		if err == nil && len(g.Names) > 1<<16 {
			return // a big header alone: valid, but too slow to check here
		}
		checkDecoded(t, g, err)
	})
}
