package flowcsv_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/flowcsv"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// shape is what a flow sheet holds of a map, independent of IDs and
// order: each claim with its speech, each argument between claim texts.
func shape(m *argmap.Map) string {
	var lines []string
	speech := func(c *argmap.Claim) string {
		if s := m.Round.Speech(c.Speech); s != nil {
			return s.Name + "/" + s.Side
		}
		return "-"
	}
	for _, c := range m.Claims {
		lines = append(lines, "claim "+speech(c)+" "+c.Text)
	}
	var node func(id argmap.ID) string
	node = func(id argmap.ID) string {
		if c := m.Claim(id); c != nil {
			return c.Text
		}
		a := m.Argument(id)
		return "(" + node(a.Premises[0]) + " => " + node(a.Target) + ")"
	}
	for _, a := range m.Arguments {
		lines = append(lines, fmt.Sprintf("arg %s -%s-> %s", node(a.Premises[0]), a.Polarity, node(a.Target)))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// policy is a short policy round with what a sheet must mark: a pro
// extension that sits beside another answer, a reason in the same speech,
// an undercutter, and a new argument in a later speech.
func policy(t *testing.T) *argmap.Map {
	t.Helper()
	ids := argmaptest.IDs("flowcsv")
	m := argmap.New("policy")
	r := argmap.NewRound(ids, "policy")
	if err := argmap.SetRound(r).Apply(m); err != nil {
		t.Fatal(err)
	}
	sp := map[string]argmap.ID{}
	for _, s := range r.Speeches {
		sp[s.Name] = s.ID
	}
	claim := map[string]argmap.ID{}
	arg := map[string]argmap.ID{}
	say := func(speech, text, to string, pol argmap.Polarity) {
		c := &argmap.Claim{ID: ids(), Text: text}
		var e argmap.Edit
		if to == "" {
			c.Speech = sp[speech]
			e = argmap.AddClaim(c)
		} else {
			target, ok := claim[to]
			if !ok {
				target = arg[to]
			}
			a := &argmap.Argument{ID: ids(), Target: target, Polarity: pol}
			e = argmap.AddAnswer(c, sp[speech], a)
			arg[text+">"+to] = a.ID
		}
		if err := e.Apply(m); err != nil {
			t.Fatal(err)
		}
		claim[text] = c.ID
	}
	con, pro := argmap.Con, argmap.Pro
	say("1AC", "plan", "", "")
	say("1AC", "adv", "plan", pro)
	say("1NC", "disad", "plan", con)
	say("1NC", "turn", "adv", con)
	say("1NC", "solvency", "adv>plan", con)
	say("2AC", "nolink", "disad", con)
	say("2AC", "[bracketed] text, with \"quotes\"", "solvency", con)
	say("2NC", "counterplan", "", "")
	say("2NR", "impact", "disad", pro)
	say("2AR", "permute", "counterplan", con)
	return m
}

// TestRoundTrip: a policy round, a BP round and the sample round come back
// from their CSV with the same speeches, claims and arguments, and write
// the same CSV again.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	sample, err := native.Decode(assets.SampleRound)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    *argmap.Map
	}{
		{"policy", policy(t)},
		{"sample", sample},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := flowcsv.Encode(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			back, err := flowcsv.Decode(data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if err := argmap.Validate(back).Err(); err != nil {
				t.Fatal(err)
			}
			if back.Round.Format != tc.m.Round.Format {
				t.Errorf("format %q, want %q", back.Round.Format, tc.m.Round.Format)
			}
			if got, want := shape(back), shape(tc.m); got != want {
				t.Errorf("shape after the round trip:\n%s\nwant:\n%s\nCSV:\n%s", got, want, data)
			}
			again, err := flowcsv.Encode(back)
			if err != nil || !bytes.Equal(again, data) {
				t.Errorf("CSV of the read map differs (err %v):\n%s\nwant:\n%s", err, again, data)
			}
		})
	}
}

