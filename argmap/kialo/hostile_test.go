package kialo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// seeChain is a discussion of n sibling lines that each link to the next
// ("1.1. Pro: -> See 1.2.", "1.2. Pro: -> See 1.3." …), the last one to a
// claim, as in the probe's 578 KB file. Resolving each link by walking the
// chain to its end was quadratic.
func seeChain(n int) []byte {
	var b strings.Builder
	b.WriteString("1. Thesis\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "1.%d. Pro: -> See 1.%d.\n", i, i+1)
	}
	fmt.Fprintf(&b, "1.%d. Con: End\n", n+1)
	return []byte(b.String())
}

// continued is a discussion whose thesis goes on over n continuation lines
// of width w.
func continued(n, w int) []byte {
	return []byte("1. Thesis\n" + strings.Repeat(strings.Repeat("x", w-1)+"\n", n))
}

func TestSeeChain(t *testing.T) {
	t.Parallel()
	m, err := Decode(seeChain(1000))
	if err != nil {
		t.Fatal(err)
	}
	// Thesis and End (every link of the chain stands for it), and one
	// argument: the links repeat the one from End to the thesis.
	if len(m.Claims) != 2 || len(m.Arguments) != 1 || m.Claims[1].Text != "End" {
		t.Fatalf("%d claims, %d arguments, want 2 and 1", len(m.Claims), len(m.Arguments))
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
}

func TestLinkCircles(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, data, want string }{
		{"two links in a circle", "1. A\n1.1. Pro: -> See 1.2.\n1.2. Con: -> See 1.1.\n", "the links go round in a circle"},
		{"a long circle", "1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.3.\n1.3. Pro: -> See 1.4.\n1.4. Pro: -> See 1.2.\n", "the links go round in a circle"},
		{"a chain into a circle", "1. A\n1.1. Pro: B\n1.2. Pro: -> See 1.3.\n1.3. Pro: -> See 1.4.\n1.4. Pro: -> See 1.3.\n", "the links go round in a circle"},
		{"a link to nothing at the end of a chain", "1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.9.\n", "line 3: 1.2.: links to 1.9., which is not in the discussion"},
		// Two lines share the rest of a chain: the second one reuses what
		// the first resolved.
		{"a shared chain", "1. A\n1.1. Pro: B\n1.2. Pro: -> See 1.4.\n1.3. Con: -> See 1.4.\n1.4. Con: -> See 1.1.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Decode([]byte(tc.data))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if ps := argmap.Validate(m); ps.HasErrors() {
					t.Fatal(ps.Err())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestContinuationLines(t *testing.T) {
	t.Parallel()
	m, err := Decode(continued(1000, 10))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(m.Claims[0].Text), len("Thesis")+1000*10; got != want {
		t.Fatalf("thesis of %d bytes, want %d", got, want)
	}
	// Far too long: refused at the line that passes the limit, without
	// reading the rest.
	_, err = Decode(continued(100_000, 10))
	// "Thesis" and k lines of 10 characters (their line ends included)
	// pass twice the limit at the first k with 6+10k > 2*MaxText.
	k := (2*argmap.MaxText-6)/10 + 1
	want := fmt.Sprintf("line %d: 1.: the claim's text is longer than %d characters", 1+k, argmap.MaxText)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("err = %v, want %q", err, want)
	}
}

// The decoder is linear in the chain's length and in the continuation
// lines: compare the time per op of n and 10n (about 10×, not 100×).
func BenchmarkSeeChain(b *testing.B) {
	for _, n := range []int{2_000, 20_000} {
		data := seeChain(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkContinuationLines(b *testing.B) {
	// 5 bytes a line: 20,000 lines fit the limit; 200,000 lines (the
	// probe's shape) are refused when the text passes it.
	for _, n := range []int{2_000, 20_000} {
		data := continued(n, 5)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
