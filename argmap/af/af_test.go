package af

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		parse func([]byte) (*AF, error)
		in    string
		names string // space-separated
		atts  string // "from>to" space-separated
		err   string
	}{
		{"apx", ParseAPX, "arg(a).\narg(B_1).\n\natt(a,B_1).\r\natt( B_1 , a ).\n", "a B_1", "a>B_1 B_1>a", ""},
		{"apx late decl", ParseAPX, "att(a,b).\narg(a).\narg(b).\narg(a).\n", "a b", "a>b", ""},
		{"apx undeclared", ParseAPX, "arg(a).\natt(a,b).\n", "", "", "line 2: attack on undeclared argument \"b\""},
		{"apx no period", ParseAPX, "arg(a)\n", "", "", "line 1: a fact ends with '.'"},
		{"apx bad fact", ParseAPX, "arg(a).\nfoo(a).\n", "", "", "line 2: want arg(x). or att(x,y)."},
		{"apx bad name", ParseAPX, "arg(a b).\n", "", "", "line 1: bad argument name"},
		{"tgf", ParseTGF, "1 first\n2\n#\n1 2 label\n2 1 \n\n", "1 2", "1>2 2>1", ""},
		{"tgf unknown", ParseTGF, "1\n#\n1 3\n", "", "", "line 3: attack on undeclared argument \"3\""},
		{"tgf half edge", ParseTGF, "1\n#\n1\n", "", "", "line 3: an attack needs two arguments"},
		{"iccma", ParseICCMA, "# FILE -> x\np af 3\n# query\n1 2\n3 3\n", "1 2 3", "1>2 3>3", ""},
		// Issue 14 item 13: ICCMA'23 "# name" comments name the arguments.
		{"iccma names", ParseICCMA, "p af 3\n# a\n# b1\n# c\n1 2\n3 3\n", "a b1 c", "a>b1 c>c", ""},
		{"iccma too few names", ParseICCMA, "p af 3\n# a\n# b1\n1 2\n", "1 2 3", "1>2", ""},
		{"iccma names not words", ParseICCMA, "p af 2\n# FILE -> x\n# query -> 4\n1 2\n", "1 2", "1>2", ""},
		{"iccma duplicate names", ParseICCMA, "p af 2\n# a\n# a\n1 2\n", "1 2", "1>2", ""},
		{"iccma comments after attacks", ParseICCMA, "p af 2\n1 2\n# a\n# b\n", "1 2", "1>2", ""},
		{"iccma no header", ParseICCMA, "1 2\n", "", "", "line 1: want the header"},
		{"iccma empty", ParseICCMA, "", "", "", "line 1: no \"p af N\" header"},
		{"iccma range", ParseICCMA, "p af 2\n1 3\n", "", "", "line 2: argument \"3\" is not a number from 1 to 2"},
		{"iccma huge", ParseICCMA, "p af 99999999999\n", "", "", "line 1: bad number of arguments"},
		{"utf8", ParseTGF, "a\n\xff\n", "", "", "line 2: not UTF-8"},
	}
	for _, tt := range tests {
		f, err := tt.parse([]byte(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var atts []string
		for _, a := range f.Attacks {
			atts = append(atts, f.Names[a[0]]+">"+f.Names[a[1]])
		}
		if got := strings.Join(f.Names, " "); got != tt.names {
			t.Errorf("%s: names %q, want %q", tt.name, got, tt.names)
		}
		if got := strings.Join(atts, " "); got != tt.atts {
			t.Errorf("%s: attacks %q, want %q", tt.name, got, tt.atts)
		}
	}
}

// TestRoundTrip writes a framework in every format and reads it back.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	f := &AF{Names: []string{"a", "b", "c"}, Attacks: [][2]int32{{0, 1}, {1, 2}, {2, 2}}}
	m := f.ToMap("x")
	// The self-attack of c: a stand-in claim, c for it, it against c.
	if len(m.Claims) != 4 || len(m.Arguments) != 4 || m.Arguments[0].Polarity != argmap.Con ||
		m.Arguments[0].Premises[0] != m.Claims[0].ID || m.Arguments[0].Target != m.Claims[1].ID ||
		m.Claims[3].Text != "c (attacks itself)" || m.Arguments[2].Target != m.Claims[3].ID ||
		m.Arguments[3].Premises[0] != m.Claims[3].ID || m.Arguments[3].Target != m.Claims[2].ID {
		t.Fatalf("ToMap: %+v", m)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatalf("invalid map: %v", ps.Err())
	}
	l := eval.Evaluate(m)
	if l.Claim(m.Claims[2].ID) != eval.Undec || l.Claim(m.Claims[3].ID) != eval.Undec || l.Claim(m.Claims[1].ID) != eval.Out {
		t.Errorf("a self-attacker is Undec unless attacked by an In claim")
	}
	g, err := FromMap(m)
	if err != nil {
		t.Fatal(err)
	}
	for name, rt := range map[string]func() (*AF, error){
		"apx":   func() (*AF, error) { return ParseAPX(WriteAPX(g)) },
		"tgf":   func() (*AF, error) { return ParseTGF(WriteTGF(g)) },
		"iccma": func() (*AF, error) { return ParseICCMA(WriteICCMA(g)) },
	} {
		h, err := rt()
		if err != nil || len(h.Names) != 3 || len(h.Attacks) != 3 || h.Attacks[2] != [2]int32{2, 2} {
			t.Errorf("%s: %v %+v", name, err, h)
		}
	}
	// Names that are not plain become a1, a2…; non-attacks are refused.
	m.Claims[0].Text = "not plain"
	if g, _ := FromMap(m); g.Names[0] != "a1" || g.Names[2] != "a3" || len(g.Names) != 3 || g.Attacks[2] != [2]int32{2, 2} {
		t.Errorf("names = %q, attacks %v", g.Names, g.Attacks)
	}
	m.Arguments[0].Polarity = argmap.Pro
	if _, err := FromMap(m); err == nil || !strings.Contains(err.Error(), "arguments[0]") {
		t.Errorf("FromMap of a pro argument: %v", err)
	}
}

// TestICCMANamesRoundTrip (issue 14 item 13): the names of an ICCMA'23
// file's "# name" comments become the claims' texts and are written back.
func TestICCMANamesRoundTrip(t *testing.T) {
	t.Parallel()
	src := "p af 3\n# a\n# b1\n# c\n1 2\n2 3\n3 3\n"
	f, err := ParseICCMA([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := f.ToMap("names")
	if got := []string{m.Claims[0].Text, m.Claims[1].Text, m.Claims[2].Text}; strings.Join(got, " ") != "a b1 c" {
		t.Fatalf("claim texts %q, want a b1 c", got)
	}
	back, err := FromMap(m)
	if err != nil {
		t.Fatal(err)
	}
	if out := string(WriteICCMA(back)); out != src {
		t.Errorf("written back as\n%s\nwant\n%s", out, src)
	}
}