// TestEncodePolicy: the sheet as a debater sees it, markers only where
// the position would be read wrong.
func TestEncodePolicy(t *testing.T) {
	t.Parallel()
	data, err := flowcsv.Encode(policy(t))
	if err != nil {
		t.Fatal(err)
	}
	want := `1AC,1NC,2AC,2NC,1NR,1AR,2NR,2AR
plan,disad,nolink,,,,[B2] impact,
[A2] adv,turn,,,,,,
,[-A3>A2] solvency,"[] [bracketed] text, with ""quotes""",,,,,
,,,counterplan,,,,permute
`
	if string(data) != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", data, want)
	}
}

// TestDecodeHandWritten: a sheet typed by a person, without markers: the
// positions and sides give the arguments; a custom header's sides.
func TestDecodeHandWritten(t *testing.T) {
	t.Parallel()
	in := "Opening (prop),Reply (opp),Rebuttal (prop)\r\nTax sugar,Hurts the poor,Revenue funds rebates\r\n,Nanny state\r\n"
	m, err := flowcsv.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"arg Hurts the poor -con-> Tax sugar",
		"arg Revenue funds rebates -con-> Hurts the poor",
		"claim Opening/prop Tax sugar",
		"claim Rebuttal/prop Revenue funds rebates",
		"claim Reply/opp Hurts the poor",
		"claim Reply/opp Nanny state",
	}, "\n")
	if got := shape(m); got != want || m.Round.Format != "custom" {
		t.Errorf("format %s, shape:\n%s\nwant:\n%s", m.Round.Format, got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	type de = argmap.DecodeError
	syntax, invalid, ref, limit, format := argmap.KindSyntax, argmap.KindInvalid, argmap.KindReference, argmap.KindLimit, argmap.KindFormat
	for _, tc := range []struct {
		name, in string
		want     de
		text     string // the whole message, where it matters
	}{
		{"empty", "", de{Kind: format, Line: 1, Message: "the file is empty"}, ""},
		{"no speech", ",,\n", de{Kind: format, Line: 1, Column: 1}, "line 1, column 1: the first row names no speech"},
		{"unnamed speech", "1AC,,1NC\n", de{Kind: invalid, Place: "cell B1", Line: 1, Column: 2}, "cell B1 (line 1, column 2): a speech without a name"},
		{"beyond", "1AC,1NC\na,b,c\n", de{Kind: invalid, Place: "cell C2", Line: 2, Column: 5, Message: "a claim beyond the last speech (1NC)"}, ""},
		{"bad quote", "1AC,1NC\n\"a,b\n", de{Kind: syntax, Line: 2}, ""},
		{"bare quote", "1AC,1NC\na\"b,c\n", de{Kind: syntax, Line: 2, Column: 2, Message: `bare " in non-quoted-field`}, ""},
		{"open marker", "1AC,1NC\na,[B2 b\n", de{Kind: syntax, Place: "cell B2", Line: 2, Column: 3, Message: `a "[" marker without its "]"`}, ""},
		{"bad ref", "1AC,1NC\na,[Q] b\n", de{Kind: syntax, Place: "cell B2", Message: `marker [Q]: "Q" is no cell such as B3`}, ""},
		{"empty ref", "1AC,1NC\na,[A9] b\n", de{Kind: ref, Place: "cell B2", Line: 2, Column: 3},
			"cell B2 (line 2, column 3): marker [A9]: cell A9 holds no other claim"},
		{"self ref", "1AC,1NC\na,[B2] b\n", de{Kind: ref, Message: "cell B2 holds no other claim"}, ""},
		{"no inference", "1AC,1NC\na,[A2>B2] b\n", de{Kind: ref, Place: "cell B2", Message: "marker [A2>B2]: no inference from A2 to B2"}, ""},
		{"marker only", "1AC,1NC\na,[+]\n", de{Kind: invalid, Place: "cell B2", Message: "a marker without a claim"}, ""},
		{"invalid UTF-8", "1AC\n\xff\n", de{Kind: syntax, Line: 2, Column: 1, Message: "invalid UTF-8"}, ""},
		{"long speech", "1AC," + strings.Repeat("x", 100_001) + "\n", de{Kind: limit, Place: "cell B1", Line: 1, Message: "a speech name of 100001 characters"}, ""},
		{"long claim", "1AC\n" + strings.Repeat("x", 100_001) + "\n", de{Kind: limit, Place: "cell A2", Line: 2, Message: "a claim of 100001 characters"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := flowcsv.Decode([]byte(tc.in))
			if !argmap.MatchError(&tc.want, err) {
				t.Errorf("error %#v, want %+v", err, tc.want)
			}
			if tc.text != "" && (err == nil || err.Error() != tc.text) {
				t.Errorf("message %q, want %q", err, tc.text)
			}
		})
	}
}

func TestSniffAndCells(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{
		"PM,LO,DPM,DLO,MG,MO,GW,OW\n":          true,
		"1ac,1nc,2ac,2nc,1nr,1ar,2nr,2ar\na\n": true,
		"name,age\nAda,36\n":                   false,
		"{\"format\": \"argmap\"}":             false,
	} {
		if got := flowcsv.Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v", in, got)
		}
	}
	for _, tc := range []struct {
		col, row int
		name     string
	}{{0, 1, "A1"}, {25, 2, "Z2"}, {26, 3, "AA3"}, {701, 10, "ZZ10"}, {702, 1, "AAA1"}} {
		if got := flowcsv.CellName(tc.col, tc.row); got != tc.name {
			t.Errorf("CellName(%d, %d) = %s, want %s", tc.col, tc.row, got, tc.name)
		}
	}
}

