package kialo

import (
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

const corpusDir = "../../../shared/corpus/other/kialo"

func TestCorpus(t *testing.T) {
	t.Parallel()
	shared.Path(t, "corpus/other/kialo")
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no Kialo files under %s", corpusDir)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !Sniff(data) {
				t.Error("Sniff does not recognise the file")
			}
			m, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("invalid map: %v", ps.Err())
			}
			// Every numbered line is a claim or a link; every line but the
			// thesis yields an argument (links to the parent itself excepted).
			var numbered, see int
			for _, l := range strings.Split(string(data), "\n") {
				if claimLine.MatchString(strings.TrimRight(l, "\r")) && (strings.Contains(l, " Pro: ") || strings.Contains(l, " Con: ") || strings.HasPrefix(l, "1. ")) {
					numbered++
					if strings.Contains(l, ": -> See 1.") {
						see++
					}
				}
			}
			if got := len(m.Claims); got != numbered-see {
				t.Errorf("%d claims, want %d (%d lines, %d links)", got, numbered-see, numbered, see)
			}
			if got := len(m.Arguments); got < numbered-1-see || got > numbered-1 {
				t.Errorf("%d arguments, want about %d", got, numbered-1)
			}
			t.Logf("%q: %d claims, %d arguments, %d links", m.Meta.Title, len(m.Claims), len(m.Arguments), see)
		})
	}
}

type want struct {
	title    string
	claims   []string
	args     []string // "premise>target" with + or - for polarity: "B+A"
	links    map[string][]string
	errorSub string
}

func TestDecode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     want
	}{
		{"minimal", "1. A\n", want{title: "A", claims: []string{"A"}}},
		{"pro and con", "Discussion Title: T\n\n1. A\n1.1. Pro: B\n1.2. Con: C\n1.2.1. Con: D\n",
			want{title: "T", claims: []string{"A", "B", "C", "D"}, args: []string{"B+A", "C-A", "D-C"}}},
		{"CRLF and continuation", "Discussion Title: T\r\n\r\n1. A\r\n1.1. Pro: B starts\r\nand goes on\r\n",
			want{claims: []string{"A", "B starts\nand goes on"}, args: []string{"B starts\nand goes on+A"}}},
		{"see link backward", "1. A\n1.1. Pro: B\n1.1.1. Pro: C\n1.2. Con: -> See 1.1.1.\n",
			want{claims: []string{"A", "B", "C"}, args: []string{"B+A", "C+B", "C-A"}}},
		{"see link forward with children", "1. A\n1.1. Pro: -> See 1.2.1.\n1.1.1. Con: D\n1.2. Con: B\n1.2.1. Pro: C\n",
			want{claims: []string{"A", "D", "B", "C"}, args: []string{"C+A", "D-C", "B-A", "C+B"}}},
		{"link to another discussion", "1. A\n1.1. Con: -> See discussion #8515: Other\n",
			want{claims: []string{"A", "-> See discussion #8515: Other"}, args: []string{"-> See discussion #8515: Other-A"}}},
		{"escapes and links", `1. A \(see [Kialo](https://www.kialo.com)\)` + "\n",
			want{claims: []string{"A (see [Kialo](https://www.kialo.com))"}, links: map[string][]string{"A (see [Kialo](https://www.kialo.com))": {"https://www.kialo.com"}}}},
		{"unicode", "1. Türkçe: İstanbul ğüşıöç\n1.1. Pro: Русский: Россия и Индия\n",
			want{claims: []string{"Türkçe: İstanbul ğüşıöç", "Русский: Россия и Индия"}, args: []string{"Русский: Россия и Индия+Türkçe: İstanbul ğüşıöç"}}},
		{"empty", "", want{errorSub: "line 1: no thesis"}},
		{"text first", "Hello\n1. A\n", want{errorSub: "line 1: expected the thesis"}},
		{"con first", "1.1. Con: A\n", want{errorSub: "line 1: 1.1.: expected the thesis"}},
		{"missing parent", "1. A\n1.1. Pro: B\n1.3.1. Con: C\n", want{errorSub: "line 3: 1.3.1.: its parent 1.3. is not"}},
		{"duplicate", "1. A\n1.1. Pro: B\n1.1. Con: C\n", want{errorSub: "line 3: 1.1.: the path is taken (line 2)"}},
		{"dangling link", "1. A\n\n1.1. Pro: -> See 1.9.\n", want{errorSub: "line 3: 1.1.: links to 1.9."}},
		{"link circle", "1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.1.\n", want{errorSub: "go round in a circle"}},
		{"empty claim", "1. A\n1.1. Pro: \n", want{errorSub: "line 2: 1.1.: empty claim"}},
		{"invalid utf-8", "1. A\n1.1. Pro: \xff\n", want{errorSub: "line 2: invalid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode([]byte(tt.in))
			if tt.want.errorSub != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want.errorSub) {
					t.Fatalf("error %v, want one containing %q", err, tt.want.errorSub)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.want.title != "" && m.Meta.Title != tt.want.title {
				t.Errorf("title %q, want %q", m.Meta.Title, tt.want.title)
			}
			var claims []string
			for _, c := range m.Claims {
				claims = append(claims, c.Text)
				if l := tt.want.links[c.Text]; l != nil && strings.Join(c.Links, " ") != strings.Join(l, " ") {
					t.Errorf("links of %q: %v, want %v", c.Text, c.Links, l)
				}
			}
			if strings.Join(claims, "|") != strings.Join(tt.want.claims, "|") {
				t.Errorf("claims %q, want %q", claims, tt.want.claims)
			}
			var args []string
			for _, a := range m.Arguments {
				sign := "+"
				if a.Polarity == argmap.Con {
					sign = "-"
				}
				args = append(args, m.Claim(a.Premises[0]).Text+sign+m.Claim(a.Target).Text)
			}
			if strings.Join(args, "|") != strings.Join(tt.want.args, "|") {
				t.Errorf("arguments %q, want %q", args, tt.want.args)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Errorf("invalid: %v", ps.Err())
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Discussion Title: T\n\n1. A\n1.1. Pro: B\n1.1.1. Con: -> See 1.2.\n1.2. Con: C\nmore\n"))
	f.Add([]byte("1. A\r\n1.1. Con: -> See discussion #1: X\r\n"))
	f.Add([]byte("1. A\n1.1. Pro: -> See 1.1.\n"))
	// The shapes of the hostile files of issue 19, small: a chain of links
	// and a text of many continuation lines.
	f.Add(seeChain(20))
	f.Add(continued(20, 3))
	f.Add([]byte("1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.3.\n1.3. Pro: -> See 1.1.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("decoded an invalid map: %v\n%q", ps.Err(), data)
		}
	})
}