// TestEncodeWithoutRound: a map without a round is one column of claims,
// each answer marked, and reads back with its arguments.
func TestEncodeWithoutRound(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("plain")
	m := argmap.New("plain")
	a, b, c := &argmap.Claim{ID: ids(), Text: "thesis"}, &argmap.Claim{ID: ids(), Text: "reason"}, &argmap.Claim{ID: ids(), Text: "objection"}
	m.Claims = []*argmap.Claim{a, b, c}
	m.Arguments = []*argmap.Argument{
		{ID: ids(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Pro},
		{ID: ids(), Premises: []argmap.ID{c.ID}, Target: a.ID, Polarity: argmap.Con},
	}
	m.Reindex()
	data, err := flowcsv.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Claims (map)\nthesis\n[A2] reason\n[-A2] objection\n"; string(data) != want {
		t.Errorf("CSV %q, want %q", data, want)
	}
	back, err := flowcsv.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Claims) != 3 || len(back.Arguments) != 2 || back.Arguments[1].Polarity != argmap.Con {
		t.Errorf("read back %d claims, %d arguments", len(back.Claims), len(back.Arguments))
	}
}

// FuzzDecode: the reader never panics, and what it reads writes a sheet
// that reads back to the same sheet.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"1AC,1NC,2AC\nplan,disad,nolink\n,turn\n",
		"A (x),B (y)\na,[+A2] b\n[new] c,[A2>B2] d\n",
		"PM,LO\n\"multi\nline\",[] [x]\n",
		"1AC\n\"unterminated\n",
	} {
		f.Add([]byte(s))
	}
	if data, err := flowcsv.Encode(mustSample(f)); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := flowcsv.Decode(data)
		if err != nil {
			var fe *argmap.DecodeError
			if !asError(err, &fe) || fe.Line < 1 {
				t.Fatalf("error %v is not located", err)
			}
			return
		}
		out, err := flowcsv.Encode(m)
		if err != nil {
			return // a round of speeches only, say, is fine to refuse
		}
		back, err := flowcsv.Decode(out)
		if err != nil {
			t.Fatalf("the written sheet does not read: %v\n%s", err, out)
		}
		if again, err := flowcsv.Encode(back); err != nil || !bytes.Equal(again, out) {
			t.Fatalf("sheet not stable (err %v):\n%s\nthen:\n%s", err, out, again)
		}
	})
}
